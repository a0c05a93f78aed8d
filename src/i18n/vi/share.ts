import type { share as english } from "../en/share.ts";
import type { Messages } from "../messages.ts";

/** Sharing a plan with the family by email (Vietnamese). */
export const share: Messages<typeof english> = {
  "share.title": "Chia sẻ kế hoạch của {studentName} với gia đình",
  "share.intro":
    "Mỗi thành viên gia đình bạn chọn sẽ nhận được một email gồm Tầm nhìn Toán học của trường, " +
    "phần Tiến bộ trong Toán học và một đường liên kết riêng đến kế hoạch. Liên kết chỉ dùng " +
    "được " +
    "một lần, trong vòng {hours, number} giờ, và chỉ đăng nhập cho họ khi họ bấm nút trên trang " +
    "được mở ra.",
  "share.recipients": "Gửi kế hoạch cho",
  "share.noEmail": "{name} chưa có địa chỉ email trong danh sách trường.",
  "share.printCard": "In thẻ đăng nhập cho {name} thay vì gửi email",
  "share.noFamily":
    "Chưa có thành viên gia đình nào được liên kết với {studentName} trong danh sách trường.",
  "share.send": "Gửi kế hoạch qua email",
  "share.back": "Quay lại kế hoạch",
  "share.sent": "{count, plural, other {Kế hoạch đang được gửi đến # thành viên gia đình.}}",
  "share.keptNotice":
    "Chưa có máy chủ thư nào được thiết lập, nên các email được giữ lại trong mục Thư đã gửi, " +
    "nơi quản trị viên có thể chuyển các liên kết đến gia đình.",
  "share.field.guardians": "Gửi kế hoạch cho",
  "share.problem.noneChosen": "Vui lòng chọn ít nhất một thành viên gia đình.",
  "share.problem.notFamily":
    "Một trong các thành viên gia đình đã chọn không còn được liên kết với học sinh, hoặc không " +
    "có " +
    "địa chỉ email. Vui lòng chọn lại.",
  "share.cards.title": "Thẻ đăng nhập",
  "share.cards.intro":
    "Thẻ là một đường liên kết riêng kèm mã QR, giúp người giữ thẻ đăng nhập mà không cần mật " +
    "khẩu. Hãy in thẻ cho học sinh, hoặc cho người nhà không có email. Khi tạo thẻ mới, thẻ cũ " +
    "sẽ không dùng được nữa.",
  "share.cards.link": "Thẻ đăng nhập của {name}",
  "share.field.languages": "Ngôn ngữ của từng email",
  "share.languages.legend": "Ngôn ngữ của từng email",
  "share.languages.hint":
    "Danh sách của trường không phải lúc nào cũng ghi thành viên gia đình đọc ngôn ngữ nào. " +
    "Ngôn ngữ bạn chọn ở đây được lưu cho email và thẻ đăng nhập của họ; ngôn ngữ họ tự chọn " +
    "trong ứng dụng được ưu tiên.",
  "share.languages.label": "Ngôn ngữ cho {name}",
  "share.languages.unknown": "Chưa biết: {language}, ngôn ngữ mặc định của trường",
  "share.languages.chosenByThem":
    "{name} đã chọn {language} trong ứng dụng, nên email gửi họ được viết bằng ngôn ngữ đó.",
  "share.problem.notWritten":
    "Kế hoạch chưa được gửi cho ai: không thể viết email cho {name} từ thông tin trong danh " +
    "sách của trường. Vui lòng nhờ quản trị viên kiểm tra tên và địa chỉ email của thành viên " +
    "gia đình này trong danh sách.",
  "share.problem.notSent":
    "Kế hoạch chưa được gửi cho ai. Vui lòng thử lại; nếu vẫn xảy ra, hãy báo cho quản trị " +
    "viên.",
};
