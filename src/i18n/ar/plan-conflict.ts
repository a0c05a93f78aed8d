import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "تغيّرت هذه الكلمات أثناء تحريرك لها",
  "plans.conflict.lead":
    "حفظ شخص آخر تغييرًا على هذه الكلمات أثناء تحريرك لها. لم يُحفظ نصك بعد: يُرجى المقارنة بين " +
    "النصين، ثم حفظ الكلمات المراد إبقاؤها.",
  "plans.conflict.leadYours":
    "حفظت تغييرًا على هذه الكلمات في علامة تبويب أو نافذة أخرى أثناء تحريرها هنا. " +
    "ما كتبته هنا لم يُحفظ بعد: يُرجى المقارنة بين النصين، ثم حفظ الكلمات المراد إبقاؤها.",
  "plans.conflict.yours": "ما كتبته",
  "plans.conflict.current": "الكلمات الموجودة في الخطة الآن",
  "plans.conflict.mergeHint":
    "نصك في المربع أدناه. يمكن أن يُضاف إليه ما يُراد إبقاؤه من الكلمات الموجودة في الخطة الآن، " +
    "ثم يُحفظ.",
  "plans.conflict.gone.title": "تعذّر حفظ كلماتك",
  "plans.unsaved.lead": "لم يُحفظ شيء. هذا ما كتبته، لنسخه.",
  "plans.unsaved.signedOut": "انتهى تسجيل دخولك قبل الحفظ.",
  "plans.unsaved.fault": "حدث خطأ من جهتنا.",
  "plans.unsaved.gone": "موضوع الكتابة لم يعد في الخطة، أو لم يعد بإمكانك فتحه.",
  "plans.unsaved.signIn": "تسجيل الدخول مرة أخرى",
  "plans.unsaved.signInHint":
    "بعد تسجيل الدخول مرة أخرى، يُرجى العودة إلى علامة التبويب هذه وفتح صفحة الكتابة: ستعود " +
    "كلماتك إليها. وإن لم تعد، فالأفضل نسخها من هنا أولًا.",
  "plans.unsaved.back": "العودة إلى صفحة الكتابة",
  "plans.draft.restored": "أُعيد ملؤها: كلمات كتبتها في علامة التبويب هذه ولم تُحفظ بعد.",
};
