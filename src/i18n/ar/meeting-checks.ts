import type { meetingChecks as english } from "../en/meeting-checks.ts";
import type { Messages } from "../messages.ts";

export const meetingChecks: Messages<typeof english> = {
  "plans.meetings.agreed": "تم الاتفاق: {when}، {where}",
  "plans.meetings.videoCall": "مكالمة فيديو",
  "plans.meetings.agreedLink": "التفاصيل في صفحة مواعيد الاجتماع",
  "plans.problem.heldDay":
    "يجب أن يكون {field} يومًا من {earliest} إلى {latest}: سجّل الاجتماع بعد انعقاده. " +
    "لتحديد اجتماع مسبقًا، اقترح مواعيد في صفحة مواعيد الاجتماع.",
  "plans.problem.heldTime":
    "يجب ألا يكون {field} بعد الآن ({now} بتوقيت المدرسة): سجّل الاجتماع بعد أن يبدأ. " +
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
  "meetings.saved.replaced":
    "المواعيد الجديدة في طريقها إلى الأسرة. سُحبت المواعيد المقترحة من قبل.",
  "meetings.status.cancelledAt": "أُلغي: لن يُعقد الاجتماع المحدد في {when}.",
  "meetings.propose.replaces":
    "تحل هذه المواعيد محل المواعيد المقترحة من {name} في {when}: بعد إرسالها، لا ترى " +
    "الأسرة إلا المواعيد الجديدة.",
  "meetings.moved.title": "تغيّر موعد هذا الاجتماع في هذه الأثناء",
  "meetings.moved.lead":
    "غيّر أحدهم موعد هذا الاجتماع بعد أن فتحت الصفحة، لذلك لم يُحفظ موعدك الجديد. " +
    "موعد الاجتماع الآن {when}.",
  "meetings.moved.tryAgain":
    "موعدك الجديد في النموذج أدناه: أرسله مرة أخرى لنقل الاجتماع إليه، أو أبقِ الاجتماع في " +
    "موعده الحالي.",
  "meetings.cancel.changed":
    "تغيّر موعد هذا الاجتماع بعد أن فتحت هذه الصفحة، لذلك لم يُلغَ شيء. موعده الآن {when}: " +
    "ألغِه فقط إن كنت لا تزال تريد ذلك.",
  "plans.close.cancelsMeeting":
    "يُلغى الاجتماع المتفق عليه في {when} مع إغلاق الخطة، ويُبلَّغ كل المدعوين الذين لديهم " +
    "عنوان بريد إلكتروني.",
  "meetings.closedIntro":
    "أُغلقت هذه الخطة في {day}. لم يعد ممكنًا اقتراح اجتماعاتها أو اختيارها أو " +
    "تغييرها؛ وفيما يلي ما آلت إليه المواعيد المقترحة.",
  "meetings.status.cancelledWithPlan": "أُلغي مع إغلاق الخطة: لن يُعقد الاجتماع المحدد في {when}.",
  "meetings.status.withdrawnWithPlan": "سُحبت هذه المواعيد عند إغلاق الخطة.",
  "meetings.history.cancelledWithPlan": "{name}: إغلاق الخطة، وبه أُلغي الاجتماع المحدد في {when}.",
  "meetings.history.withdrawnWithPlan":
    "{name}: إغلاق الخطة، وبه سُحبت مواعيد الاجتماع التي لم تُختر بعد.",
  "mail.meeting.cancel.planClosed":
    "أُغلقت خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName}، ولذلك أُلغي " +
    "الاجتماع المتعلق بها.",
  "mail.meeting.cancelCalendarNote":
    "يستطيع تطبيق البريد أو التقويم لديكم إزالة الاجتماع من تقويمكم من خلال هذه " + "الرسالة.",
  "mail.meeting.update.movedFrom":
    "تغيّر موعد الاجتماع حول خطة عمل الرياضيات الخاصة بـ{studentName} في " +
    "{schoolName}. كان في {before}، وأصبح الآن في {when}.",
  "mail.meeting.proposed.replaces":
    "تحل هذه المواعيد محل المواعيد التي أُرسلت إليكم من قبل، وقد سُحبت تلك " + "المواعيد.",
  "mail.meeting.withdrawn.subject":
    "سُحبت مواعيد الاجتماع: أُغلقت خطة الرياضيات الخاصة بـ{studentName}",
  "mail.meeting.withdrawn.intro":
    "أُغلقت خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName}، ولذلك سُحبت " +
    "مواعيد الاجتماع المقترحة من {teacherName} ولا حاجة إلى أن تختاروا موعدًا:",
  "mail.meeting.withdrawn.next":
    "إن كنتم ما زلتم ترغبون في الاجتماع، فتواصلوا مع {teacherName} أو مع المدرسة.",
};
