import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "Những lời này đã thay đổi trong khi bạn đang sửa",
  "plans.conflict.lead":
    "Có người đã lưu một thay đổi cho những lời này trong khi bạn đang sửa. Nội dung của bạn " +
    "chưa được lưu: hãy so sánh hai bản, rồi lưu những lời bạn muốn giữ.",
  "plans.conflict.leadYours":
    "Bạn đã lưu một thay đổi cho những lời này ở một thẻ hoặc cửa sổ khác trong khi đang sửa " +
    "ở đây. Nội dung bạn gõ ở đây chưa được lưu: hãy so sánh hai bản, rồi lưu những lời bạn " +
    "muốn giữ.",
  "plans.conflict.yours": "Nội dung bạn đã gõ",
  "plans.conflict.current": "Những lời hiện có trong kế hoạch",
  "plans.conflict.mergeHint":
    "Nội dung của bạn nằm trong ô bên dưới. Hãy thêm những gì bạn muốn giữ từ những lời hiện có " +
    "trong kế hoạch, rồi lưu.",
  "plans.conflict.gone.title": "Không thể lưu những lời của bạn",
  "plans.unsaved.lead": "Chưa có gì được lưu. Đây là nội dung bạn đã gõ để bạn có thể sao chép.",
  "plans.unsaved.signedOut": "Phiên đăng nhập của bạn đã hết trước khi bạn lưu.",
  "plans.unsaved.fault": "Đã có lỗi xảy ra từ phía chúng tôi.",
  "plans.unsaved.gone":
    "Phần bạn đang viết không còn trong kế hoạch, hoặc bạn không còn mở được phần đó.",
  "plans.unsaved.signIn": "Đăng nhập lại",
  "plans.unsaved.signInHint":
    "Khi đã đăng nhập lại, hãy quay về thẻ này và mở trang bạn đang viết: những lời của bạn sẽ " +
    "được điền lại. Nếu không thấy, hãy sao chép chúng từ đây trước.",
  "plans.unsaved.back": "Quay lại trang bạn đang viết",
  "plans.draft.restored": "Đã điền lại: những lời bạn đã gõ trong thẻ này và chưa được lưu.",
};
