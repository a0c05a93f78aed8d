import type { common as english } from "../en/common.ts";
import type { Messages } from "../messages.ts";

export const common: Messages<typeof english> = {
  "app.name": "خطط العمل في الرياضيات",
  "nav.skip": "الانتقال إلى المحتوى الرئيسي",
  "nav.home": "الصفحة الرئيسية",
  "nav.students": "طلابي",
  "nav.roster": "سجل المدرسة",
  "nav.school": "إعدادات المدرسة",
  "nav.outbox": "البريد المرسل",
  "nav.signIn": "تسجيل الدخول",
  "nav.signOut": "تسجيل الخروج",
  "nav.signedInAs": "تم تسجيل الدخول باسم {name}",
  "nav.main": "الرئيسية",
  "nav.language": "اللغة",
  "error.title": "هناك أمر يحتاج إلى انتباهك",
  "error.back": "العودة إلى صفحة البداية",
  "error.fieldsIntro": "يُرجى تصحيح ما يلي:",
  "error.invalid_input": "بعض ما أُدخل يحتاج إلى مراجعة أخرى.",
  "error.unauthenticated": "يُرجى تسجيل الدخول للمتابعة.",
  "error.forbidden": "ليس لديك إذن بفتح هذه الصفحة.",
  "error.not_found": "لم نعثر على هذه الصفحة.",
  "error.conflict": "غيّر شخص آخر هذا في الوقت نفسه. يُرجى المراجعة والمحاولة مرة أخرى.",
  "error.rate_limited": "محاولات كثيرة جدًا. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.",
  "error.unreadableForm": "تعذّرت قراءة النموذج. يُرجى الرجوع والتحقق مما أدخلته ثم إرساله مرة أخرى.",
  "error.unexpected": "حدث خطأ من جهتنا. لم يُحفظ آخر تغيير أجريته.",
  "form.save": "حفظ",
  "form.cancel": "إلغاء",
  "voice.student": "الطالب",
  "voice.family": "الأسرة",
  "voice.teacher": "المعلم",
  "time.zone.ownSchool": "الأوقات معروضة بالمنطقة الزمنية لمدرستك، {school} ({zone}).",
  "time.zone.firstSchool":
    "الأوقات معروضة بالمنطقة الزمنية للمدرسة {school} ({zone})، وهي أول مدرسة في المنطقة " +
    "التعليمية، لأن حسابك غير مُدرَج في أي مدرسة.",
  "time.zone.none":
    "الأوقات معروضة بالتوقيت العالمي المنسّق (UTC): لا توجد مدارس في المنطقة التعليمية بعد.",
};
