import type { meetingChecks as english } from "../en/meeting-checks.ts";
import type { Messages } from "../messages.ts";

export const meetingChecks: Messages<typeof english> = {
  "plans.meetings.agreed": "Đã thống nhất: {when}, {where}",
  "plans.meetings.videoCall": "gọi video",
  "plans.meetings.agreedLink": "Xem chi tiết ở trang thời gian họp",
  "plans.problem.heldDay":
    "{field} phải là một ngày từ {earliest} đến {latest}: hãy ghi lại cuộc họp sau khi cuộc " +
    "họp đã diễn ra. Để lên lịch trước, hãy đề xuất thời gian ở trang thời gian họp.",
  "plans.problem.withinYear":
    "{field} không được muộn hơn {latest}, tức là trong vòng một năm kể từ hôm nay.",
  "plans.meetingCorrection.gone":
    "Biên bản cuộc họp này không còn trong kế hoạch: có người đã xóa nó trong lúc bạn đang sửa.",
  "meetings.hint.duration": "Từ {min, number} đến {max, number} phút.",
  "meetings.problem.duration": "{field} phải là một số nguyên từ {min, number} đến {max, number}.",
  "meetings.saved.unchanged":
    "Buổi họp đã ở đúng thời gian đó. Không có gì thay đổi và không ai nhận được " +
    "thông báo cập nhật.",
  "meetings.cancel.link": "Hủy buổi họp này…",
  "meetings.cancel.title": "Hủy buổi họp này?",
  "meetings.cancel.lead":
    "Mọi người được mời có địa chỉ email, kể cả gia đình của {studentName}, sẽ nhận ngay email " +
    "báo buổi họp đã bị hủy, và buổi họp sẽ bị xóa khỏi lịch của họ. Không thể hoàn tác: để " +
    "gặp vào lúc khác, hãy đề xuất thời gian mới.",
  "meetings.cancel.keep": "Giữ buổi họp",
};
