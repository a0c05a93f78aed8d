import type { records as english } from "../en/records.ts";
import type { Messages } from "../messages.ts";

export const records: Messages<typeof english> = {
  "records.title": "Hồ sơ của {name}",
  "records.titleSelf": "Hồ sơ của tôi",
  "records.intro":
    "Mọi thứ ứng dụng này lưu về {name}: thông tin cá nhân, trường và lớp, các thành viên gia " +
    "đình được liên kết, mọi kế hoạch cùng các nhận định, bình luận, cuộc họp, lần theo dõi và " +
    "lịch sử, và thời điểm thẻ đăng nhập được tạo hoặc bị dừng.",
  "records.notIncluded":
    "Không bao gồm: ghi chú trao đổi của giáo viên, là ghi chú làm việc của họ, và thông tin " +
    "liên lạc của người khác. Hãy hỏi nhà trường nếu quý vị muốn xem thêm.",
  "records.json": "Tải hồ sơ dưới dạng tệp dữ liệu (JSON)",
  "records.pdf": "Tải hồ sơ dưới dạng tài liệu dễ đọc (PDF)",
  "records.link": "Hồ sơ của {name}",
  "records.linkSelf": "Hồ sơ của tôi",
  "records.adminTools": "Dành cho quản trị viên",

  "records.pdf.title": "Hồ sơ của {name}",
  "records.pdf.made": "Tạo ngày {date}",
  "records.pdf.details": "Thông tin",
  "records.pdf.name": "Họ tên: {name}",
  "records.pdf.email": "Email: {email}",
  "records.pdf.grades": "Khối lớp: {grades}",
  "records.pdf.schools": "Trường: {names}",
  "records.pdf.classes": "Lớp: {names}",
  "records.pdf.family": "Thành viên gia đình: {names}",
  "records.pdf.none": "không có",
  "records.pdf.plan": "Kế hoạch bắt đầu ngày {date} · {stage}",
  "records.pdf.archived": "Đã lưu trữ cùng năm học {label}",
  "records.pdf.retired": "(đã bỏ khỏi kế hoạch)",
  "records.pdf.cards": "Thẻ đăng nhập",
  "records.pdf.card": "Tạo ngày {made}{stopped, select, none {} other {, dừng ngày {stopped}}}",
  "records.pdf.noPlans": "Chưa có kế hoạch nào.",
  "records.pdf.proposals": "Các thời gian họp đã đề xuất",
  "records.pdf.updates": "Cập nhật trước các buổi kiểm tra tiến độ",
  "records.pdf.identity": "Câu trả lời về bản thân với môn toán",
  "records.pdf.identityKept":
    "Học sinh giữ riêng các câu trả lời về bản thân với môn toán, nên chúng không có trong " +
    "bản này.",
  "records.pdf.versions": "Các cách viết trước đây",

  "records.archived.banner":
    "Kế hoạch này thuộc một năm học đã đóng. Kế hoạch đã được lưu trữ: mọi người trong kế " +
    "hoạch vẫn có thể đọc và in, nhưng không ai có thể thay đổi.",
  "records.archived.refused":
    "Kế hoạch này thuộc một năm học đã đóng, nên chỉ có thể đọc, không thể thay đổi nữa.",

  "records.audit.title": "Nhật ký truy cập",
  "records.audit.intro":
    "Mọi lần xem và thay đổi kế hoạch hoặc hồ sơ của học sinh: ai, làm gì, khi nào và từ địa " +
    "chỉ nào. Không ai có thể sửa hoặc xóa các mục này.",
  "records.audit.student": "Học sinh",
  "records.audit.person": "Người",
  "records.audit.from": "Từ ngày",
  "records.audit.to": "Đến ngày",
  "records.audit.page": "Trang",
  "records.audit.anyStudent": "Mọi học sinh",
  "records.audit.anyone": "Mọi người",
  "records.audit.show": "Hiện các mục",
  "records.audit.export": "Tải các mục này dưới dạng CSV",
  "records.audit.count": "{count, plural, other {# mục}}",
  "records.audit.none": "Không có mục nào phù hợp.",
  "records.audit.caption": "Các mục nhật ký, mới nhất trước",
  "records.audit.when": "Khi nào",
  "records.audit.who": "Ai",
  "records.audit.what": "Làm gì",
  "records.audit.address": "Từ địa chỉ",
  "records.audit.deleted": "(học sinh đã bị xóa)",
  "records.audit.action.view": "Đã xem",
  "records.audit.action.change": "Đã thay đổi",
  "records.audit.action.studentDeleted": "Đã xóa hồ sơ của một học sinh",
  "records.audit.action.yearClosed": "Đã đóng một năm học",
  "records.audit.action.yearPlanClosed": "Đã đóng một kế hoạch khi đóng năm học",
  "records.audit.action.yearPlanArchived": "Đã lưu trữ một kế hoạch đã đóng khi đóng năm học",
  "records.audit.action.classPlanStarted": "Đã bắt đầu kế hoạch cho cả lớp",
  "records.audit.action.classPlanCarried":
    "Đã bắt đầu kế hoạch cho cả lớp; kế hoạch này tiếp nối một kế hoạch đã đóng",
  "records.audit.action.planCarried": "Đã tiếp nối một kế hoạch đã đóng thành kế hoạch mới",
  "records.audit.action.gradePlansDownloaded":
    "Đã tải xuống các kế hoạch của cả khối lớp trong một tệp PDF",
  "records.audit.role.administrator": "quản trị viên",
  "records.audit.role.teacher": "giáo viên",
  "records.audit.role.student": "học sinh",
  "records.audit.role.guardian": "thành viên gia đình",
  "records.audit.previous": "Trang trước",
  "records.audit.next": "Trang sau",
  "records.audit.pageOf": "Trang {page, number} / {pages, number}",
  "records.audit.studentHint":
    "Nhập tên hoặc mã trong danh sách (sourcedId); để trống để xem mọi học sinh.",
  "records.audit.personHint":
    "Nhập tên hoặc mã trong danh sách (sourcedId); để trống để xem mọi người.",
  "records.audit.rosterId": "mã trong danh sách {id}",
  "records.audit.problem.dayOrder":
    "«{field}» ở trước «Từ ngày», nên không mục nào có thể khớp: hãy chọn một ngày sau đó.",
  "records.audit.problem.unknownStudent": "Không có học sinh nào của học khu này có mã “{id}”.",
  "records.audit.problem.unknownPerson": "Không có ai trong học khu này có mã “{id}”.",
  "records.audit.problem.noStudent":
    "Không có học sinh nào trong nhật ký truy cập khớp với “{words}”.",
  "records.audit.problem.noPerson": "Không có ai trong nhật ký truy cập khớp với “{words}”.",
  "records.audit.problem.severalStudents":
    "{count, plural, other {Có # học sinh}} trong nhật ký truy cập khớp với “{words}”: hãy " +
    "chọn một học sinh bên dưới.",
  "records.audit.problem.severalPeople":
    "{count, plural, other {Có # người}} trong nhật ký truy cập khớp với “{words}”: hãy chọn " +
    "một người bên dưới.",
  "records.audit.problem.moreStudents":
    "Có hơn {count, number} học sinh trong nhật ký truy cập khớp với “{words}”: hãy chọn một " +
    "trong {count, number} học sinh đầu tiên bên dưới, hoặc nhập thêm tên.",
  "records.audit.problem.morePeople":
    "Có hơn {count, number} người trong nhật ký truy cập khớp với “{words}”: hãy chọn một " +
    "trong {count, number} người đầu tiên bên dưới, hoặc nhập thêm tên.",
  "records.problem.day": "{field} phải là một ngày có thật, viết theo dạng YYYY-MM-DD.",

  "records.year.title": "Năm học",
  "records.year.intro":
    "Khi đóng một năm học, mọi kế hoạch còn mở của trường sẽ được đóng và mọi kế hoạch của " +
    "năm đó được lưu trữ: vẫn đọc và in được, nhưng không ai có thể thay đổi. Sau đó có thể " +
    "bắt đầu kế hoạch mới cho năm học mới.",
  "records.year.nextYearNote":
    "Khi đã có kế hoạch của năm học hiện tại được chia sẻ hoặc thống nhất, các kế hoạch bắt " +
    "đầu từ “Năm sau” vẫn mở, cho mọi học sinh: sau khi đóng năm, đó là kế hoạch của năm mới.",
  "records.year.closeHeading": "Đóng năm học",
  "records.year.school": "Trường",
  "records.year.label": "Tên năm học",
  "records.year.labelHint": "Ví dụ 2025–2026. Tối đa {max, number} ký tự.",
  "records.year.openedAt": "Thời điểm trang này được mở",
  "records.year.confirm": "Tôi hiểu rằng mọi kế hoạch của năm này sẽ chỉ còn để đọc",
  "records.year.submit": "Đóng năm học",
  "records.year.openPlans":
    "{count, plural, other {# kế hoạch}} thuộc năm học hiện tại của {school}.",
  "records.year.closed":
    "{label} đã đóng: {archived, plural, other {# kế hoạch}} được lưu trữ, " +
    "{closed, plural, other {# kế hoạch}} trong số đó vừa được đóng.",
  "records.year.history": "Các năm đã đóng",
  "records.year.none": "Chưa có năm học nào được đóng.",
  "records.year.nothingToClose":
    "Không có gì để đóng: năm học hiện tại của trường này không có kế hoạch nào. Có thể " +
    "năm học vừa được đóng; xem Các năm đã đóng.",
  "records.year.labelUsed":
    "Trường này đã đóng một năm học tên là {label}: xem Các năm đã đóng. Hãy đặt tên khác " +
    "cho năm học này.",
  "records.year.closedMeanwhile":
    "Năm học của trường này đã được đóng với tên {label} sau khi trang này được mở, nên các " +
    "kế hoạch hiện có thuộc về năm học mới và được giữ nguyên. Để đóng năm học mới, hãy mở " +
    "lại trang Năm học.",
  "records.year.name": "Năm học",
  "records.year.closedOn": "Ngày đóng",
  "records.year.archivedCount": "Kế hoạch đã lưu trữ",
  "records.problem.confirm": "Vui lòng đánh dấu “{field}” để xác nhận.",
  "records.problem.openedAt":
    "“{field}” không phải là ngày giờ thực cho đến nay, nên biểu mẫu đã bị thay đổi trên " +
    "đường gửi. Hãy mở lại Năm học và đóng năm học từ đó.",
  "records.problem.yearNumber": "“{field}” phải có số của năm, ví dụ 2025–2026.",
  "records.problem.yearSpan":
    "Trong “{field}”, năm thứ hai phải là năm ngay sau năm thứ nhất, ví dụ 2025–2026.",

  "records.delete.title": "Xóa hồ sơ của {name}",
  "records.delete.intro":
    "Khi gia đình yêu cầu, nhà trường có thể xóa mọi thứ ứng dụng này lưu về một học sinh: hồ " +
    "sơ cá nhân, kế hoạch, nhận định, bình luận, ghi chú trao đổi, cuộc họp, lần theo dõi, thẻ " +
    "đăng nhập, liên kết gia đình và các email gửi về học sinh. Không thể hoàn tác. Nhật ký " +
    "truy cập chỉ giữ lại số lượng, không có tên hay mã.",
  "records.delete.holds":
    "Ứng dụng đang lưu {plans, plural, other {# kế hoạch}} và " +
    "{statements, plural, other {# nhận định}} của học sinh này.",
  "records.delete.backups":
    "Các bản sao lưu tạo trước hôm nay vẫn chứa hồ sơ cho đến khi được thay thế; các bản sao " +
    "lưu tạo từ nay sẽ không có. Hãy xóa học sinh khỏi danh sách của trường nữa, nếu không " +
    "lần nhập tiếp theo sẽ đưa họ trở lại.",
  "records.delete.name": "Họ tên đầy đủ của học sinh",
  "records.delete.nameHint": "Để xác nhận, hãy gõ đúng như hiển thị: {name}",
  "records.delete.submit": "Xóa vĩnh viễn hồ sơ của học sinh",
  "records.delete.link": "Xóa hồ sơ của học sinh này",
  "records.delete.done":
    "Đã xóa hồ sơ của học sinh: {plans, plural, other {# kế hoạch}} và " +
    "{statements, plural, other {# nhận định}}.",
  "records.problem.nameMismatch": "{field} phải khớp từng chữ với tên hiển thị.",
};
