import type { backup as english } from "../en/backup.ts";
import type { Messages } from "../messages.ts";

export const backup: Messages<typeof english> = {
  "backup.cli.usage":
    "الاستخدام: maps backup ملف\n\nيكتب نسخة احتياطية متسقة من قاعدة البيانات كلها في الملف " +
    "بينما يستمر التطبيق في العمل. قاعدة البيانات هي ‎./data (أو DATA_DIR)، أو PostgreSQL عند " +
    "ضبط DATABASE_URL.",
  "restore.cli.usage":
    "الاستخدام: maps restore ملف\n\nيستعيد نسخة احتياطية أنشأها maps backup إلى مجلد بيانات فارغ " +
    "(DATA_DIR) أو إلى قاعدة بيانات PostgreSQL فارغة (DATABASE_URL). أوقف التطبيق أولًا ثم شغّله " +
    "بعد ذلك.",
  "backup.cli.oneFile": "اذكر اسم ملف واحد فقط.",
  "backup.cli.noDatabase": "لا توجد قاعدة بيانات في {folder} لنسخها احتياطيًا.",
  "backup.cli.written": "كُتبت النسخة الاحتياطية لقاعدة بيانات {kind} في {file} ({bytes} بايت).",
  "restore.cli.restored":
    "استُعيدت نسخة {kind} الاحتياطية المنشأة في {createdAt} من {file}. شغّل التطبيق لاستخدامها.",
  "backup.problem.notBackup": "{file} ليس نسخة احتياطية من Math Action Plans، أو أنه تالف.",
  "backup.problem.wrongKind":
    "{file} نسخة احتياطية من قاعدة بيانات {kind}؛ اضبط النوع نفسه من قواعد البيانات لاستعادتها " +
    "(DATABASE_URL لـ PostgreSQL، ولا شيء لـ SQLite).",
  "backup.problem.targetNotEmpty":
    "قاعدة البيانات الهدف تحتوي على بيانات بالفعل، لذلك لم يُستعد شيء. استعد إلى مجلد بيانات " +
    "جديد فارغ (DATA_DIR) أو إلى قاعدة بيانات PostgreSQL جديدة فارغة (DATABASE_URL).",
  "backup.problem.toolFailed": "فشلت أداة قاعدة البيانات: {detail}",
  "backup.problem.noSuchFile": "{file} غير موجود.",
};
