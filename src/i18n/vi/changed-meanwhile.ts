import type { changedMeanwhile as english } from "../en/changed-meanwhile.ts";
import type { Messages } from "../messages.ts";

export const changedMeanwhile: Messages<typeof english> = {
  "plans.removed.byName":
    "{section, select, strength {{name} đã xóa điểm mạnh này trong khi bạn đang viết.} " +
    "area {{name} đã xóa lĩnh vực cần cải thiện này trong khi bạn đang viết.} " +
    "other {{name} đã xóa hành động này trong khi bạn đang viết.}}",
  "plans.removed.byYou":
    "{section, select, " +
    "strength {Bạn đã xóa điểm mạnh này ở một thẻ hoặc cửa sổ khác trong khi đang viết ở đây.} " +
    "area {Bạn đã xóa lĩnh vực cần cải thiện này ở một thẻ hoặc cửa sổ khác trong khi đang " +
    "viết ở đây.} " +
    "other {Bạn đã xóa hành động này ở một thẻ hoặc cửa sổ khác trong khi đang viết ở đây.}}",
  "plans.removed.meanwhile":
    "{section, select, " +
    "strength {Điểm mạnh này đã bị xóa khỏi kế hoạch trong khi bạn đang viết.} " +
    "area {Lĩnh vực cần cải thiện này đã bị xóa khỏi kế hoạch trong khi bạn đang viết.} " +
    "other {Hành động này đã bị xóa khỏi kế hoạch trong khi bạn đang viết.}}",
  "plans.saved.alreadyRetired":
    "Mục đó đã được xóa khỏi kế hoạch từ trước, nên không có gì thay đổi.",
  "form.alreadySaved":
    "Nội dung này đã được lưu rồi. Gửi lại cùng một biểu mẫu không thêm nó lần thứ hai.",
  "meetings.problem.withdrawnMeanwhile":
    "Những thời gian họp này đã được rút lại trong khi quý vị đang chọn, nên chưa có thời gian " +
    "nào được chọn. Các thời gian được đề xuất từ lúc đó có ở bên dưới.",
};
