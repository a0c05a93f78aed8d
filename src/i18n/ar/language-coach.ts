import type { languageCoach as english } from "../en/language-coach.ts";
import type { Messages } from "../messages.ts";

export const languageCoach: Messages<typeof english> = {
  "languageCoach.title": "فكرة حول الصياغة",
  "languageCoach.intro":
    "{count, plural, zero {لا توجد عبارات تُقرأ على أنها ما ينقص الطالب.} one {قد تُقرأ هذه " +
    "العبارة على أنها ما ينقص الطالب بدلًا مما يبنيه:} two {قد تُقرأ هاتان العبارتان على " +
    "أنهما ما ينقص الطالب بدلًا مما يبنيه:} few {قد تُقرأ هذه العبارات على أنها ما ينقص " +
    "الطالب بدلًا مما يبنيه:} many {قد تُقرأ هذه العبارات على أنها ما ينقص الطالب بدلًا مما " +
    "يبنيه:} other {قد تُقرأ هذه العبارات على أنها ما ينقص الطالب بدلًا مما يبنيه:}}",
  "languageCoach.finding": "«{phrase}»",
  "languageCoach.whileTyping": "هذا مجرد اقتراح: يمكنك حفظ كلماتك كما هي.",
  "languageCoach.afterSave":
    "حُفظت كلماتك كما كتبتها. إن أردت، يمكنك تعديلها مع أخذ هذا الاقتراح في الحسبان.",
  "languageCoach.tooLong":
    "يقرأ مساعد الصياغة حتى {max, number} حرف في كل مرة، لذلك لم يُفحص هذا النص. لا يزال " +
    "بإمكانك حفظه.",
  "languageCoach.tooMany":
    "يتوقف مساعد الصياغة قليلًا بعد فحوص كثيرة متتالية. يمكنك حفظ نصك، وسيقرؤه مرة أخرى بعد دقيقة.",
  "languageCoach.cli.usage":
    "الاستخدام: maps check-language --lang en|es [--json] < statements.txt\n\n" +
    "يقرأ عبارة واحدة في كل سطر ويقول هل تُقرأ كل عبارة على أنها تركز على النقص، مع العبارات " +
    "التي وُجدت وطرق لقولها انطلاقًا من نقاط القوة.",
  "languageCoach.cli.badLanguage": "لغة غير معروفة «{lang}»: اختر en أو es مع --lang.",
  "languageCoach.cli.noLanguage": "حدّد قائمة الكلمات مع --lang en أو --lang es.",
  "languageCoach.cli.unknownOption": "خيار غير معروف {option}.",
  "languageCoach.cli.deficit": "السطر {line}: يركز على النقص ({phrases})",
  "languageCoach.cli.strength": "السطر {line}: ينطلق من نقاط القوة",
  "languageCoach.cli.suggestion": "  جرّب: {suggestion}",
  "languageCoach.cli.rules": "تعذّرت قراءة قوائم الكلمات. {problem}",
};
