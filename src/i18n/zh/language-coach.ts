import type { languageCoach as english } from "../en/language-coach.ts";
import type { Messages } from "../messages.ts";

export const languageCoach: Messages<typeof english> = {
  "languageCoach.title": "关于措辞的一点建议",
  "languageCoach.intro":
    "{count, plural, other {这些说法可能让人读成学生缺少什么，而不是学生正在培养什么：}}",
  "languageCoach.finding": "“{phrase}”",
  "languageCoach.whileTyping": "这只是建议：您可以按原样保存您的文字。",
  "languageCoach.afterSave": "您的文字已按原样保存。如果愿意，可以参考这条建议再修改。",
  "languageCoach.tooLong":
    "措辞助手每次最多读取 {max, number} 个字符，因此没有检查这段文字。您仍然可以保存。",
  "languageCoach.tooMany":
    "措辞助手在连续多次检查后暂停一下。您仍然可以保存文字，一分钟后它会再次检查。",
  "languageCoach.cli.usage":
    "用法：maps check-language --lang en|es [--json] < statements.txt\n\n" +
    "每行读取一条陈述，说明它是否侧重于不足，并列出找到的说法和基于优势的表达方式。",
  "languageCoach.cli.badLanguage": "未知语言“{lang}”：请用 --lang 选择 en 或 es。",
  "languageCoach.cli.noLanguage": "请用 --lang en 或 --lang es 指定词表。",
  "languageCoach.cli.unknownOption": "未知选项 {option}。",
  "languageCoach.cli.deficit": "第 {line} 行：侧重于不足（{phrases}）",
  "languageCoach.cli.strength": "第 {line} 行：基于优势",
  "languageCoach.cli.suggestion": "  可以试试：{suggestion}",
  "languageCoach.cli.rules": "无法读取词表。{problem}",
};
