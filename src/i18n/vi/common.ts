import type { common as english } from "../en/common.ts";
import type { Messages } from "../messages.ts";

/** Words every page shares (Vietnamese). */
export const common: Messages<typeof english> = {
  "app.name": "Kế hoạch Hành động Toán học",
  "nav.skip": "Chuyển đến nội dung chính",
  "nav.home": "Trang chủ",
  "nav.students": "Học sinh của tôi",
  "nav.roster": "Danh sách trường",
  "nav.school": "Cài đặt trường",
  "nav.outbox": "Thư đã gửi",
  "nav.signIn": "Đăng nhập",
  "nav.signOut": "Đăng xuất",
  "nav.signedInAs": "Đã đăng nhập với tên {name}",
  "nav.main": "Chính",
  "nav.language": "Ngôn ngữ",
  "error.title": "Có điều cần bạn lưu ý",
  "error.back": "Quay về trang đầu",
  "error.fieldsIntro": "Vui lòng sửa những mục sau:",
  "error.invalid_input": "Một số thông tin đã nhập cần được xem lại.",
  "error.unauthenticated": "Vui lòng đăng nhập để tiếp tục.",
  "error.forbidden": "Bạn không có quyền xem trang này.",
  "error.not_found": "Chúng tôi không tìm thấy trang đó.",
  "error.conflict": "Có người khác đã thay đổi mục này cùng lúc. Vui lòng xem lại rồi thử lần nữa.",
  "error.rate_limited": "Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.",
  "error.unreadableForm":
    "Không đọc được biểu mẫu. Vui lòng quay lại, kiểm tra những gì đã nhập và gửi lại.",
  "error.unexpected":
    "Đã có lỗi xảy ra từ phía chúng tôi. Thay đổi gần nhất của bạn chưa được lưu.",
  "form.save": "Lưu",
  "form.cancel": "Hủy",
  "voice.student": "Học sinh",
  "voice.family": "Gia đình",
  "voice.teacher": "Giáo viên",
  "time.zone.ownSchool": "Thời gian được ghi theo múi giờ của trường bạn, {school} ({zone}).",
  "time.zone.firstSchool":
    "Thời gian được ghi theo múi giờ của {school} ({zone}), trường đầu tiên của học khu, vì bạn " +
    "không thuộc trường nào.",
  "time.zone.none": "Thời gian được ghi theo giờ UTC: học khu chưa có trường nào.",
};
