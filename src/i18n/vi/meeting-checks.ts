import type { meetingChecks as english } from "../en/meeting-checks.ts";
import type { Messages } from "../messages.ts";

export const meetingChecks: Messages<typeof english> = {
  "plans.meetings.agreed": "Đã thống nhất: {when}, {where}",
  "plans.meetings.videoCall": "gọi video",
  "plans.meetings.agreedLink": "Xem chi tiết ở trang thời gian họp",
  "plans.problem.heldDay":
    "{field} phải là một ngày từ {earliest} đến {latest}: hãy ghi lại cuộc họp sau khi cuộc " +
    "họp đã diễn ra. Để lên lịch trước, hãy đề xuất thời gian ở trang thời gian họp.",
  "plans.problem.heldTime":
    "{field} muộn hơn bây giờ ({now} theo giờ của trường): hãy ghi lại cuộc họp sau khi cuộc " +
    "họp đã bắt đầu. Để lên lịch trước, hãy đề xuất thời gian ở trang thời gian họp.",
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
  "meetings.saved.replaced":
    "Các thời gian mới đang được gửi tới gia đình. Các thời gian đề xuất trước đó đã được rút " +
    "lại.",
  "meetings.status.cancelledAt": "Đã hủy: buổi họp vào {when} sẽ không diễn ra.",
  "meetings.propose.replaces":
    "Các thời gian này thay thế các thời gian {name} đã đề xuất lúc {when}: sau khi bạn gửi, " +
    "gia đình chỉ thấy các thời gian mới.",
  "meetings.moved.title": "Buổi họp này vừa được dời",
  "meetings.moved.lead":
    "Có người đã dời buổi họp này sau khi bạn mở trang, nên thời gian mới của bạn chưa được " +
    "lưu. Buổi họp hiện vào {when}.",
  "meetings.moved.tryAgain":
    "Thời gian mới của bạn ở trong biểu mẫu bên dưới: hãy gửi lại để dời buổi họp sang thời " +
    "gian đó, hoặc giữ buổi họp vào thời gian hiện tại.",
  "meetings.cancel.changed":
    "Buổi họp này đã được dời sau khi bạn mở trang này, nên chưa có gì bị hủy. Buổi họp hiện " +
    "vào {when}: chỉ hủy nếu bạn vẫn muốn.",
  "plans.close.cancelsMeeting":
    "Buổi họp đã thống nhất vào {when} sẽ bị hủy cùng với kế hoạch, và mọi người được mời có " +
    "địa chỉ email đều được báo.",
  "meetings.closedIntro":
    "Kế hoạch này đã được đóng vào {day}. Không thể đề xuất, chọn hay thay đổi các " +
    "buổi họp của kế hoạch nữa; bên dưới là những gì đã xảy ra với các thời gian đã " +
    "đề xuất.",
  "meetings.status.cancelledWithPlan":
    "Đã hủy khi kế hoạch được đóng: buổi họp vào {when} sẽ không diễn ra.",
  "meetings.status.withdrawnWithPlan": "Các thời gian này đã được rút lại khi kế hoạch được đóng.",
  "meetings.history.cancelledWithPlan":
    "{name} đã đóng kế hoạch, nên buổi họp vào {when} đã bị hủy.",
  "meetings.history.withdrawnWithPlan":
    "{name} đã đóng kế hoạch, nên các thời gian họp còn đang chờ đã được rút lại.",
  "mail.meeting.cancel.planClosed":
    "Kế hoạch Hành động Toán của {studentName} tại {schoolName} đã được đóng, nên " +
    "buổi họp về kế hoạch này đã bị hủy.",
  "mail.meeting.cancelCalendarNote":
    "Ứng dụng thư hoặc lịch của quý vị có thể gỡ buổi họp khỏi lịch từ thư này.",
  "mail.meeting.update.movedFrom":
    "Buổi họp về Kế hoạch Hành động Toán của {studentName} tại {schoolName} đã được " +
    "dời. Thời gian cũ là {before}; thời gian mới là {when}.",
  "mail.meeting.proposed.replaces":
    "Các thời gian này thay thế các thời gian đã gửi cho quý vị trước đây; các thời " +
    "gian đó đã được rút lại.",
  "mail.meeting.withdrawn.subject":
    "Đã rút lại thời gian họp: kế hoạch toán của {studentName} đã được đóng",
  "mail.meeting.withdrawn.intro":
    "Kế hoạch Hành động Toán của {studentName} tại {schoolName} đã được đóng, nên " +
    "các thời gian họp {teacherName} đề xuất đã được rút lại và quý vị không cần " +
    "chọn thời gian nào:",
  "mail.meeting.withdrawn.next":
    "Nếu quý vị vẫn muốn gặp, xin liên hệ với {teacherName} hoặc nhà trường.",
};
