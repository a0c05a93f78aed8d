import type { program as english } from "../en/program.ts";
import type { Messages } from "../messages.ts";

export const program: Messages<typeof english> = {
  "program.nav": "Chương trình",
  "program.title": "Chương trình MAP",
  "program.intro":
    "Tình hình các Kế hoạch Hành động Toán trong năm học {year}: các kế hoạch bắt đầu từ " +
    "ngày 1 tháng 8 và mọi kế hoạch vẫn còn mở.",
  "program.ownClasses": "Thầy cô thấy học sinh của các lớp mình dạy.",
  "program.filters": "Lọc số liệu",
  "program.filter.teacher": "Giáo viên",
  "program.filter.grade": "Khối lớp",
  "program.filter.class": "Lớp",
  "program.filter.teacherChoice": "{name} ({detail})",
  "program.filter.classChoiceDetail": "{title} ({school}, {detail})",
  "program.filter.any": "Tất cả",
  "program.filter.apply": "Hiển thị",
  "program.filter.clear": "Bỏ bộ lọc",
  "program.empty": "Không có kế hoạch nào khớp với các bộ lọc này.",
  "program.filter.outside": "Không có trong danh sách của bạn",
  "program.empty.outside":
    "Giáo viên, lớp hoặc khối trong địa chỉ này không có trong danh sách của bạn (thuộc trường " +
    "khác, hoặc không còn trong danh sách trường), nên không có kế hoạch nào được tính. Hãy chọn " +
    "trong danh sách.",
  "program.filter.school": "Trường",
  "program.empty.outsideSchool":
    "Trường trong địa chỉ này không phải là trường của bạn (hoặc không còn trong danh sách " +
    "trường), nên không có kế hoạch nào được tính. Hãy chọn trong danh sách.",
  "program.filter.teacherHint":
    "Quá nhiều để liệt kê: hãy nhập tên hoặc mã trong danh sách (sourcedId), hoặc để trống " +
    "để xem mọi giáo viên.",
  "program.filter.classHint":
    "Quá nhiều để liệt kê: hãy nhập tên lớp, mã lớp hoặc mã trong danh sách (sourcedId), " +
    "hoặc để trống để xem mọi lớp.",
  "program.filter.schoolFirst":
    "Hãy chọn trường trước để chọn trong danh sách riêng của trường " + "(tối đa {count, number}).",
  "program.filter.noTeacher":
    "Không có giáo viên nào khớp với “{words}”: số liệu là của mọi giáo viên.",
  "program.filter.severalTeachers":
    "{count, plural, other {Có # giáo viên}} khớp với “{words}”: hãy chọn một giáo viên bên " +
    "dưới. Cho đến lúc đó, số liệu là của mọi giáo viên.",
  "program.filter.moreTeachers":
    "Có hơn {count, number} giáo viên khớp với “{words}”: hãy chọn một trong {count, number} " +
    "giáo viên đầu tiên bên dưới, hoặc nhập thêm tên. Cho đến lúc đó, số liệu là của mọi " +
    "giáo viên.",
  "program.filter.noClass": "Không có lớp nào khớp với “{words}”: số liệu là của mọi lớp.",
  "program.filter.severalClasses":
    "{count, plural, other {Có # lớp}} khớp với “{words}”: hãy chọn một lớp bên dưới. Cho " +
    "đến lúc đó, số liệu là của mọi lớp.",
  "program.filter.moreClasses":
    "Có hơn {count, number} lớp khớp với “{words}”: hãy chọn một trong {count, number} lớp " +
    "đầu tiên bên dưới, hoặc nhập thêm tên lớp. Cho đến lúc đó, số liệu là của mọi lớp.",
  "program.filter.rosterId": "mã trong danh sách {id}",
  "program.filter.leftOut": "Đã bỏ khỏi bộ lọc những mục không có ở {school}: {filters}.",
  "program.filter.leftOut.teacher": "giáo viên {name}",
  "program.filter.leftOut.class": "lớp {title}",
  "program.filter.leftOut.grade": "khối lớp {grade}",
  "program.intro.afterClose":
    "Tình hình các Kế hoạch Hành động Toán trong năm học hiện tại: các kế hoạch bắt đầu từ " +
    "ngày 1 tháng 8 và mọi kế hoạch vẫn còn mở, trừ các kế hoạch của một năm học đã đóng.",
  "program.intro.closedYear":
    "Tình hình các Kế hoạch Hành động Toán trong {year}, một năm học đã được quản trị viên " +
    "đóng: các kế hoạch của năm đó đã được lưu trữ và chỉ có thể đọc.",
  "program.filter.year": "Năm học",
  "program.year.current": "Năm học hiện tại",
  "program.year.closed": "{year} (đã đóng)",
  "program.empty.currentYear": "Chưa có kế hoạch nào được bắt đầu trong năm học hiện tại.",
  "program.empty.nextStep":
    "Bắt đầu các kế hoạch của năm nay: cho cả lớp cùng lúc, hoặc tiếp nối từ một kế hoạch đã " +
    "đóng",
  "program.empty.closedYears":
    "Số liệu của một năm học đã đóng vẫn được giữ: hãy chọn năm đó ở mục Năm học rồi bấm " +
    "Hiển thị.",
  "program.empty.closedYear": "Không có kế hoạch nào thuộc năm học đã đóng này.",
  "program.stages.title": "Kế hoạch theo giai đoạn",
  "program.stages.chart": "Biểu đồ cột các kế hoạch theo giai đoạn. Bảng cho cùng số liệu.",
  "program.stage": "Giai đoạn",
  "program.plans": "Kế hoạch",
  "program.total": "Tất cả kế hoạch",
  "program.byTeacher.title": "Kế hoạch theo giáo viên",
  "program.byTeacher.note": "Học sinh học lớp của hai giáo viên được tính cho cả hai.",
  "program.teacher": "Giáo viên",
  "program.bySchool.title": "Kế hoạch theo trường",
  "program.bySchool.note":
    "Mỗi kế hoạch được tính một lần, tại trường của kế hoạch đó. Hãy chọn một trường để xem " +
    "giáo viên của trường.",
  "program.school": "Trường",
  "program.byTeacher.pages": "Các trang giáo viên",
  "program.byTeacher.previous": "Giáo viên trước",
  "program.byTeacher.next": "Giáo viên tiếp theo",
  "program.byTeacher.pageOf": "Trang {page, number} / {pages, number}",
  "program.byGrade.title": "Kế hoạch theo khối lớp",
  "program.grade": "Khối lớp",
  "program.grade.none": "Không có khối lớp",
  "program.checkIns.title": "Buổi kiểm tra tiến độ",
  "program.checkIns.overdue": "Quá hạn",
  "program.checkIns.dueSoon": "Đến hạn trong 7 ngày tới",
  "program.checkIns.student": "Học sinh",
  "program.checkIns.due": "Ngày đến hạn",
  "program.checkIns.none": "Không có buổi kiểm tra nào quá hạn hay đến hạn trong 7 ngày tới.",
  "program.checkIns.first": "{count, number} buổi đầu tiên theo ngày đến hạn:",
  "program.checkIns.open": "Mở kế hoạch",
  "program.families.title": "Gia đình tham gia",
  "program.families.chart":
    "Biểu đồ cột các kế hoạch có gia đình tham gia, theo cách tham gia. Bảng cho cùng số liệu.",
  "program.families.way": "Cách tham gia",
  "program.families.plans": "Kế hoạch",
  "program.families.opened": "Một người trong gia đình đã mở kế hoạch",
  "program.families.wrote": "Một người trong gia đình đã viết một điểm mạnh hoặc một hành động",
  "program.families.attended": "Một người trong gia đình đã đến một buổi họp",
  "program.families.any": "Đã tham gia theo một trong các cách này",
  "program.identity.title": "Học sinh nhìn nhận bản thân trong môn toán ra sao",
  "program.identity.intro":
    "Học sinh đã trả lời ở hai lần trở lên: câu trả lời trung bình (1 rất không đồng ý đến " +
    "5 rất đồng ý) ở lần đầu và lần gần nhất.",
  "program.identity.chart":
    "Biểu đồ đường của câu trả lời trung bình cho mỗi câu ở lần đầu và lần gần nhất. Bảng " +
    "cho cùng số liệu.",
  "program.identity.chart.same":
    "{sitting}: {statements} có cùng mức trung bình, {average}: các dấu của chúng nằm cạnh " +
    "nhau.",
  "program.identity.statement": "Câu {n, number}",
  "program.identity.statementColumn": "Câu",
  "program.identity.first": "Lần đầu",
  "program.identity.latest": "Lần gần nhất",
  "program.identity.students": "Học sinh",
  "program.identity.up": "Tăng lên",
  "program.identity.same": "Giữ nguyên",
  "program.identity.down": "Giảm xuống",
  "program.identity.earlierWording":
    "Đã sửa lời trong thời gian này: {count, plural, other {# học sinh}} đã trả lời theo " +
    "lời cũ.",
  "program.export.title": "Tải số liệu xuống",
  "program.export.hint":
    "Tệp CSV các số liệu với bộ lọc đã chọn. Khi không có tên, mỗi người là một mã ẩn danh " +
    "chỉ có giá trị trong một tệp.",
  "program.export.withNames": "CSV có tên",
  "program.export.withoutNames": "CSV không có tên",
  "program.csv.schoolYear": "Năm học",
  "program.csv.section": "Phần",
  "program.csv.group": "Nhóm",
  "program.csv.measure": "Chỉ số",
  "program.csv.value": "Giá trị",
  "program.csv.schoolFilter": "Bộ lọc trường",
  "program.csv.teacherFilter": "Bộ lọc giáo viên",
  "program.csv.gradeFilter": "Bộ lọc khối lớp",
  "program.csv.classFilter": "Bộ lọc lớp",
  "program.csv.outside": "Không có trong danh sách của bạn: không tính kế hoạch nào",
  "program.csv.fileGrade": "khối lớp {grade}",
  "program.csv.fileOutside": "không có kết quả khớp",
  "program.links.title": "Công việc của nhóm",
  "program.links.reflections": "Suy ngẫm và quyết định của nhóm",
  "program.links.nextYear": "Năm tới: bắt đầu kế hoạch",
  "program.links.schoolYear": "Kết thúc một năm học",

  "reflections.title": "Suy ngẫm và quyết định của nhóm",
  "reflections.intro":
    "Chỉ dành cho nhân viên nhà trường: học sinh và gia đình không bao giờ thấy trang này. " +
    "Sau các buổi kiểm tra, mỗi giáo viên viết về một kế hoạch hoặc cả năm đã diễn ra thế " +
    "nào; nhóm cùng đọc và ghi lại điều đã quyết định cho năm tới.",
  "reflections.school": "Trường",
  "reflections.chooseSchool": "Hiển thị trường này",
  "reflections.year": "Năm học {year}",
  "reflections.list.title": "Suy ngẫm",
  "reflections.none": "Chưa có suy ngẫm nào trong năm học này.",
  "reflections.onPlan": "Về kế hoạch của {name}",
  "reflections.onYear": "Về cả năm",
  "reflections.byAuthor": "{name}, {date}",
  "reflections.write.title": "Viết một suy ngẫm",
  "reflections.field.plan": "Nội dung về",
  "reflections.plan.year": "Cả năm, không phải một kế hoạch",
  "reflections.plan.hint": "Kế hoạch của học sinh của thầy cô đã có ít nhất một buổi kiểm tra.",
  "reflections.field.body": "Suy ngẫm",
  "reflections.body.hint":
    "Mọi việc diễn ra thế nào? Điều gì đã giúp học sinh, và thầy cô sẽ thay đổi gì?",
  "reflections.save": "Lưu suy ngẫm",
  "reflections.saved": "Suy ngẫm đã được lưu.",
  "reflections.decisions.title": "Điều nhóm đã quyết định cho năm tới",
  "reflections.decisions.none": "Nhóm chưa ghi lại quyết định nào trong năm học này.",
  "reflections.field.decision": "Quyết định của nhóm",
  "reflections.decision.hint": "Năm tới nhóm sẽ giữ, thay đổi hoặc thử điều gì?",
  "reflections.decision.save": "Ghi lại quyết định",
  "reflections.decision.saved": "Quyết định của nhóm đã được ghi lại.",
  "reflections.problem.noCheckIn":
    "Suy ngẫm về một kế hoạch được viết sau buổi kiểm tra đầu tiên. Hãy chọn kế hoạch khác " +
    "hoặc viết về cả năm.",

  "nextYear.title": "Năm tới",
  "nextYear.intro":
    "Bắt đầu bản nháp kế hoạch cho cả lớp cùng lúc, hoặc bắt đầu kế hoạch mới của một học " +
    "sinh từ kế hoạch đã đóng của năm ngoái.",
  "nextYear.school": "Trường",
  "nextYear.pickSchool":
    "{count, plural, other {Các lớp của bạn thuộc # trường}}: " +
    "hãy chọn một trường để xem các lớp của trường đó.",
  "nextYear.noSchoolChosen": "Chọn một trường",
  "nextYear.chooseSchool": "Hiển thị các lớp",
  "nextYear.schoolUnknown":
    "Trường trong địa chỉ này không thuộc phạm vi của bạn (hoặc không còn trong danh sách). " +
    "Hãy chọn một trường trong danh sách.",
  "nextYear.class": "Lớp",
  "nextYear.chooseClass": "Hiển thị lớp này",
  "nextYear.noClasses": "Không có lớp nào để bắt đầu kế hoạch.",
  "nextYear.summary":
    "Học sinh trong lớp: {students, number}. Đã có kế hoạch đang mở: {open, number}.",
  "nextYear.startAll": "Bắt đầu bản nháp kế hoạch cho mọi học sinh của {title}",
  "nextYear.forNextYear":
    "Năm học của trường này đang diễn ra (đã có kế hoạch được chia sẻ hoặc thống nhất): các " +
    "kế hoạch bắt đầu ở đây là của năm sau, và khi đóng năm nay chúng vẫn mở.",
  "nextYear.forThisYear":
    "Chưa có kế hoạch nào của năm học hiện tại ở trường này được chia sẻ hoặc thống nhất: các " +
    "kế hoạch bắt đầu ở đây là của năm nay.",
  "nextYear.allHavePlans":
    "Mọi học sinh của lớp này đều đã có kế hoạch đang mở: không có kế hoạch nào để bắt đầu.",
  "nextYear.noStudents": "Lớp này chưa có học sinh: không có kế hoạch nào để bắt đầu.",
  "nextYear.startHint":
    "Học sinh đã có kế hoạch đang mở sẽ được bỏ qua. Học sinh có kế hoạch đã đóng sẽ bắt đầu " +
    "từ kế hoạch gần nhất, được tiếp nối.",
  "nextYear.started":
    "Đã bắt đầu {started, number} ({carried, number} tiếp nối từ một kế hoạch đã đóng), bỏ " +
    "qua {skipped, number} (đã có kế hoạch).",
  "nextYear.carry.title": "Tiếp nối một kế hoạch đã đóng",
  "nextYear.carry.intro":
    "Bản nháp mới giữ lại các điểm mạnh, lĩnh vực cần cải thiện và hành động còn trên kế " +
    "hoạch đã đóng, theo tiếng nói của người đã viết, được đánh dấu là được tiếp nối.",
  "nextYear.carry.none":
    "Không học sinh nào của lớp này có kế hoạch đã đóng mà chưa có kế hoạch mở.",
  "nextYear.carry.student": "Học sinh",
  "nextYear.carry.closedOn": "Đã đóng",
  "nextYear.carry.button": "Bắt đầu kế hoạch năm tới từ kế hoạch này",
  "nextYear.carry.buttonThisYear": "Bắt đầu kế hoạch mới từ kế hoạch này",
  "nextYear.forStudent": "cho {name}",
  "nextYear.problem.notClosed": "Chỉ có thể tiếp nối một kế hoạch đã đóng.",
  "nextYear.fromPlan": "Kế hoạch đã đóng ngày {date}, nơi kế hoạch này bắt đầu",
  "nextYear.fromPlanUndated": "Kế hoạch đã đóng, nơi kế hoạch này bắt đầu",
  "nextYear.carried": "Tiếp nối từ kế hoạch đã đóng ngày {date}",
  "nextYear.carriedUndated": "Tiếp nối từ một kế hoạch đã đóng",
  "nextYear.notCarried":
    "Học sinh này đã có một kế hoạch đang mở, nên không có gì được tiếp nối. Đây là kế hoạch đó.",
  "program.plansPdf.title": "Các kế hoạch của một khối lớp trong một tệp PDF",
  "program.plansPdf.hint":
    "Mỗi kế hoạch bắt đầu ở một trang mới. Khối lớp đông sẽ tải xuống lâu hơn.",
  "program.plansPdf.link": "Khối {grade}: {count, plural, other {# kế hoạch}} (PDF)",
  "program.plansPdf.none": "Không có kế hoạch nào của khối {grade} để bạn tải xuống.",
  "program.plansPdf.badGrade": "Hãy chọn một khối lớp trong danh sách để tải các kế hoạch.",
};
