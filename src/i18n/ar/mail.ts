import type { mail as english } from "../en/mail.ts";
import type { Messages } from "../messages.ts";

export const mail: Messages<typeof english> = {
  "mail.linkFallback": "إذا لم يعمل الزر، يمكن نسخ هذا العنوان إلى المتصفح:",
  "mail.checkInReminder.subject":
    "متابعة {when, select, today {اليوم} other {غدًا}}: خطة عمل الرياضيات الخاصة بـ{studentName}",
  "mail.checkInReminder.preview":
    "متابعة {studentName} {when, select, today {اليوم} other {غدًا}}، {date}.",
  "mail.checkInReminder.title":
    "متابعة لخطة {studentName} {when, select, today {اليوم} other {غدًا}}",
  "mail.checkInReminder.greeting": "مرحبًا {name}،",
  "mail.checkInReminder.intro":
    "لخطة عمل الرياضيات الخاصة بـ{studentName} متابعة في {date}. إنها فرصة لننظر معًا في سير " +
    "الإجراءات ونغيّرها إن لزم الأمر.",
  "mail.checkInReminder.update":
    "يمكنكم قبل ذلك إرسال تحديث قصير من الخطة: ما الذي سار جيدًا وما الذي كان صعبًا.",
  "mail.checkInReminder.open": "فتح خطة {studentName}",
  "mail.checkInReminder.footer":
    "تصلكم هذه الرسالة لأنكم جزء من خطة عمل الرياضيات الخاصة بـ{studentName} في {schoolName}.",
  "mail.planShared.subject": "خطة العمل في الرياضيات الخاصة بـ{studentName} من {schoolName}",
  "mail.planShared.title": "خطة العمل في الرياضيات الخاصة بـ{studentName}",
  "mail.planShared.preview":
    "وصلتك من {teacherName} خطة العمل في الرياضيات الخاصة بـ{studentName}.",
  "mail.planShared.greeting": "مرحبًا {guardianName}،",
  "mail.planShared.intro":
    "وصلتك من {teacherName} في {schoolName} خطة العمل في الرياضيات الخاصة بـ{studentName}. " +
    "تذكر الخطة نقاط القوة لدى {studentName} في الرياضيات والخطوات التالية. يُرجى قراءتها " +
    "وإضافة كلمات الأسرة: ما يُلاحَظ في البيت، وكيف يمكن للأسرة أن تساعد.",
  "mail.planShared.open": "فتح خطة {studentName}",
  "mail.planShared.attached": "الخطة مرفقة أيضًا بصيغة PDF لحفظها أو طباعتها.",
  "mail.planShared.linkNote":
    "هذا الرابط لك وحدك، لذا يُرجى عدم إعادة توجيه هذه الرسالة. يعمل مرة واحدة خلال " +
    "{hours, number} ساعة. فتحه لا يسجّل دخولك: في الصفحة التي تُفتح زر لذلك. إذا لم يعد " +
    "الرابط يعمل، يمكنك طلب رابط جديد من {teacherName}.",
  "mail.planShared.vision": "رؤية الرياضيات في مدرستنا",
  "mail.planShared.progress": "التقدّم في الرياضيات",
  "mail.planShared.strengths": "نقاط القوة",
  "mail.planShared.noStrengths": "لم تُكتب أي نقاط قوة بعد.",
  "mail.planShared.areas": "مجالات التحسين",
  "mail.planShared.noAreas": "لم تُكتب أي مجالات تحسين بعد.",
  "mail.planShared.inVoice":
    "{voice, select, student {بكلمات {studentName}} family {بكلمات الأسرة} " +
    "other {بكلمات المعلم}}",
  "mail.planShared.helpedBy": "نقاط القوة التي تساعد: {strengths}",
  "mail.planShared.footer":
    "أرسلت {schoolName} هذه الرسالة عبر خطط العمل في الرياضيات بعد مشاركة {teacherName} " +
    "خطة {studentName} معك.",
  "outbox.title": "البريد المرسل",
  "outbox.intro": "كل رسالة كتبها التطبيق لمنطقتك التعليمية، الأحدث أولًا.",
  "outbox.keptNotice":
    "لم يُضبط خادم بريد (SMTP_URL)، لذلك تُحفظ الرسائل هنا بدلًا من إرسالها. افتح رسالة " +
    "لتوصل رابطها إلى الشخص، مثلًا عبر الهاتف أو على الورق.",
  "outbox.empty": "لم تُكتب أي رسالة بعد.",
  "outbox.caption": "رسائل منطقتك التعليمية",
  "outbox.to": "إلى",
  "outbox.subject": "الموضوع",
  "outbox.status": "الحالة",
  "outbox.time": "كُتبت",
  "outbox.sentAt": "أُرسلت",
  "outbox.attempts": "المحاولات",
  "outbox.lastError": "آخر رد من خادم البريد",
  "outbox.statusName":
    "{status, select, pending {في انتظار الإرسال} sending {قيد الإرسال} sent {أُرسلت} " +
    "failed {لم تصل} kept {محفوظة هنا} other {{status}}}",
  "outbox.pages": "صفحات البريد المرسل",
  "outbox.older": "رسائل أقدم",
  "outbox.newer": "رسائل أحدث",
  "outbox.email.title": "رسالة إلى {name}",
  "outbox.email.back": "العودة إلى البريد المرسل",
  "outbox.email.text": "نص عادي",
  "outbox.email.html": "كما يراها المستلم",
  "outbox.email.htmlHint": "تُعرض دون ألوانها ومع تعطيل الروابط، كي لا يعمل هنا أي شيء منها.",
  "outbox.email.frameTitle": "الرسالة {subject}، منسّقة",
};
