import type { meetings as english } from "../en/meetings.ts";
import type { Messages } from "../messages.ts";

export const meetings: Messages<typeof english> = {
  "meetings.link": "مواعيد الاجتماع",
  "meetings.title": "مواعيد الاجتماع: خطة {studentName}",
  "meetings.familyIntro":
    "دعوة من {teacherName} للاجتماع بكم والحديث عن خطة عمل الرياضيات الخاصة بـ{studentName}. " +
    "اختاروا الموعد الذي يناسب أسرتكم، أو اطلبوا موعدًا آخر.",
  "meetings.staffIntro":
    "اقترح موعدين أو ثلاثة لاجتماع الخطة. تختار الأسرة واحدًا بلمسة واحدة، ثم تصل دعوة " +
    "تقويم إلى كل من لديه عنوان بريد إلكتروني.",
  "meetings.readerIntro": "المواعيد المقترحة لاجتماع الخطة، والموعد المتفق عليه.",
  "meetings.back": "العودة إلى الخطة",
  "meetings.none": "لم تُقترح مواعيد للاجتماع بعد.",
  "meetings.proposal.heading": "مواعيد مقترحة من {name} يوم {day}",
  "meetings.status.proposed": "بانتظار أن تختار الأسرة موعدًا.",
  "meetings.status.asked": "طلبت الأسرة موعدًا آخر.",
  "meetings.status.agreed": "تم الاتفاق: {when}",
  "meetings.status.cancelled": "أُلغي هذا الاجتماع.",
  "meetings.where.place": "المكان: {place}",
  "meetings.where.video": "الانضمام عبر الفيديو",
  "meetings.duration":
    "{minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} " +
    "many {# دقيقة} other {# دقيقة}}",
  "meetings.zone": "المواعيد بتوقيت المدرسة ({zone}).",
  "meetings.choose.heading": "أي موعد يناسبكم؟",
  "meetings.choose.button": "اختيار {when}",
  "meetings.familyNote": "ملاحظة من الأسرة: {note}",
  "meetings.another.summary": "لا يناسبنا أي من هذه المواعيد",
  "meetings.another.submit": "طلب موعد آخر",
  "meetings.field.note": "ملاحظة قصيرة للمعلم",
  "meetings.hint.note": "مثلًا، الأيام أو الأوقات التي تناسبكم. {max, number} حرفًا على الأكثر.",
  "meetings.propose.heading": "اقتراح مواعيد للاجتماع",
  "meetings.field.firstTime": "الموعد الأول",
  "meetings.field.secondTime": "الموعد الثاني",
  "meetings.field.thirdTime": "الموعد الثالث (اختياري)",
  "meetings.hint.time": "بتوقيت المدرسة، {zone}.",
  "meetings.field.place": "المكان",
  "meetings.hint.place": "قاعة، أو اتركه فارغًا وضع رابط فيديو. {max, number} حرفًا على الأكثر.",
  "meetings.field.videoLink": "رابط الفيديو",
  "meetings.hint.videoLink": "يبدأ بـ https://",
  "meetings.field.duration": "المدة بالدقائق",
  "meetings.propose.submit": "إرسال المواعيد إلى الأسرة",
  "meetings.reschedule.summary": "تغيير موعد هذا الاجتماع",
  "meetings.field.newTime": "الموعد الجديد",
  "meetings.reschedule.submit": "تغيير موعد الاجتماع وإرسال التحديث",
  "meetings.cancel.submit": "إلغاء الاجتماع وإبلاغ الجميع",
  "meetings.saved.proposed": "المواعيد في طريقها إلى الأسرة.",
  "meetings.saved.chosen": "شكرًا لكم. تم الاتفاق على الاجتماع والدعوات في طريقها.",
  "meetings.saved.asked": "شكرًا لكم. وصلت ملاحظتكم إلى {teacherName}.",
  "meetings.saved.rescheduled": "تغيّر موعد الاجتماع. يتلقى الجميع دعوة محدّثة.",
  "meetings.saved.cancelled": "أُلغي الاجتماع. أُبلغ الجميع.",
  "meetings.problem.twoTimes": "يُرجى إعطاء موعدين مختلفين على الأقل.",
  "meetings.problem.past": "يجب أن يكون {field} بعد الآن.",
  "meetings.problem.noTime": "يُرجى اختيار أحد المواعيد المقترحة.",
  "meetings.problem.notOpen": "لم يعد هذا الاجتماع بانتظار اختيار موعد.",
  "meetings.problem.notAgreed": "لا يمكن تغيير موعد اجتماع أو إلغاؤه إلا بعد الاتفاق عليه.",
  "meetings.problem.changed": "تغيّر الاجتماع في هذه الأثناء. يُرجى النظر فيه مرة أخرى.",
  "meetings.event.summary": "اجتماع خطة الرياضيات: {studentName}",
  "meetings.event.description":
    "اجتماع حول خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName}، مع {teacherName}.",
  "meetings.event.checkIn": "متابعة الخطة: {studentName}",
  "meetings.event.checkInDescription": "متابعة لإجراءات خطة {studentName}.",
  "meetings.history.proposed": "{name}: اقتراح مواعيد للاجتماع.",
  "meetings.history.chosen": "{name}: اختيار موعد الاجتماع، {when}.",
  "meetings.history.asked": "{name}: طلب موعد آخر للاجتماع.",
  "meetings.history.rescheduled": "{name}: تغيير موعد الاجتماع إلى {when}.",
  "meetings.history.cancelled": "{name}: إلغاء الاجتماع المحدد في {when}.",
  "calendar.title": "تقويمك",
  "calendar.link": "إضافة اجتماعات الخطة إلى تقويمي",
  "calendar.intro":
    "يستطيع تطبيق التقويم على هاتفك أو حاسوبك أن يعرض اجتماعات الخطة المتفق عليها وأيام " +
    "متابعة الخطة. أعطه العنوان الخاص أدناه، في إضافة تقويم أو الاشتراك.",
  "calendar.private":
    "كل من لديه هذا العنوان يستطيع رؤية هذه المواعيد، فاحتفظ به لنفسك. إن وصل إلى غيرك، " +
    "فأعد تعيينه: يتوقف العنوان القديم عن العمل فورًا.",
  "calendar.create": "الحصول على عنوان تقويمي",
  "calendar.reset": "إعادة تعيين عنوان تقويمي",
  "calendar.address": "عنوان تقويمك الخاص",
  "calendar.shownOnce": "يظهر هذه المرة فقط. انسخه الآن إلى تطبيق التقويم.",
  "calendar.alreadyReset":
    "سبق إنشاء عنوان تقويم جديد من هذه الصفحة، وهو يُعرض مرة واحدة فقط: العنوان الذي نسخته " +
    "حينها هو الذي يعمل. إذا لم تنسخه، فأعد تعيينه مرة أخرى.",
  "calendar.hasFeed":
    "أنشأت عنوان تقويم في {day}. لا يظهر مرة أخرى؛ أعد تعيينه للحصول على عنوان جديد.",
  "calendar.name": "خطط الرياضيات: {name}",
  "mail.meeting.proposed.subject": "اختاروا موعدًا للحديث عن خطة الرياضيات الخاصة بـ{studentName}",
  "mail.meeting.greeting": "مرحبًا {name}،",
  "mail.meeting.proposed.intro":
    "دعوة من {teacherName} للاجتماع بكم والحديث عن خطة عمل الرياضيات الخاصة بـ{studentName} في " +
    "{schoolName}. هذه المواعيد ممكنة:",
  "mail.meeting.proposed.open": "اختيار موعد",
  "mail.meeting.proposed.linkNote":
    "يسجّل هذا الزر دخولكم مرة واحدة خلال {hours, number} ساعة. بعد ذلك، سجّلوا الدخول " +
    "بعنوان بريدكم الإلكتروني لرؤية المواعيد.",
  "mail.meeting.invitation.subject": "اجتماع حول خطة الرياضيات الخاصة بـ{studentName}: {when}",
  "mail.meeting.update.subject":
    "تغيّر موعد الاجتماع: خطة الرياضيات الخاصة بـ{studentName}، الآن {when}",
  "mail.meeting.cancel.subject": "أُلغي الاجتماع: خطة الرياضيات الخاصة بـ{studentName}، {when}",
  "mail.meeting.invitation.intro":
    "تم الاتفاق على الاجتماع حول خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName}.",
  "mail.meeting.update.intro":
    "للاجتماع حول خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName} موعد جديد.",
  "mail.meeting.cancel.intro":
    "أُلغي الاجتماع حول خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName}.",
  "mail.meeting.when": "الموعد: {when} ({zone})",
  "mail.meeting.calendarNote":
    "يستطيع تطبيق البريد أو التقويم لديكم إضافة الاجتماع من هذه الرسالة، أو إزالته.",
  "mail.meeting.footer": "أرسلته {schoolName} عبر خطط العمل في الرياضيات.",
  "meetings.status.withdrawn": "سُحبت هذه المواعيد؛ لم تعد الأسرة تراها.",
  "meetings.times.heading": "المواعيد المقترحة",
  "meetings.times.chosen": "{when} (اختيار الأسرة)",
  "meetings.withdraw.submit": "سحب هذه المواعيد",
  "meetings.proposeNew": "اقتراح مواعيد جديدة",
  "meetings.saved.withdrawn": "سُحبت المواعيد. لم تعد الأسرة تراها.",
  "meetings.history.withdrawn": "{name}: سحب مواعيد الاجتماع المقترحة.",
  "meetings.problem.skippedTime":
    "{field}: الساعة {time} غير موجودة يوم {day} في {place} لأن الساعات تتقدم؛ اختر وقتًا آخر.",
  "mail.meeting.asked.subject":
    "طلب من {familyName}: موعد آخر للاجتماع بشأن خطة الرياضيات الخاصة بـ{studentName}",
  "mail.meeting.asked.intro":
    "وصل طلب من {familyName} لموعد آخر للاجتماع بشأن خطة العمل في الرياضيات الخاصة " +
    "بـ{studentName} في {schoolName}. لا يناسبهم أي من المواعيد المقترحة.",
  "mail.meeting.asked.note": "ملاحظتهم: {note}",
  "mail.meeting.asked.next": "في صفحة الاجتماع يمكنك سحب هذه المواعيد واقتراح مواعيد جديدة.",
};
