import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "تغيّرت هذه الكلمات أثناء تحريرك لها",
  "plans.conflict.lead":
    "حفظ شخص آخر تغييرًا على هذه الكلمات أثناء تحريرك لها. لم يُحفظ نصك بعد: قارن بين النصين، ثم " +
    "احفظ الكلمات التي تريد إبقاءها.",
  "plans.conflict.yours": "ما كتبته",
  "plans.conflict.current": "الكلمات الموجودة في الخطة الآن",
  "plans.conflict.mergeHint":
    "نصك في المربع أدناه. أضف إليه ما تريد إبقاءه من الكلمات الموجودة في الخطة الآن، ثم احفظ.",
  "plans.conflict.gone.title": "تعذّر حفظ كلماتك",
  "plans.conflict.gone.lead":
    "أثناء تحريرك، أُزيلت هذه الكلمات من الخطة أو توقفت الخطة عن قبول التغييرات. لم يُحفظ شيء. " +
    "هذا ما كتبته لكي تتمكن من نسخه.",
  "plans.conflict.backToPlan": "العودة إلى الخطة",
};
