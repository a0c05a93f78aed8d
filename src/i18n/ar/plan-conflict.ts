import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "تغيّرت هذه الكلمات أثناء تحريرك لها",
  "plans.conflict.lead":
    "حفظ شخص آخر تغييرًا على هذه الكلمات أثناء تحريرك لها. لم يُحفظ نصك بعد: قارن بين النصين، ثم " +
    "احفظ الكلمات التي تريد إبقاءها.",
  "plans.conflict.leadYours":
    "حفظت تغييرًا على هذه الكلمات في علامة تبويب أو نافذة أخرى بينما كنت تحررها هنا. " +
    "ما كتبته هنا لم يُحفظ بعد: قارن بين النصين، ثم احفظ الكلمات التي تريد إبقاءها.",
  "plans.conflict.yours": "ما كتبته",
  "plans.conflict.current": "الكلمات الموجودة في الخطة الآن",
  "plans.conflict.mergeHint":
    "نصك في المربع أدناه. أضف إليه ما تريد إبقاءه من الكلمات الموجودة في الخطة الآن، ثم احفظ.",
  "plans.conflict.gone.title": "تعذّر حفظ كلماتك",
  "plans.unsaved.lead": "لم يُحفظ شيء. هذا ما كتبته لكي تتمكن من نسخه.",
  "plans.unsaved.signedOut": "انتهى تسجيل دخولك قبل أن تحفظ، لذلك لم يُحفظ هذا.",
  "plans.unsaved.gone": "ما كنت تكتب عنه لم يعد في الخطة، أو لم يعد بإمكانك فتحه.",
  "plans.unsaved.signIn": "سجّل الدخول مرة أخرى",
  "plans.unsaved.signInHint":
    "بعد أن تسجّل الدخول مرة أخرى، عُد إلى علامة التبويب هذه وافتح الصفحة التي كنت تكتب فيها: " +
    "ستعود كلماتك إليها. وإن لم تعد، فانسخها من هنا أولًا.",
  "plans.unsaved.back": "العودة إلى الصفحة التي كنت تكتب فيها",
  "plans.draft.restored": "أُعيد ملؤها: كلمات كتبتها في علامة التبويب هذه ولم تُحفظ بعد.",
};
