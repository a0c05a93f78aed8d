import type { plans as english } from "../en/plans.ts";
import type { Messages } from "../messages.ts";

/*
 * Words of the plan pages (Vietnamese). Plans describe students by their strengths, never by
 * deficits: an area of improvement is a next step in learning.
 */
const sectionSelect =
  "{section, select, strength {một điểm mạnh} area {một lĩnh vực cần cải thiện} " +
  "student_action {một hành động của học sinh} teacher_action {một hành động của giáo viên} " +
  "family_action {một hành động của gia đình} other {một mục}}";

export const plans: Messages<typeof english> = {
  "plans.title": "Kế hoạch Hành động Toán học của {name}",
  "plans.stageIs": "Giai đoạn: {stage}",
  "plans.notOnRoster":
    "{name} không còn trong danh sách trường (không hoạt động từ một lần nhập danh sách). Kế " +
    "hoạch được giữ nguyên: cho đến khi danh sách có lại học sinh này, giáo viên, gia đình và " +
    "chính {name} không thể mở kế hoạch. Bạn vẫn có thể đọc, bổ sung và đóng kế hoạch này.",
  "plans.stage.draft": "Bản nháp",
  "plans.stage.shared": "Đã chia sẻ với gia đình",
  "plans.stage.agreed": "Đã thống nhất",
  "plans.stage.checking_in": "Đang theo dõi tiến độ",
  "plans.stage.closed": "Đã kết thúc",
  "plans.nextCheckIn": "Lần kiểm tra tiến độ tiếp theo: {day}",
  "plans.overdue": "Đã quá hạn",
  "plans.agreedOn": "Kế hoạch được thống nhất vào {when}",

  "plans.writtenIn": "Viết bằng {language}",
  "plans.students.overdueHeading": "{count, plural, other {# buổi trao đổi đã quá hạn}}",
  "plans.students.overdueSince": "đến hạn ngày {date}",
  "plans.vision.heading": "Tầm nhìn Toán học",
  "plans.vision.empty": "Nhà trường chưa viết Tầm nhìn Toán học.",
  "plans.progressSection.heading": "Tiến bộ trong Toán học",
  "plans.strengths.heading": "Điểm mạnh",
  "plans.strengths.intro":
    "Những điều học sinh này làm tốt trong môn toán, theo cách nhìn của học sinh, gia đình và " +
    "giáo viên.",
  "plans.areas.heading": "Lĩnh vực cần cải thiện",
  "plans.areas.intro":
    "Những bước tiếp theo trong việc học, mỗi bước kèm theo các điểm mạnh sẽ giúp học sinh đạt " +
    "được.",
  "plans.areas.helpedBy": "Những điểm mạnh sẽ giúp ích:",
  "plans.actionPlan.heading": "Kế hoạch hành động",
  "plans.studentActions.heading": "Hành động của học sinh",
  "plans.teacherActions.heading": "Hành động của giáo viên",
  "plans.familyActions.heading": "Hành động của gia đình",
  "plans.statements.none": "Chưa có gì ở đây.",
  "plans.statements.edited": "(đã sửa)",
  "plans.statements.edit": "Sửa lời của tôi",
  "plans.statements.retire": "Xóa",
  "plans.progressIs": "Tiến độ: {progress}",
  "plans.progress.not_started": "Chưa bắt đầu",
  "plans.progress.under_way": "Đang thực hiện",
  "plans.progress.done": "Đã xong",
  "plans.progress.changed": "Đã điều chỉnh",

  "plans.add.strength.student": "Thêm một điểm mạnh của tôi",
  "plans.add.strength.family": "Thêm một điểm mạnh chúng tôi thấy ở nhà",
  "plans.add.strength.teacher": "Thêm một điểm mạnh",
  "plans.add.area.teacher": "Thêm một lĩnh vực cần cải thiện",
  "plans.add.area.student": "Thêm một điều tôi muốn làm tốt hơn",
  "plans.add.area.family": "Thêm một lĩnh vực cần cải thiện chúng tôi thấy ở nhà",
  "plans.add.studentAction.student": "Thêm một việc tôi sẽ làm",
  "plans.add.studentAction.teacher": "Thêm một hành động của học sinh",
  "plans.add.teacherAction.teacher": "Thêm một hành động của giáo viên",
  "plans.add.familyAction.family": "Thêm một việc gia đình chúng tôi sẽ làm",
  "plans.add.familyAction.teacher": "Thêm một hành động của gia đình",
  "plans.add.submit": "Thêm vào kế hoạch",

  "plans.field.section": "Phần",
  "plans.field.strength": "Điểm mạnh",
  "plans.field.area": "Lĩnh vực cần cải thiện",
  "plans.field.studentAction": "Hành động của học sinh",
  "plans.field.teacherAction": "Hành động của giáo viên",
  "plans.field.familyAction": "Hành động của gia đình",
  "plans.field.helpedBy": "Những điểm mạnh sẽ giúp ích",
  "plans.field.comment": "Bình luận",
  "plans.field.commentOn": "Bình luận của bạn về mục này",
  "plans.field.prompt": "Câu hỏi",
  "plans.field.conferenceNote": "Điều học sinh đã nói",
  "plans.field.startsAt": "Ngày và giờ",
  "plans.field.place": "Địa điểm",
  "plans.field.videoLink": "Liên kết video",
  "plans.field.meetingNotes": "Ghi chú cuộc họp",
  "plans.field.attendees": "Những người tham dự",
  "plans.field.firstCheckInOn": "Lần kiểm tra tiến độ đầu tiên",
  "plans.field.progress": "Tiến độ của các hành động",
  "plans.field.progressOn": "Tiến độ của: {action}",
  "plans.field.checkInNote": "Ghi chú kiểm tra tiến độ",
  "plans.field.nextCheckInOn": "Lần kiểm tra tiến độ tiếp theo",

  "plans.hint.strength.teacher":
    "Điều học sinh này giỏi, thích hoặc tự hào trong môn toán. Tối đa {max, number} ký tự.",
  "plans.hint.strength.student":
    "Điều em giỏi, thích hoặc tự hào trong môn toán, viết bằng lời của em (ví dụ “em nhận ra " +
    "quy luật của các con số”). Tối đa {max, number} ký tự.",
  "plans.hint.strength.family":
    "Điều con của quý vị giỏi, thích hoặc tự hào trong môn toán, ở nhà hay ở bất cứ đâu (ví dụ " +
    "“con tự đếm tiền thối khi đi chợ”). Tối đa {max, number} ký tự.",
  "plans.hint.area.teacher":
    "Một bước tiếp theo trong việc học của học sinh này, viết dưới dạng mục tiêu của em hoặc mục " +
    "tiêu chung của thầy cô và em (ví dụ “giải thích cách suy nghĩ khi làm phân số”). Tối đa " +
    "{max, number} ký tự.",
  "plans.hint.area.student":
    "Điều em muốn làm tốt hơn trong môn toán, viết dưới dạng mục tiêu (ví dụ “giải thích cách " +
    "em suy nghĩ khi làm phân số”). Tối đa {max, number} ký tự.",
  "plans.hint.area.family":
    "Điều quý vị mong con mình tiến bộ hơn, viết dưới dạng mục tiêu (ví dụ “giải thích cách con " +
    "suy nghĩ khi làm phân số”). Tối đa {max, number} ký tự.",
  "plans.hint.action":
    "Một bước mà ai đó sẽ thực hiện, viết bằng lời của chính họ. Tối đa {max, number} ký tự.",
  "plans.hint.helpedBy": "Chọn những điểm mạnh trong kế hoạch này sẽ giúp ích cho bước này.",
  "plans.hint.noStrengthsYet":
    "Hãy thêm điểm mạnh trước; sau đó mỗi lĩnh vực cần cải thiện có thể nêu tên những điểm mạnh " +
    "sẽ giúp ích.",
  "plans.hint.comment":
    "Mọi người trong kế hoạch này đều đọc được bình luận. Tối đa {max, number} ký tự.",
  "plans.hint.ownWords":
    "Đây là lời của bạn. Lịch sử của kế hoạch vẫn giữ nội dung trước đó. Tối đa {max, number} " +
    "ký tự.",
  "plans.hint.conferenceNote":
    "Nếu được, hãy ghi bằng chính lời của học sinh. Chỉ nhân viên nhà trường xem được ghi chú " +
    "trò chuyện. Tối đa {max, number} ký tự.",
  "plans.hint.startsAt": "Giờ địa phương của trường ({zone}).",
  "plans.hint.place":
    "Một phòng học, hoặc “gọi điện thoại”. Hãy ghi địa điểm, liên kết video, hoặc cả hai. " +
    "Tối đa {max, number} ký tự.",
  "plans.hint.videoLink": "Một địa chỉ web bắt đầu bằng https://",
  "plans.hint.meetingNotes":
    "Mọi người trong kế hoạch này đều đọc được các ghi chú này. Tối đa {max, number} ký tự.",
  "plans.hint.firstCheckInOn": "Hai tuần sau hôm nay, trừ khi bạn chọn ngày khác.",
  "plans.hint.checkInNote":
    "Điều gì đã diễn ra tốt và điều gì đã thay đổi. Mọi người trong kế hoạch này đều đọc được. " +
    "Tối đa {max, number} ký tự.",
  "plans.hint.nextCheckInOn":
    "Được đặt theo nhịp kiểm tra tiến độ của trường, trừ khi bạn chọn ngày khác.",

  "plans.comment.onStatement": "Bình luận về mục này",
  "plans.comment.submit": "Đăng bình luận",
  "plans.comments.heading": "Bình luận",
  "plans.comments.none": "Chưa có bình luận nào.",

  "plans.conference.heading": "Ghi chú trò chuyện",
  "plans.conference.staffOnly":
    "Chỉ nhân viên nhà trường xem được các ghi chú này. Học sinh và gia đình không bao giờ thấy.",
  "plans.conference.none": "Chưa có ghi chú trò chuyện nào.",
  "plans.conference.guide": "Những câu hỏi gợi ý cho cuộc trò chuyện với học sinh:",
  "plans.conference.submit": "Lưu ghi chú",
  "plans.prompt.confident": "Em thấy tự tin về điều gì trong môn toán?",
  "plans.prompt.proud": "Hãy kể về một lần em thấy tự hào về cách suy nghĩ toán học của mình.",
  "plans.prompt.hard_problem": "Điều gì giúp em khi gặp một bài toán khó?",
  "plans.prompt.get_better": "Tiếp theo em muốn giỏi hơn ở điều gì?",
  "plans.prompt.math_at_home": "Em dùng toán ở đâu khi ở nhà hoặc ngoài trường học?",
  "plans.prompt.none": "Ghi chú khác",

  "plans.meetings.heading": "Cuộc họp",
  "plans.meetings.none": "Chưa có cuộc họp nào.",
  "plans.meeting.add": "Ghi lại một cuộc họp",
  "plans.meeting.submit": "Lưu cuộc họp",
  "plans.meeting.place": "Địa điểm: {place}",
  "plans.meeting.video": "Liên kết video của cuộc họp",
  "plans.meeting.attended": "Người tham dự: {names}",
  "plans.meeting.attendeeChoice": "{name} ({role})",
  "plans.role.student": "học sinh",
  "plans.role.guardian": "gia đình",
  "plans.role.teacher": "giáo viên",
  "plans.role.administrator": "nhân viên nhà trường",

  "plans.agree.heading": "Thống nhất kế hoạch",
  "plans.agree.intro":
    "Khi học sinh, gia đình và giáo viên đã cùng trao đổi về kế hoạch, hãy đánh dấu là đã " +
    "thống nhất. Việc này sẽ lên lịch cho lần kiểm tra tiến độ đầu tiên.",
  "plans.agree.submit": "Đánh dấu kế hoạch đã thống nhất",

  "plans.checkIns.heading": "Các lần kiểm tra tiến độ",
  "plans.checkIns.none": "Chưa có lần kiểm tra tiến độ nào.",
  "plans.checkIn.add": "Ghi lại một lần kiểm tra tiến độ",
  "plans.checkIn.submit": "Lưu lần kiểm tra tiến độ",

  "plans.close.hint":
    "Hãy kết thúc kế hoạch khi công việc của nó đã xong. Kế hoạch vẫn ở đây để đọc lại, và có " +
    "thể bắt đầu một kế hoạch mới.",
  "plans.close.submit": "Kết thúc kế hoạch này",
  "plans.close.confirm":
    "Kế hoạch đã kết thúc không thể mở lại. Các thời gian họp mà gia đình chưa trả lời sẽ được " +
    "rút lại.",
  "plans.close.yes": "Có, kết thúc kế hoạch này",

  "plans.share.heading": "Chia sẻ với gia đình",
  "plans.share.intro": "Gửi kế hoạch cho gia đình và in thẻ đăng nhập.",
  "plans.share.link": "Chia sẻ kế hoạch này với gia đình",

  "plans.history.heading": "Lịch sử",
  "plans.history.none": "Chưa có gì xảy ra với kế hoạch này.",
  "plans.history.someone": "Một người",
  "plans.history.before": "Trước",
  "plans.history.after": "Sau",
  "plans.event.started": "{name} đã bắt đầu kế hoạch.",
  "plans.event.shared": "{name} đã chia sẻ kế hoạch với gia đình.",
  "plans.event.agreed":
    "{name} đã đánh dấu kế hoạch là đã thống nhất. Lần kiểm tra tiến độ đầu tiên: {day}.",
  "plans.event.closed": "{name} đã kết thúc kế hoạch.",
  "plans.event.closedSecondOpenPlan":
    "Ứng dụng đã kết thúc kế hoạch này khi được cập nhật: học sinh có một kế hoạch khác mới " +
    "hơn đang mở, và kế hoạch đó vẫn tiếp tục.",
  "plans.event.statementAdded": `{name} đã thêm ${sectionSelect}.`,
  "plans.event.statementEdited": `{name} đã sửa lời của ${sectionSelect}.`,
  "plans.event.statementRetired": `{name} đã xóa ${sectionSelect}.`,
  "plans.event.commentAdded": "{name} đã thêm một bình luận.",
  "plans.event.conferenceNoteAdded": "{name} đã thêm một ghi chú trò chuyện.",
  "plans.event.meetingRecorded": "{name} đã ghi lại một cuộc họp vào {when}.",
  "plans.event.checkInRecorded":
    "{name} đã ghi lại một lần kiểm tra tiến độ, với tiến độ của " +
    "{count, plural, other {# hành động}}. Lần kiểm tra tiến độ tiếp theo: {day}.",
  "plans.event.other": "{name} đã thay đổi kế hoạch.",

  "plans.print.link": "Bản để in",
  "plans.print.button": "In",
  "plans.print.back": "Quay lại kế hoạch",
  "plans.print.printedOn": "In ngày {day}",
  "plans.print.dates": "Các cuộc họp và lần kiểm tra tiến độ",
  "plans.print.meeting": "Cuộc họp vào {when}",

  "plans.edit.title": "Sửa lời của bạn: {section}",
  "plans.edit.intro":
    "Chỉ bạn mới sửa được lời của mình. Những người khác có thể trả lời bằng một bình luận.",

  "plans.saved.started": "Kế hoạch đã bắt đầu. Hãy bắt đầu với những điểm mạnh của học sinh.",
  "plans.saved.statement": "Đã thêm vào kế hoạch.",
  "plans.saved.edited": "Lời của bạn đã được cập nhật.",
  "plans.saved.retired": "Đã xóa khỏi kế hoạch. Phần lịch sử vẫn lưu lại mục này.",
  "plans.saved.comment": "Bình luận của bạn đã được đăng.",
  "plans.saved.note": "Đã lưu ghi chú trò chuyện.",
  "plans.saved.meeting": "Đã ghi lại cuộc họp.",
  "plans.saved.agreed":
    "Kế hoạch đã được thống nhất và lần kiểm tra tiến độ đầu tiên đã được lên lịch.",
  "plans.saved.checkIn": "Đã ghi lại lần kiểm tra tiến độ và lên lịch cho lần tiếp theo.",
  "plans.saved.closed": "Kế hoạch đã kết thúc.",

  "plans.students.chooseClass":
    "{count, plural, other {Có # lớp}}: hãy chọn một lớp để xem học sinh và kế hoạch của các em.",
  "plans.students.studentCount": "{count, plural, other {# học sinh}}",
  "plans.students.allClasses": "Tất cả các lớp",
  "plans.students.title": "Học sinh của tôi",
  "plans.students.titleAll": "Học sinh",
  "plans.students.noClasses": "Danh sách trường chưa có lớp nào của bạn.",
  "plans.students.noStudents": "Lớp này chưa có học sinh nào.",
  "plans.students.noClass": "Học sinh chưa thuộc lớp nào",
  "plans.students.student": "Học sinh",
  "plans.students.stage": "Giai đoạn kế hoạch",
  "plans.students.nextCheckIn": "Lần kiểm tra tiến độ tiếp theo",
  "plans.students.plan": "Kế hoạch",
  "plans.students.noPlan": "Chưa có kế hoạch",
  "plans.students.nextYearStage": "{stage}, cho năm sau",
  "plans.students.openPlan": "Mở kế hoạch",
  "plans.students.viewPlan": "Xem kế hoạch",
  "plans.students.start": "Bắt đầu Kế hoạch Hành động Toán học",
  "plans.students.forStudent": "cho {name}",
  "plans.students.chooseSchool":
    "{count, plural, other {Có # trường}}: hãy chọn một trường để xem các lớp của trường đó.",
  "plans.students.schools": "Các trường",
  "plans.students.schoolSize":
    "{classes, plural, other {# lớp}}, {count, plural, other {# học sinh}}",
  "plans.students.allSchools": "Tất cả các trường",
  "plans.students.findClassIntro":
    "{count, plural, other {Trường này có # lớp}}, quá nhiều để liệt kê: hãy tìm một lớp theo " +
    "tên lớp, mã lớp hoặc mã trong danh sách.",
  "plans.students.findClass": "Tìm một lớp",
  "plans.students.findClassHint":
    "Nhập một phần tên lớp (ví dụ Toán 7), mã lớp hoặc mã trong danh sách (sourcedId).",
  "plans.students.find": "Tìm",
  "plans.students.classMatches":
    "{count, plural, other {Có # lớp}} khớp với “{words}”: hãy chọn một lớp.",
  "plans.students.moreClassMatches":
    "Có hơn {count, number} lớp khớp với “{words}”: hãy chọn một trong {count, number} lớp " +
    "đầu tiên bên dưới, hoặc nhập thêm tên lớp.",
  "plans.students.noClassMatches":
    "Không có lớp nào của trường này khớp với “{words}”. Hãy thử một phần tên lớp, mã lớp " +
    "hoặc mã trong danh sách.",
  "plans.students.notYourSchool":
    "Trường trong địa chỉ này không phải là trường của bạn (hoặc không còn trong danh sách " +
    "trường), nên các lớp của trường đó không được hiển thị. Hãy chọn trong các trường của " +
    "bạn bên dưới.",
  "plans.students.overdueCount": "{count, plural, other {# buổi trao đổi quá hạn}}",
  "plans.students.overdueMoreClasses":
    "{count, plural, other {Còn # lớp khác}} có buổi trao đổi quá hạn.",
  "plans.students.overdueInClasses":
    "Mỗi lớp dưới đây cho biết bao nhiêu học sinh của lớp có buổi trao đổi quá hạn: một học " +
    "sinh học nhiều lớp được tính ở mỗi lớp.",
  "plans.students.overdueInSchools":
    "Mỗi trường bên dưới cho biết trường có bao nhiêu buổi trong số đó.",

  "plans.problem.day": "{field} phải là một ngày, ví dụ 2025-03-14.",
  "plans.problem.futureDay": "{field} phải là một ngày sau hôm nay.",
  "plans.problem.dateTime": "{field} phải có ngày và giờ.",
  "plans.problem.link": "{field} phải là một địa chỉ web bắt đầu bằng https://",
  "plans.problem.plainHttpLink":
    "{field} bắt đầu bằng http://, không an toàn để gia đình mở. Vui lòng ghi địa chỉ của " +
    "cuộc họp bắt đầu bằng https:// (các dịch vụ video đều có địa chỉ này).",
  "plans.problem.placeOrLink": "Vui lòng ghi địa điểm, liên kết video, hoặc cả hai.",
  "plans.problem.notAnAttendee":
    "{field} chỉ có thể là học sinh, gia đình của học sinh và giáo viên của học sinh.",
  "plans.problem.strengthGone":
    "{field}: một trong các điểm mạnh đã chọn không còn trong kế hoạch. Vui lòng chọn lại.",
  "plans.problem.actionGone":
    "{field}: một trong các hành động không còn trong kế hoạch. Vui lòng xem lại kế hoạch.",
  "plans.problem.closed": "Kế hoạch này đã kết thúc nên không thể thay đổi nữa.",
  "plans.problem.startedMeanwhile":
    "Cùng lúc này, một kế hoạch của học sinh này vừa được bắt đầu hoặc kết thúc. Vui lòng thử lại.",
  "plans.problem.noSchool":
    "Học sinh này chưa thuộc trường nào trong danh sách trường, nên chưa thể bắt đầu kế hoạch.",
  "plans.problem.notYourSection": "Bạn không thể thêm vào phần đó của kế hoạch.",
  "plans.problem.notYourWords":
    "Chỉ người viết mục này mới sửa được. Thay vào đó, bạn có thể thêm một bình luận.",
  "plans.problem.alreadyAgreed": "Kế hoạch này đã được thống nhất rồi.",
  "plans.problem.notAgreedYet":
    "Các lần kiểm tra tiến độ bắt đầu sau khi kế hoạch được thống nhất.",
};
