import type { identity as english } from "../en/identity.ts";
import type { Messages } from "../messages.ts";

export const identity: Messages<typeof english> = {
  "identity.starter.mathPerson": "Em thấy mình là người giỏi toán.",
  "identity.starter.enjoy": "Em thích làm toán.",
  "identity.starter.explain": "Em có thể giải thích cách em suy nghĩ trong môn toán.",
  "identity.starter.keepTrying": "Khi toán khó, em vẫn tiếp tục cố gắng.",
  "identity.starter.belong": "Em thuộc về lớp toán của mình.",
  "identity.starter.teachers": "Thầy cô thấy em là người giỏi toán.",
  "identity.starter.family": "Gia đình thấy em là người giỏi toán.",
  "identity.starter.outside": "Em có thể dùng toán ở ngoài trường học.",
  "identity.scale.1": "Rất không đồng ý",
  "identity.scale.2": "Không đồng ý",
  "identity.scale.3": "Không chắc",
  "identity.scale.4": "Đồng ý",
  "identity.scale.5": "Rất đồng ý",
  "identity.scale.preferNot": "Không muốn trả lời",
  "identity.check.title": "Em nhìn nhận bản thân trong môn toán thế nào",
  "identity.check.intro":
    "Không có câu trả lời đúng hay sai. Hãy chọn mức độ em đồng ý với từng câu. Câu trả lời " +
    "là của em: thầy cô xem được, còn gia đình chỉ xem được nếu em cho phép ở bên dưới.",
  "identity.check.occasion.start": "Khi bắt đầu kế hoạch của em",
  "identity.check.occasion.checkIn": "Trước buổi kiểm tra tiến độ ngày {day}",
  "identity.check.submit": "Lưu câu trả lời của em",
  "identity.check.saved": "Câu trả lời của em đã được lưu. Cảm ơn em.",
  "identity.check.back": "Quay lại kế hoạch",
  "identity.problem.answer": "Hãy chọn một câu trả lời cho “{statement}”.",
  "identity.consent.heading": "Ai xem được câu trả lời của em",
  "identity.consent.label": "Gia đình em được xem câu trả lời của em",
  "identity.consent.submit": "Lưu lựa chọn của em",
  "identity.consent.yes":
    "Gia đình em xem được câu trả lời của em. Em có thể đổi lúc nào cũng được.",
  "identity.consent.no": "Chỉ em và thầy cô xem được câu trả lời của em.",
  "identity.consent.saved": "Lựa chọn của em đã được lưu.",
  "identity.section.heading": "Bản sắc toán học theo thời gian",
  "identity.section.intro":
    "Cách {name} trả lời các câu về bản sắc toán học, từ 1 (rất không đồng ý) đến 5 (rất " +
    "đồng ý).",
  "identity.section.none": "Chưa có câu trả lời.",
  "identity.section.hidden": "{name} chỉ chia sẻ các câu trả lời này với thầy cô.",
  "identity.section.answer": "Trả lời các câu về bản sắc toán học",
  "identity.chart.name":
    "Biểu đồ đường về câu trả lời của {name} theo thời gian, mỗi câu một đường. Bảng tiếp " +
    "theo có cùng các câu trả lời.",
  "identity.table.caption": "Câu trả lời của {name}, theo ngày",
  "identity.table.date": "Ngày",
  "identity.table.preferNot": "Không muốn trả lời",
  "identity.table.none": "—",
  "identity.table.scroll": "Bảng câu trả lời (cuộn ngang)",
  "identity.chart.key": "Chú thích",
  "identity.chart.reworded":
    "Câu này đã được sửa lời sau một số câu trả lời: bảng cho biết mỗi câu trả lời ứng " +
    "với lời nào.",
  "identity.chart.quoted": "“{statement}”",
  "identity.chart.same":
    "Ngày {day}, câu trả lời cho {statements} giống nhau, đều là {answer}: các dấu của chúng " +
    "nằm cạnh nhau.",
  "identity.table.askedAs": "lúc đó hỏi là “{wording}”",
  "identity.admin.title": "Các câu về bản sắc toán học",
  "identity.admin.link": "Các câu về bản sắc toán học",
  "identity.admin.intro":
    "Học sinh trả lời các câu này khi bắt đầu kế hoạch và trước mỗi buổi kiểm tra tiến độ. " +
    "Sửa lời vẫn giữ các câu trả lời đã có, vì vậy chỉ sửa để nói cùng một ý rõ hơn; muốn " +
    "hỏi điều mới, hãy thêm một câu. Kế hoạch vẫn hiển thị đúng lời đã hỏi khi học sinh trả " +
    "lời. Ngừng dùng một câu thì không hỏi câu đó nữa nhưng vẫn giữ các câu trả lời.",
  "identity.admin.forSchool": "Cho {school}",
  "identity.admin.current": "Đang hỏi",
  "identity.admin.retiredHeading": "Đã ngừng dùng",
  "identity.admin.reword": "Sửa lời",
  "identity.admin.retire": "Ngừng dùng",
  "identity.admin.add": "Thêm một câu",
  "identity.admin.editTitle": "Sửa lời một câu",
  "identity.admin.save": "Lưu lời câu",
  "identity.admin.back": "Quay lại các câu",
  "identity.admin.hint":
    "Tối đa {max, number} ký tự cho mỗi ngôn ngữ. Bắt buộc có tiếng Anh; ngôn ngữ để trống " +
    "sẽ hiện lời tiếng Anh.",
  "identity.admin.field.en": "Câu bằng tiếng Anh",
  "identity.admin.field.es": "Câu bằng tiếng Tây Ban Nha",
  "identity.admin.field.vi": "Câu bằng tiếng Việt",
  "identity.admin.field.zh": "Câu bằng tiếng Trung",
  "identity.admin.field.ar": "Câu bằng tiếng Ả Rập",
  "identity.admin.saved": "Câu đã được lưu.",
  "identity.admin.retiredNotice": "Câu đã ngừng dùng. Các câu trả lời vẫn được giữ.",
  "updates.heading": "Cập nhật trước buổi kiểm tra tiến độ",
  "updates.none": "Chưa có cập nhật nào từ học sinh hoặc gia đình.",
  "updates.link": "Gửi cập nhật trước buổi kiểm tra tiến độ",
  "updates.title": "Cập nhật của tôi trước buổi kiểm tra tiến độ",
  "updates.intro":
    "Trước buổi kiểm tra tiến độ ngày {day}, hãy cho giáo viên biết vài lời về mọi việc đang " +
    "thế nào và các hành động của bạn đã tiến đến đâu.",
  "updates.noCheckIn":
    "Chưa có buổi kiểm tra tiến độ nào được lên lịch. Hãy quay lại khi kế hoạch đã được " +
    "thống nhất.",
  "updates.field.wentWell": "Điều gì diễn ra tốt",
  "updates.field.wasHard": "Điều gì khó khăn",
  "updates.field.progress": "Tiến độ các hành động của tôi",
  "updates.hint.words": "Tối đa {max, number} ký tự.",
  "updates.progressOn": "Tiến độ của: {action}",
  "updates.progress.unchanged": "Không có gì thay đổi",
  "updates.noActions": "Bạn chưa có hành động nào của riêng mình trong kế hoạch.",
  "updates.submit": "Gửi cập nhật của tôi",
  "updates.saved": "Cập nhật của bạn đã được gửi. Giáo viên sẽ xem ở buổi kiểm tra tiến độ.",
  "updates.sentAt": "Gửi lần cuối {when}. Gửi lại sẽ thay thế bản trước.",
  "updates.introFamily":
    "Trước buổi kiểm tra tiến độ ngày {day}, xin quý vị cho giáo viên của {studentName} biết " +
    "vài lời về mọi việc ở nhà đang thế nào và các hành động của gia đình đã tiến đến đâu.",
  "updates.savedFamily":
    "Cập nhật của quý vị đã được gửi. Giáo viên của {studentName} sẽ xem ở buổi kiểm tra tiến " +
    "độ.",
  "updates.field.progressFamily": "Tiến độ các hành động của gia đình",
  "updates.noActionsFamily": "Gia đình chưa có hành động nào của riêng mình trong kế hoạch.",
  "updates.wentWell": "Điều diễn ra tốt: {words}",
  "updates.wasHard": "Điều khó khăn: {words}",
  "updates.problem.empty":
    "Hãy viết điều gì diễn ra tốt hoặc điều gì khó khăn, hoặc đánh dấu tiến độ của một hành " +
    "động.",
  "updates.problem.notYourAction":
    "{field}: bạn chỉ có thể đánh dấu tiến độ cho hành động của chính mình còn trong kế " +
    "hoạch.",
  "updates.problem.noCheckIn":
    "Kế hoạch này không có buổi kiểm tra tiến độ nào sắp tới, nên không có gì để cập nhật.",
  "versions.heading": "Mọi phiên bản của những lời này",
  "versions.written": "Phiên bản {version, number}: do {name} viết, {when}",
  "versions.edited": "Phiên bản {version, number}: do {name} sửa, {when}",
  "versions.retired": "Phiên bản {version, number}: do {name} gỡ khỏi kế hoạch, {when}",
};
