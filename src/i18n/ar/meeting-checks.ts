import type { meetingChecks as english } from "../en/meeting-checks.ts";
import type { Messages } from "../messages.ts";

export const meetingChecks: Messages<typeof english> = {
  "plans.meetings.agreed": "تم الاتفاق: {when}، {where}",
  "plans.meetings.videoCall": "مكالمة فيديو",
  "plans.meetings.agreedLink": "التفاصيل في صفحة مواعيد الاجتماع",
  "plans.problem.heldDay":
    "يجب أن يكون {field} يومًا من {earliest} إلى {latest}: سجّل الاجتماع بعد انعقاده. " +
    "لتحديد اجتماع مسبقًا، اقترح مواعيد في صفحة مواعيد الاجتماع.",
  "plans.problem.withinYear": "يجب ألا يكون {field} بعد {latest}، أي خلال سنة من اليوم.",
  "plans.meetingCorrection.gone":
    "لم يعد سجل هذا الاجتماع في الخطة: " + "أزاله شخص ما بينما كنت تصحّحه.",
  "meetings.hint.duration": "من {min, number} إلى {max, number} دقيقة.",
  "meetings.problem.duration":
    "يجب أن يكون {field} عددًا صحيحًا " + "من {min, number} إلى {max, number}.",
  "meetings.saved.unchanged":
    "الاجتماع في هذا الموعد أصلًا. " + "لم يتغير شيء، ولم يُرسَل تحديث إلى أحد.",
  "meetings.cancel.link": "إلغاء هذا الاجتماع…",
  "meetings.cancel.title": "هل تريد إلغاء هذا الاجتماع؟",
  "meetings.cancel.lead":
    "يصل فورًا إلى كل المدعوين الذين لديهم عنوان بريد إلكتروني، ومنهم أسرة {studentName}، " +
    "بريد بأن الاجتماع أُلغي، ويُحذف من تقاويمهم. لا يمكن التراجع عن ذلك: للاجتماع في وقت " +
    "آخر، اقترح مواعيد جديدة.",
  "meetings.cancel.keep": "إبقاء الاجتماع",
};
