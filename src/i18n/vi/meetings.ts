import type { meetings as english } from "../en/meetings.ts";
import type { Messages } from "../messages.ts";

export const meetings: Messages<typeof english> = {
  "meetings.link": "Thời gian họp",
  "meetings.title": "Thời gian họp: kế hoạch của {studentName}",
  "meetings.familyIntro":
    "{teacherName} muốn gặp gia đình để trao đổi về Kế hoạch Hành động Toán của " +
    "{studentName}. Xin chọn thời gian phù hợp với gia đình, hoặc đề nghị thời gian khác.",
  "meetings.staffIntro":
    "Đề xuất hai hoặc ba thời gian cho buổi họp về kế hoạch. Gia đình chọn một thời gian chỉ " +
    "với một lần chạm; sau đó mọi người có địa chỉ email sẽ nhận được lời mời lịch.",
  "meetings.readerIntro": "Các thời gian đề xuất cho buổi họp về kế hoạch, và thời gian đã chọn.",
  "meetings.back": "Quay lại kế hoạch",
  "meetings.none": "Chưa có thời gian họp nào được đề xuất.",
  "meetings.proposal.heading": "Các thời gian {name} đề xuất vào {day}",
  "meetings.status.proposed": "Đang chờ gia đình chọn thời gian.",
  "meetings.status.asked": "Gia đình đã đề nghị thời gian khác.",
  "meetings.status.agreed": "Đã thống nhất: {when}",
  "meetings.status.cancelled": "Buổi họp này đã bị hủy.",
  "meetings.where.place": "Địa điểm: {place}",
  "meetings.where.video": "Tham gia qua video",
  "meetings.duration": "{minutes, plural, other {# phút}}",
  "meetings.zone": "Thời gian theo múi giờ của trường ({zone}).",
  "meetings.choose.heading": "Thời gian nào phù hợp với gia đình?",
  "meetings.choose.button": "Chọn {when}",
  "meetings.familyNote": "Ghi chú của gia đình: {note}",
  "meetings.another.summary": "Không thời gian nào phù hợp với chúng tôi",
  "meetings.another.submit": "Đề nghị thời gian khác",
  "meetings.field.note": "Một ghi chú ngắn gửi giáo viên",
  "meetings.hint.note": "Ví dụ, những ngày hoặc giờ nào phù hợp. Tối đa {max, number} ký tự.",
  "meetings.propose.heading": "Đề xuất thời gian họp",
  "meetings.field.firstTime": "Thời gian thứ nhất",
  "meetings.field.secondTime": "Thời gian thứ hai",
  "meetings.field.thirdTime": "Thời gian thứ ba (nếu muốn)",
  "meetings.hint.time": "Theo múi giờ của trường, {zone}.",
  "meetings.field.place": "Địa điểm",
  "meetings.hint.place":
    "Một phòng học, hoặc để trống và cho liên kết video. Tối đa {max, number} ký tự.",
  "meetings.field.videoLink": "Liên kết video",
  "meetings.hint.videoLink": "Bắt đầu bằng https://",
  "meetings.field.duration": "Thời lượng (phút)",
  "meetings.propose.submit": "Gửi các thời gian cho gia đình",
  "meetings.reschedule.summary": "Dời buổi họp này",
  "meetings.field.newTime": "Thời gian mới",
  "meetings.reschedule.submit": "Dời buổi họp và gửi thông báo cập nhật",
  "meetings.cancel.submit": "Hủy buổi họp và báo cho mọi người",
  "meetings.saved.proposed": "Các thời gian đang được gửi tới gia đình.",
  "meetings.saved.chosen": "Cảm ơn. Buổi họp đã được thống nhất và lời mời đang được gửi đi.",
  "meetings.saved.asked": "Cảm ơn. {teacherName} đã nhận được ghi chú của quý vị.",
  "meetings.saved.rescheduled": "Buổi họp đã được dời. Mọi người sẽ nhận lời mời cập nhật.",
  "meetings.saved.cancelled": "Buổi họp đã bị hủy. Mọi người đều được báo.",
  "meetings.problem.twoTimes": "Xin cho ít nhất hai thời gian khác nhau.",
  "meetings.problem.past": "{field} phải muộn hơn lúc này.",
  "meetings.problem.noTime": "Xin chọn một trong các thời gian đã đề xuất.",
  "meetings.problem.notOpen": "Buổi họp này không còn chờ chọn thời gian nữa.",
  "meetings.problem.notAgreed": "Chỉ có thể dời hoặc hủy buổi họp đã thống nhất.",
  "meetings.problem.changed": "Buổi họp vừa được thay đổi. Xin xem lại.",
  "meetings.event.summary": "Họp về kế hoạch toán: {studentName}",
  "meetings.event.description":
    "Buổi họp về Kế hoạch Hành động Toán của {studentName} tại {schoolName}, với {teacherName}.",
  "meetings.event.checkIn": "Kiểm tra kế hoạch: {studentName}",
  "meetings.event.checkInDescription":
    "Một buổi kiểm tra các hành động trong kế hoạch của {studentName}.",
  "meetings.history.proposed": "{name} đã đề xuất thời gian họp.",
  "meetings.history.chosen": "{name} đã chọn thời gian họp: {when}.",
  "meetings.history.asked": "{name} đã đề nghị thời gian họp khác.",
  "meetings.history.rescheduled": "{name} đã dời buổi họp sang {when}.",
  "meetings.history.cancelled": "{name} đã hủy buổi họp vào {when}.",
  "calendar.title": "Lịch của quý vị",
  "calendar.link": "Thêm các buổi họp kế hoạch vào lịch của tôi",
  "calendar.intro":
    "Ứng dụng lịch trên điện thoại hoặc máy tính có thể hiện các buổi họp đã thống nhất và " +
    "những ngày kiểm tra kế hoạch. Hãy đưa cho ứng dụng địa chỉ riêng dưới đây, ở mục Thêm " +
    "lịch hoặc Đăng ký.",
  "calendar.private":
    "Ai có địa chỉ này cũng xem được các ngày đó, vì vậy xin giữ riêng. Nếu lỡ để lộ, hãy " +
    "đặt lại: địa chỉ cũ sẽ ngừng hoạt động ngay.",
  "calendar.create": "Lấy địa chỉ lịch của tôi",
  "calendar.reset": "Đặt lại địa chỉ lịch của tôi",
  "calendar.address": "Địa chỉ lịch riêng của quý vị",
  "calendar.shownOnce": "Địa chỉ chỉ hiện lần này. Hãy chép vào ứng dụng lịch ngay.",
  "calendar.alreadyReset":
    "Địa chỉ lịch của bạn đã được tạo mới từ trang này và chỉ hiển thị một lần: địa chỉ bạn " +
    "đã sao chép lúc đó là địa chỉ dùng được. Nếu bạn chưa sao chép, hãy đặt lại lần nữa.",
  "calendar.hasFeed":
    "Quý vị đã tạo địa chỉ lịch ngày {day}. Địa chỉ không hiện lại; hãy đặt lại để có địa " +
    "chỉ mới.",
  "calendar.name": "Kế hoạch toán: {name}",
  "mail.meeting.proposed.subject": "Chọn thời gian họp về kế hoạch toán của {studentName}",
  "mail.meeting.greeting": "Kính chào {name},",
  "mail.meeting.proposed.intro":
    "{teacherName} muốn gặp gia đình để trao đổi về Kế hoạch Hành động Toán của " +
    "{studentName} tại {schoolName}. Các thời gian có thể họp:",
  "mail.meeting.proposed.open": "Chọn thời gian",
  "mail.meeting.proposed.linkNote":
    "Nút này đăng nhập cho quý vị một lần, trong vòng {hours, number} giờ. Sau đó, hãy đăng " +
    "nhập bằng địa chỉ email để xem các thời gian.",
  "mail.meeting.invitation.subject": "Họp về kế hoạch toán của {studentName}: {when}",
  "mail.meeting.update.subject": "Dời buổi họp: kế hoạch toán của {studentName}, nay là {when}",
  "mail.meeting.cancel.subject": "Hủy buổi họp: kế hoạch toán của {studentName}, {when}",
  "mail.meeting.invitation.intro":
    "Buổi họp về Kế hoạch Hành động Toán của {studentName} tại {schoolName} đã được thống nhất.",
  "mail.meeting.update.intro":
    "Buổi họp về Kế hoạch Hành động Toán của {studentName} tại {schoolName} có thời gian mới.",
  "mail.meeting.cancel.intro":
    "Buổi họp về Kế hoạch Hành động Toán của {studentName} tại {schoolName} đã bị hủy.",
  "mail.meeting.when": "Thời gian: {when} ({zone})",
  "mail.meeting.calendarNote":
    "Ứng dụng thư hoặc lịch của quý vị có thể thêm buổi họp từ thư này, hoặc gỡ nó đi.",
  "mail.meeting.footer": "Do {schoolName} gửi qua Kế hoạch Hành động Toán học.",
  "meetings.status.withdrawn": "Các thời gian này đã được rút lại; gia đình không còn thấy chúng.",
  "meetings.times.heading": "Các thời gian đã đề xuất",
  "meetings.times.chosen": "{when} (gia đình đã chọn)",
  "meetings.withdraw.submit": "Rút lại các thời gian này",
  "meetings.proposeNew": "Đề xuất thời gian mới",
  "meetings.saved.withdrawn": "Các thời gian đã được rút lại. Gia đình không còn thấy chúng.",
  "meetings.history.withdrawn": "{name} đã rút lại các thời gian họp đã đề xuất.",
  "meetings.problem.skippedTime":
    "{field}: {time} không tồn tại vào {day} ở {place} vì đồng hồ được chỉnh nhanh lên; " +
    "vui lòng chọn giờ khác.",
  "mail.meeting.asked.subject":
    "{familyName} xin một thời gian khác để họp về kế hoạch toán của {studentName}",
  "mail.meeting.asked.intro":
    "{familyName} xin một thời gian khác cho buổi họp về Kế hoạch Hành động Toán của " +
    "{studentName} tại {schoolName}. Không thời gian nào đã đề xuất phù hợp với họ.",
  "mail.meeting.asked.note": "Lời nhắn của họ: {note}",
  "mail.meeting.asked.next":
    "Trên trang buổi họp, bạn có thể rút lại các thời gian đó và đề xuất thời gian mới.",
};
