import type { school as english } from "../en/school.ts";
import type { Messages } from "../messages.ts";

/** First run, the demo school, school settings and the start pages (Vietnamese). */
export const school: Messages<typeof english> = {
  "home.title": "Chào mừng",
  "home.intro":
    "Kế hoạch Hành động Toán học do học sinh, gia đình và giáo viên cùng nhau viết: những điểm " +
    "mạnh của học sinh trong môn toán, điều cần luyện tập tiếp theo, và mỗi người sẽ làm gì để " +
    "giúp đỡ.",
  "home.signIn": "Đăng nhập",
  "home.exploreDemo": "Khám phá trường mẫu",

  "myPlans.title": "Kế hoạch của tôi",
  "myPlans.yours": "Kế hoạch của bạn",
  "myPlans.child": "Kế hoạch của {name}",
  "myPlans.none": "Chưa có kế hoạch nào. Giáo viên sẽ cùng bạn bắt đầu một kế hoạch.",
  "myPlans.noneForChild": "{name} chưa có kế hoạch nào. Giáo viên sẽ bắt đầu một kế hoạch.",
  "myPlans.noChildren":
    "Chưa có học sinh nào được liên kết với tài khoản của bạn. Vui lòng nhờ nhà trường thêm bạn " +
    "làm thành viên gia đình.",
  "myPlans.plan": "Kế hoạch bắt đầu ngày {date}",
  "myPlans.schoolYear": "Năm học {year}",
  "myPlans.startedBy": "Do {name} bắt đầu",

  "setup.title": "Thiết lập trường của bạn",
  "setup.intro":
    "Chào mừng bạn. Hãy tạo trường và tài khoản quản trị viên của riêng bạn. Sau đó, bạn có thể " +
    "viết Tầm nhìn Toán học của trường và nhập danh sách trường.",
  "setup.schoolLegend": "Trường của bạn",
  "setup.adminLegend": "Bạn, quản trị viên đầu tiên",
  "setup.field.schoolName": "Tên trường",
  "setup.field.timeZone": "Múi giờ",
  "setup.hint.timeZone": "Các cuộc họp và lần kiểm tra tiến độ được hiển thị theo múi giờ này.",
  "setup.field.givenName": "Tên",
  "setup.field.familyName": "Họ",
  "setup.field.email": "Email",
  "setup.hint.email": "Liên kết đăng nhập và tin nhắn dành cho bạn sẽ được gửi đến đây.",
  "setup.field.password": "Mật khẩu",
  "setup.hint.password": "Ít nhất 10 ký tự. Một câu ngắn sẽ dễ nhớ.",
  "setup.field.passwordAgain": "Nhập lại mật khẩu",
  "setup.submit": "Tạo trường",
  "setup.passwordsDiffer": "Hai mật khẩu không giống nhau. Vui lòng nhập lại.",
  "setup.alreadyDone": "Trường này đã được thiết lập. Vui lòng đăng nhập.",
  "setup.demoTitle": "Chỉ muốn xem thử?",
  "setup.demoIntro":
    "Tải một trường mẫu với học sinh, gia đình, một giáo viên và một kế hoạch đều là giả định, " +
    "rồi khám phá dưới vai trò của từng người.",
  "setup.demoSubmit": "Tải trường mẫu để khám phá",

  "demo.title": "Khám phá dưới vai trò…",
  "demo.intro":
    "Đây là trường mẫu: mọi người trong đó đều là giả định. Hãy đăng nhập dưới tên bất kỳ ai để " +
    "xem ứng dụng như họ nhìn thấy.",
  "demo.warning":
    "Bất kỳ ai mở ứng dụng này đều có thể đăng nhập dưới tên những người này, vì vậy đừng nhập " +
    "thông tin của học sinh thật ở đây.",
  "demo.role.administrator": "Quản trị viên",
  "demo.role.teacher": "Giáo viên",
  "demo.role.student": "Một học sinh",
  "demo.role.guardian": "Một thành viên gia đình",
  "demo.about.administrator": "Quản lý cài đặt trường và danh sách trường, xem được mọi học sinh.",
  "demo.about.teacher": "Xem được học sinh của hai lớp và cùng các em viết kế hoạch.",
  "demo.about.student": "Xem và viết thêm vào kế hoạch của chính mình.",
  "demo.about.guardian": "Xem và viết thêm vào kế hoạch của con mình.",
  "demo.signInAs": "Đăng nhập dưới tên {name}",

  "school.title": "Cài đặt trường",
  "school.intro": "Các cài đặt này áp dụng cho mọi kế hoạch ở {name}.",
  "school.saved": "Đã lưu cài đặt trường.",
  "school.welcome":
    "Trường của bạn đã sẵn sàng. Hãy bắt đầu với Tầm nhìn Toán học: việc học toán ở trường bạn " +
    "nên như thế nào đối với mỗi học sinh.",
  "school.others": "Các trường trong học khu",
  "school.field.name": "Tên trường",
  "school.translations.legend": "Tầm nhìn Toán học bằng ngôn ngữ của các gia đình",
  "school.translations.hint":
    "Các gia đình đọc một trong những ngôn ngữ này sẽ thấy bản dịch của quý vị trong kế hoạch và " +
    "email; để trống một ô để hiển thị tầm nhìn ở trên. Lời mọi người tự viết trong kế hoạch " +
    "không bao giờ bị dịch.",
  "school.field.visionIn": "Tầm nhìn Toán học bằng {language}",
  "school.field.mathVision": "Tầm nhìn Toán học",
  "school.hint.mathVision":
    "Một đoạn văn ngắn hiển thị ở đầu mỗi kế hoạch. Tối đa 2.000 ký tự; các dấu xuống dòng được " +
    "giữ nguyên.",
  "school.field.timeZone": "Múi giờ",
  "school.field.cadence": "Số ngày giữa các lần kiểm tra tiến độ",
  "school.hint.cadence":
    "Từ 1 đến 90. Các lần kiểm tra tiến độ mới sẽ được lên lịch cách nhau chừng ấy ngày.",
  "school.cadenceRange": "{field} phải là một số nguyên từ 1 đến 90.",
  "school.visionTitle": "Tầm nhìn Toán học như hiển thị trong kế hoạch",
  "school.noVision": "Chưa có Tầm nhìn Toán học.",
};
