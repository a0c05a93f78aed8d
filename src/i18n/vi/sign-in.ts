import type { signIn as english } from "../en/sign-in.ts";
import type { Messages } from "../messages.ts";

/** Signing in and out: passwords, emailed links and sign-in cards (Vietnamese). */
export const signIn: Messages<typeof english> = {
  "signIn.title": "Đăng nhập",
  "signIn.linkTitle": "Gửi cho tôi liên kết đăng nhập qua email",
  "signIn.linkIntro":
    "Dành cho học sinh, gia đình và nhân viên nhà trường: chúng tôi gửi cho bạn một liên kết qua " +
    "email, và liên kết đó sẽ đăng nhập cho bạn. Không cần mật khẩu.",
  "signIn.field.email": "Email",
  "signIn.linkSubmit": "Gửi cho tôi liên kết đăng nhập",
  "signIn.passwordTitle": "Đăng nhập bằng mật khẩu",
  "signIn.passwordIntro": "Dành cho quản trị viên đã đặt mật khẩu.",
  "signIn.passwordForgotten":
    "Quên mật khẩu? Hãy yêu cầu liên kết đăng nhập ở phía trên. Sau khi đăng nhập bằng liên kết " +
    "đó, quý vị có thể đặt mật khẩu mới trên trang tài khoản trong vòng {minutes, number} phút.",
  "signIn.field.password": "Mật khẩu",
  "signIn.passwordSubmit": "Đăng nhập",
  "signIn.wrongPassword":
    "Email và mật khẩu không khớp. Vui lòng thử lại, hoặc xin một liên kết đăng nhập.",
  "signIn.sentTitle": "Hãy kiểm tra email của bạn",
  "signIn.sentBody":
    "Nếu địa chỉ đó thuộc về một người ở trường, liên kết đăng nhập đang được gửi đến. Liên kết " +
    "chỉ dùng được một lần, trong vòng 3 ngày.",
  "signIn.sentAgain":
    "Sau vài phút vẫn chưa thấy email? Hãy xem trong thư mục thư rác, hoặc yêu cầu lại.",
  "signIn.confirmTitle": "Hoàn tất đăng nhập",
  "signIn.confirmBody": "Bấm nút để đăng nhập vào Kế hoạch Hành động Toán học.",
  "signIn.confirmButton": "Đăng nhập",
  "signIn.linkFailedTitle": "Liên kết đăng nhập này không còn dùng được nữa",
  "signIn.linkFailedBody":
    "Mỗi liên kết đăng nhập chỉ dùng được một lần, trong vòng 3 ngày. Hãy xin một liên kết mới: " +
    "nhập email của bạn bên dưới.",

  "signInEmail.subject": "Liên kết đăng nhập Kế hoạch Hành động Toán học của bạn",
  "signInEmail.preview": "Liên kết để bạn đăng nhập vào Kế hoạch Hành động Toán học.",
  "signInEmail.greeting": "Xin chào {name},",
  "signInEmail.body":
    "Mở liên kết này để đăng nhập vào Kế hoạch Hành động Toán học. Liên kết chỉ dùng được một " +
    "lần, trong vòng 3 ngày:",
  "signInEmail.button": "Đăng nhập",
  "signInEmail.ignore": "Nếu bạn không yêu cầu liên kết này, bạn có thể bỏ qua email này.",
  "signInEmail.footer":
    "Bạn nhận được email này vì có người đã yêu cầu liên kết đăng nhập cho địa chỉ này.",

  "card.staffTitle": "Thẻ đăng nhập của {name}",
  "card.intro":
    "Thẻ đăng nhập giúp {name} đăng nhập mà không cần mật khẩu, bằng cách mở liên kết hoặc quét " +
    "mã QR trên thẻ. Hãy giữ thẻ cẩn thận, như giữ chìa khóa nhà.",
  "card.inUse": "Đang dùng một thẻ được làm ngày {made}.",
  "card.lastUsed": "Lần dùng gần nhất: {used}.",
  "card.neverUsed": "Thẻ chưa được dùng lần nào.",
  "card.none": "{name} chưa có thẻ đăng nhập nào đang dùng.",
  "card.create": "Làm thẻ đăng nhập",
  "card.replace": "Làm thẻ mới",
  "card.replaceHint": "Thẻ đang dùng sẽ ngừng hoạt động khi có thẻ mới.",
  "card.revoke": "Cho thẻ ngừng hoạt động",
  "card.revoked": "Thẻ không còn hoạt động nữa.",
  "card.printTitle": "Thẻ đăng nhập của {name}",
  "card.scan": "Quét mã hoặc mở liên kết để đăng nhập vào Kế hoạch Hành động Toán học.",
  "card.qrLabel": "Mã QR mở liên kết đăng nhập của {name}",
  "card.print": "In",
  "card.language.label": "Ngôn ngữ của thẻ",
  "card.language.keptFamily":
    "Ngôn ngữ bạn chọn cũng được lưu cho email gửi {name}, trừ khi họ tự chọn ngôn ngữ khác " +
    "trong ứng dụng.",
  "card.language.chosenByThem":
    "{name} đã chọn {language} trong ứng dụng; email gửi họ vẫn dùng ngôn ngữ đó, dù thẻ in " +
    "bằng ngôn ngữ nào.",
  "card.shownOnce":
    "Liên kết này chỉ hiện ra lúc này. Hãy in hoặc chia sẻ nó trước khi rời trang; nếu bị mất, " +
    "hãy làm thẻ mới.",
  "card.back": "Quay lại thẻ của {name}",
  "card.backToSharing": "Quay lại trang chia sẻ kế hoạch của {studentName}",
  "card.backToStudents": "Quay lại danh sách học sinh",
  "card.openTitle": "Đăng nhập",
  "card.openHello": "Xin chào {name}.",
  "card.openBody": "Bấm nút để đăng nhập.",
  "card.openButton": "Đăng nhập",
  "card.failedTitle": "Thẻ này không dùng được",
  "card.failedBody": "Vui lòng xin giáo viên một thẻ đăng nhập mới.",
  "signIn.tooManyAttempts":
    "Đã thử đăng nhập quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại, hoặc yêu cầu một liên " +
    "kết đăng nhập.",
  "signIn.tooManyLinkRequests":
    "Đã yêu cầu quá nhiều liên kết đăng nhập. Vui lòng đợi một giờ, và xem email để tìm các " +
    "liên kết đã được gửi.",
  "account.title": "Tài khoản của quý vị",
  "account.signedInAs": "Quý vị đang đăng nhập với tên {name}.",
  "account.languageHint": "Các trang và email sẽ dùng ngôn ngữ quý vị chọn ở đầu bất kỳ trang nào.",
  "account.everywhere.heading": "Đăng xuất trên mọi thiết bị",
  "account.everywhere.explain":
    "Nếu quý vị đã đăng nhập trên điện thoại hoặc máy tính dùng chung hay bị mất, thao tác này " +
    "kết thúc mọi phiên của quý vị, kể cả phiên này. Các thiết bị khác sẽ bị đăng xuất trong " +
    "vòng năm phút.",
  "account.everywhere.button": "Đăng xuất trên mọi thiết bị",
  "account.everywhere.done": "Quý vị đã đăng xuất trên mọi thiết bị.",
  "account.password.heading": "Đổi mật khẩu",
  "account.password.explain":
    "Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần. Sau khi đổi, mọi phiên khác của quý " +
    "vị sẽ kết thúc: các thiết bị khác sẽ bị đăng xuất trong vòng năm phút.",
  "account.password.field.current": "Mật khẩu hiện tại",
  "account.password.field.new": "Mật khẩu mới",
  "account.password.field.newAgain": "Nhập lại mật khẩu mới",
  "account.password.submit": "Đổi mật khẩu",
  "account.password.changed":
    "Mật khẩu của quý vị đã được đổi. Mọi phiên khác của quý vị đã kết thúc; các thiết bị khác " +
    "sẽ bị đăng xuất trong vòng năm phút.",
  "account.password.wrongCurrent":
    "Đó không phải là mật khẩu hiện tại của quý vị. Nếu quý vị quên mật khẩu, hãy đăng xuất rồi " +
    "đăng nhập bằng liên kết gửi qua email: sau đó quý vị có thể đặt mật khẩu mới tại đây.",
  "account.password.differ": "Hai mật khẩu mới không giống nhau. Vui lòng nhập lại.",
  "account.password.tooManyAttempts":
    "Đã nhập sai mật khẩu quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại, hoặc đăng xuất và " +
    "đăng nhập bằng liên kết gửi qua email.",
  "account.password.none":
    "Quý vị không có mật khẩu để đổi: quý vị đăng nhập bằng liên kết gửi qua email hoặc bằng " +
    "thẻ đăng nhập.",
  "account.reset.heading": "Đặt mật khẩu mới",
  "account.reset.explain":
    "Quý vị đã đăng nhập bằng liên kết gửi tới email của mình, nên có thể đặt mật khẩu mới mà " +
    "không cần mật khẩu cũ. Việc này chỉ làm được một lần, trong vòng {minutes, number} phút " +
    "sau khi đăng nhập. Sau đó mọi phiên khác của quý vị sẽ kết thúc.",
  "account.reset.submit": "Lưu mật khẩu mới",
  "account.reset.expired":
    "Chỉ có thể đặt mật khẩu mới mà không cần mật khẩu cũ một lần, trong vòng {minutes, number} " +
    "phút sau khi đăng nhập bằng liên kết gửi qua email. Hãy đăng xuất, yêu cầu liên kết đăng " +
    "nhập mới rồi thử lại.",
};
