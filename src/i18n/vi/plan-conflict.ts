import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "Những lời này đã thay đổi trong khi bạn đang sửa",
  "plans.conflict.lead":
    "Có người đã lưu một thay đổi cho những lời này trong khi bạn đang sửa. Nội dung của bạn " +
    "chưa được lưu: hãy so sánh hai bản, rồi lưu những lời bạn muốn giữ.",
  "plans.conflict.yours": "Nội dung bạn đã gõ",
  "plans.conflict.current": "Những lời hiện có trong kế hoạch",
  "plans.conflict.mergeHint":
    "Nội dung của bạn nằm trong ô bên dưới. Hãy thêm những gì bạn muốn giữ từ những lời hiện có " +
    "trong kế hoạch, rồi lưu.",
  "plans.conflict.gone.title": "Không thể lưu những lời của bạn",
  "plans.conflict.gone.lead":
    "Trong khi bạn đang sửa, những lời này đã bị gỡ khỏi kế hoạch hoặc kế hoạch không còn nhận " +
    "thay đổi. Chưa có gì được lưu. Đây là nội dung bạn đã gõ để bạn có thể sao chép.",
  "plans.conflict.backToPlan": "Quay lại kế hoạch",
};
