import type { languageCoach as english } from "../en/language-coach.ts";
import type { Messages } from "../messages.ts";

export const languageCoach: Messages<typeof english> = {
  "languageCoach.title": "Một gợi ý về cách diễn đạt",
  "languageCoach.intro":
    "{count, plural, other {Những cụm từ này có thể khiến người đọc hiểu là học sinh còn " +
    "thiếu gì, thay vì em đang xây dựng điều gì:}}",
  "languageCoach.finding": "“{phrase}”",
  "languageCoach.whileTyping": "Đây chỉ là gợi ý: bạn vẫn có thể lưu nguyên văn lời của mình.",
  "languageCoach.afterSave":
    "Lời của bạn đã được lưu đúng như bạn viết. Nếu muốn, bạn có thể sửa lại với gợi ý này.",
  "languageCoach.tooLong":
    "Trợ lý diễn đạt chỉ đọc tối đa {max, number} ký tự mỗi lần, nên văn bản này chưa được " +
    "kiểm tra. Bạn vẫn có thể lưu.",
  "languageCoach.tooMany":
    "Trợ lý diễn đạt tạm nghỉ sau nhiều lần kiểm tra liên tiếp. Bạn vẫn có thể lưu văn bản; " +
    "một phút nữa trợ lý sẽ đọc lại.",
  "languageCoach.cli.usage":
    "Cách dùng: maps check-language --lang en|es [--json] < cac-cau.txt\n\n" +
    "Đọc mỗi dòng một câu và cho biết câu đó có nhấn vào điều còn thiếu hay không, kèm các " +
    "cụm từ tìm thấy và cách nói dựa trên điểm mạnh.",
  "languageCoach.cli.badLanguage": "Không biết ngôn ngữ “{lang}”: hãy chọn en hoặc es với --lang.",
  "languageCoach.cli.noLanguage": "Hãy chọn danh sách từ với --lang en hoặc --lang es.",
  "languageCoach.cli.unknownOption": "Tùy chọn không hợp lệ {option}.",
  "languageCoach.cli.deficit": "dòng {line}: nhấn vào điều còn thiếu ({phrases})",
  "languageCoach.cli.strength": "dòng {line}: dựa trên điểm mạnh",
  "languageCoach.cli.suggestion": "  thử: {suggestion}",
  "languageCoach.cli.rules": "Không đọc được danh sách từ. {problem}",
};
