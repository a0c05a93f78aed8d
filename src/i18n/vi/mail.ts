import type { mail as english } from "../en/mail.ts";
import type { Messages } from "../messages.ts";

/** The emails the app writes, and the Sent mail pages (Vietnamese). */
export const mail: Messages<typeof english> = {
  "mail.linkFallback": "Nếu nút không hoạt động, hãy sao chép địa chỉ này vào trình duyệt của bạn:",
  "mail.checkInReminder.subject":
    "Buổi trao đổi {when, select, today {hôm nay} other {ngày mai}}: Kế hoạch Hành động Toán của " +
    "{studentName}",
  "mail.checkInReminder.preview":
    "Buổi trao đổi của {studentName} là {when, select, today {hôm nay} other {ngày mai}}, {date}.",
  "mail.checkInReminder.title":
    "Buổi trao đổi về kế hoạch của {studentName} {when, select, today {hôm nay} other {ngày mai}}",
  "mail.checkInReminder.greeting": "Xin chào {name},",
  "mail.checkInReminder.intro":
    "Kế hoạch Hành động Toán của {studentName} có buổi trao đổi vào {date}. Đây là lúc cùng xem " +
    "các hành động đang tiến triển thế nào và điều chỉnh nếu cần.",
  "mail.checkInReminder.update":
    "Trước đó, quý vị có thể gửi một cập nhật ngắn từ kế hoạch: điều gì diễn ra tốt và điều gì " +
    "còn khó.",
  "mail.checkInReminder.open": "Mở kế hoạch của {studentName}",
  "mail.checkInReminder.footer":
    "Quý vị nhận được thư này vì quý vị tham gia Kế hoạch Hành động Toán của {studentName} tại " +
    "{schoolName}.",
  "mail.planShared.subject": "Kế hoạch Hành động Toán học của {studentName} từ {schoolName}",
  "mail.planShared.title": "Kế hoạch Hành động Toán học của {studentName}",
  "mail.planShared.preview":
    "{teacherName} đã chia sẻ với bạn Kế hoạch Hành động Toán học của {studentName}.",
  "mail.planShared.greeting": "Kính gửi {guardianName},",
  "mail.planShared.intro":
    "{teacherName} ở {schoolName} đã chia sẻ với bạn Kế hoạch Hành động Toán học của " +
    "{studentName}. Kế hoạch ghi lại những gì {studentName} làm tốt trong môn toán và điều cần " +
    "luyện tập tiếp theo. Xin bạn đọc kế hoạch và viết thêm đôi lời của mình: những gì bạn thấy " +
    "ở nhà, và bạn muốn giúp đỡ ra sao.",
  "mail.planShared.open": "Mở kế hoạch của {studentName}",
  "mail.planShared.attached": "Kế hoạch cũng được đính kèm dưới dạng PDF để lưu hoặc in.",
  "mail.planShared.linkNote":
    "Liên kết này chỉ dành riêng cho bạn, vì vậy xin đừng chuyển tiếp email này. Liên kết chỉ " +
    "dùng được một lần, trong vòng {hours, number} giờ. Mở liên kết không tự đăng nhập cho bạn: " +
    "trang được mở ra có một nút để đăng nhập. Nếu liên kết không còn dùng được, hãy xin " +
    "{teacherName} một liên kết mới.",
  "mail.planShared.vision": "Tầm nhìn Toán học của trường chúng tôi",
  "mail.planShared.progress": "Tiến bộ trong Toán học",
  "mail.planShared.strengths": "Điểm mạnh",
  "mail.planShared.noStrengths": "Chưa có điểm mạnh nào được ghi.",
  "mail.planShared.areas": "Lĩnh vực cần cải thiện",
  "mail.planShared.noAreas": "Chưa có lĩnh vực cần cải thiện nào được ghi.",
  "mail.planShared.inVoice":
    "{voice, select, student {Lời của {studentName}} family {Lời của gia đình} " +
    "other {Lời của giáo viên}}",
  "mail.planShared.helpedBy": "Những điểm mạnh sẽ giúp ích: {strengths}",
  "mail.planShared.footer":
    "{schoolName} gửi email này qua Kế hoạch Hành động Toán học vì {teacherName} đã chia sẻ " +
    "kế hoạch của {studentName} với bạn.",
  "outbox.title": "Thư đã gửi",
  "outbox.intro": "Mọi email ứng dụng đã soạn cho học khu của bạn, thư mới nhất ở trên cùng.",
  "outbox.keptNotice":
    "Chưa có máy chủ thư nào được thiết lập (SMTP_URL), nên email được giữ lại ở đây thay vì " +
    "được gửi đi. Hãy mở một email để chuyển liên kết trong đó cho người nhận, chẳng hạn qua " +
    "điện thoại hoặc trên giấy.",
  "outbox.empty": "Chưa có thư nào được soạn.",
  "outbox.caption": "Email của học khu bạn",
  "outbox.to": "Người nhận",
  "outbox.subject": "Tiêu đề",
  "outbox.status": "Trạng thái",
  "outbox.time": "Đã soạn",
  "outbox.sentAt": "Đã gửi",
  "outbox.attempts": "Số lần thử",
  "outbox.lastError": "Phản hồi gần nhất của máy chủ thư",
  "outbox.statusName":
    "{status, select, pending {Đang chờ gửi} sending {Đang gửi} sent {Đã gửi} " +
    "failed {Không gửi được} kept {Giữ lại ở đây} other {{status}}}",
  "outbox.pages": "Các trang thư đã gửi",
  "outbox.older": "Thư cũ hơn",
  "outbox.newer": "Thư mới hơn",
  "outbox.email.title": "Email gửi {name}",
  "outbox.email.back": "Quay lại Thư đã gửi",
  "outbox.email.text": "Văn bản thuần",
  "outbox.email.html": "Như người nhận nhìn thấy",
  "outbox.email.htmlHint":
    "Hiển thị không có màu sắc và các liên kết đã bị tắt, để không nội dung nào trong thư có thể " +
    "chạy ở đây.",
  "outbox.email.frameTitle": "Email “{subject}”, đã định dạng",
};
