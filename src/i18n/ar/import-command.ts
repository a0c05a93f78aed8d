import type { importCommand as english } from "../en/import-command.ts";
import type { Messages } from "../messages.ts";

export const importCommand: Messages<typeof english> = {
  "roster.cli.setUpFirst":
    "لا توجد مدرسة في قاعدة البيانات هذه بعد، لذلك لم يُستورد شيء: الاستيراد لا ينشئ " +
    "المسؤول الأول، ولن يتمكن أحد من تسجيل الدخول. أعِدّ المدرسة أولًا: شغّل npm start، " +
    "وافتح التطبيق في متصفح، وأنشئ المدرسة ومسؤولها الأول، ثم استورد مرة أخرى بالإعداد " +
    "نفسه DATA_DIR (أو DATABASE_URL).",
  "roster.cli.beforeFirstImport":
    "قبل الاستيراد الأول، أعِدّ المدرسة: شغّل npm start وأنشئ المدرسة ومسؤولها الأول في\n" +
    "متصفح. إذا لم تكن في قاعدة البيانات مدرسة، فلا يستورد الأمر شيئًا ويقول ذلك.\n\n" +
    "مع --json، إذا لم يستطع الأمر الاستيراد (استُدعي بشكل خاطئ، أو لا توجد مدرسة أو منطقة\n" +
    'تعليمية، أو أُوقف)، يطبع كائن JSON واحدًا فيه "imported": false وكلمة "problem" و"message".',
};
