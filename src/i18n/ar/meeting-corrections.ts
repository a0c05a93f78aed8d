import type { meetingCorrections as english } from "../en/meeting-corrections.ts";
import type { Messages } from "../messages.ts";

export const meetingCorrections: Messages<typeof english> = {
  "plans.meeting.correct": "تصحيح",
  "plans.meeting.remove": "إزالة",
  "plans.meeting.corrected": "مُصحَّح",
  "plans.meetingCorrection.title": "تصحيح سجل الاجتماع",
  "plans.meetingCorrection.intro":
    "غيّر ما سُجّل خطأً. يحتفظ سجل الخطة بما كان يقوله سجل الاجتماع من قبل، ومن صحّحه ومتى.",
  "plans.meetingCorrection.submit": "احفظ التصحيح",
  "plans.meetingConflict.title": "تغيّر سجل هذا الاجتماع أثناء تصحيحك له",
  "plans.meetingConflict.lead":
    "حفظ شخص آخر تغييرًا على سجل هذا الاجتماع بعد أن فتحته. لم يُحفظ تصحيحك بعد: قارن بين " +
    "الاثنين، ثم احفظ السجل الذي تريد إبقاءه.",
  "plans.meetingConflict.yours": "ما كتبته",
  "plans.meetingConflict.current": "السجل الموجود في الخطة الآن",
  "plans.meetingConflict.mergeHint":
    "تصحيحك في النموذج أدناه. أضف إليه ما تريد إبقاءه من السجل الموجود في الخطة الآن، ثم احفظ.",
  "plans.meetingConflict.removalLead":
    "تغيّر سجل هذا الاجتماع بعد أن فتحت الصفحة، لذلك لم يُزَل شيء. هذا هو السجل كما هو الآن: " +
    "أزله فقط إن كان لا يزال خطأً.",
  "plans.meetingRemoval.title": "هل تريد إزالة سجل هذا الاجتماع؟",
  "plans.meetingRemoval.lead":
    "أزل اجتماعًا فقط إذا سُجّل خطأً: في الخطة الخطأ، أو اجتماعًا لم يُعقد. سيختفي من الخطة ومن " +
    "صفحة الأسرة ومن أرقام البرنامج، مع ملاحظاته وقائمة الحاضرين. وسيذكر سجل الخطة أنك أزلت سجل " +
    "اجتماع، ومتى.",
  "plans.meetingRemoval.correctInstead":
    "إذا كان الخطأ في الوقت أو المكان أو الحاضرين أو الملاحظات فقط، فصحّحه بدلًا من إزالته.",
  "plans.meetingRemoval.submit": "أزل سجل الاجتماع",
  "plans.saved.meetingCorrected": "صُحّح سجل الاجتماع. يحتفظ سجل الخطة بما كان يقوله من قبل.",
  "plans.saved.meetingRemoved": "أُزيل سجل الاجتماع. يُظهر سجل الخطة أنه أُزيل.",
  "plans.event.meetingCorrected": "{name}: تصحيح سجل الاجتماع المعقود في {when}.",
  "plans.event.meetingRemoved": "{name}: إزالة سجل الاجتماع المعقود في {when}.",
  "plans.meetingVersions.heading": "كل نسخة من سجل هذا الاجتماع",
  "plans.meetingVersions.recorded": "النسخة {version}، من تسجيل {name} في {when}",
  "plans.meetingVersions.corrected": "النسخة {version}، من تصحيح {name} في {when}",
  "plans.meetingVersions.when": "اجتماع في {when}",
  "plans.meetingVersions.video": "رابط الفيديو: {link}",
  "records.pdf.meetingVersions": "النسخ السابقة من الاجتماعات المُصحَّحة",
};
