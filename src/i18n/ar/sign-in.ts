import type { signIn as english } from "../en/sign-in.ts";
import type { Messages } from "../messages.ts";

export const signIn: Messages<typeof english> = {
  "signIn.title": "تسجيل الدخول",
  "signIn.linkTitle": "أرسل لي رابط تسجيل الدخول",
  "signIn.linkIntro":
    "للطلاب والأسر والموظفين: نرسل إليك رابطًا بالبريد الإلكتروني، والرابط يسجّل دخولك. لا " +
    "حاجة إلى كلمة مرور.",
  "signIn.field.email": "البريد الإلكتروني",
  "signIn.linkSubmit": "أرسل لي رابط تسجيل الدخول",
  "signIn.passwordTitle": "تسجيل الدخول بكلمة مرور",
  "signIn.passwordIntro": "للمسؤولين الذين أنشؤوا كلمة مرور.",
  "signIn.field.password": "كلمة المرور",
  "signIn.passwordSubmit": "تسجيل الدخول",
  "signIn.wrongPassword":
    "البريد الإلكتروني وكلمة المرور غير متطابقين. يُرجى المحاولة مرة أخرى، أو طلب رابط " +
    "تسجيل الدخول.",
  "signIn.sentTitle": "تحقّق من بريدك الإلكتروني",
  "signIn.sentBody":
    "إذا كان هذا العنوان لشخص في المدرسة، فرابط تسجيل الدخول في طريقه إليه. يعمل الرابط مرة " +
    "واحدة خلال 3 أيام.",
  "signIn.sentAgain":
    "لم تصلك رسالة بعد بضع دقائق؟ تحقّق من مجلد الرسائل غير المرغوب فيها، أو اطلبه مرة أخرى.",
  "signIn.confirmTitle": "أكمل تسجيل الدخول",
  "signIn.confirmBody": "اضغط الزر لتسجيل الدخول إلى خطط العمل في الرياضيات.",
  "signIn.confirmButton": "تسجيل الدخول",
  "signIn.linkFailedTitle": "رابط تسجيل الدخول هذا لم يعد يعمل",
  "signIn.linkFailedBody":
    "يعمل رابط تسجيل الدخول مرة واحدة خلال 3 أيام. اطلب رابطًا جديدًا: اكتب بريدك الإلكتروني " +
    "أدناه.",

  "signInEmail.subject": "رابط تسجيل الدخول إلى خطط العمل في الرياضيات",
  "signInEmail.preview": "رابطك لتسجيل الدخول إلى خطط العمل في الرياضيات.",
  "signInEmail.greeting": "مرحبًا {name}،",
  "signInEmail.body":
    "افتح هذا الرابط لتسجيل الدخول إلى خطط العمل في الرياضيات. يعمل مرة واحدة خلال 3 أيام:",
  "signInEmail.button": "تسجيل الدخول",
  "signInEmail.ignore": "إذا لم تطلب هذا الرابط، يمكنك تجاهل هذه الرسالة.",
  "signInEmail.footer": "تصلك هذه الرسالة لأن أحدهم طلب رابط تسجيل دخول لهذا العنوان.",

  "card.staffTitle": "بطاقة تسجيل الدخول الخاصة بـ{name}",
  "card.intro":
    "تتيح بطاقة تسجيل الدخول لـ{name} الدخول دون كلمة مرور، بفتح رابطها أو مسح رمز QR " +
    "الخاص بها. احفظها بعيدًا عن الآخرين، مثل مفتاح البيت.",
  "card.inUse": "بطاقة صُنعت في {made} قيد الاستخدام.",
  "card.lastUsed": "آخر استخدام في {used}.",
  "card.neverUsed": "لم تُستخدم بعد.",
  "card.none": "ليس لدى {name} بطاقة تسجيل دخول قيد الاستخدام.",
  "card.create": "اصنع بطاقة تسجيل دخول",
  "card.replace": "اصنع بطاقة جديدة",
  "card.replaceHint": "تتوقف البطاقة الحالية عن العمل عند صنع بطاقة جديدة.",
  "card.revoke": "أوقف عمل البطاقة",
  "card.revoked": "لم تعد البطاقة تعمل.",
  "card.printTitle": "بطاقة تسجيل الدخول الخاصة بـ{name}",
  "card.scan": "امسح الرمز أو افتح الرابط لتسجيل الدخول إلى خطط العمل في الرياضيات.",
  "card.qrLabel": "رمز QR يفتح رابط تسجيل الدخول الخاص بـ{name}",
  "card.print": "طباعة",
  "card.language.label": "لغة البطاقة",
  "card.language.keptFamily":
    "تُحفظ اللغة التي تختارها أيضًا لرسائل {name}، ما لم تُختر لغة أخرى في التطبيق.",
  "card.language.chosenByThem":
    "اللغة المختارة في التطبيق لـ{name} هي {language}؛ تبقى الرسائل بها أيًّا كانت لغة البطاقة.",
  "card.shownOnce":
    "يظهر هذا الرابط الآن فقط. اطبعه أو شاركه قبل مغادرة هذه الصفحة؛ وإذا ضاع، فاصنع بطاقة " +
    "جديدة.",
  "card.back": "العودة إلى بطاقة {name}",
  "card.backToSharing": "العودة إلى مشاركة خطة {studentName}",
  "card.backToStudents": "العودة إلى قائمة الطلاب",
  "card.openTitle": "تسجيل الدخول",
  "card.openHello": "مرحبًا {name}.",
  "card.openBody": "اضغط الزر لتسجيل الدخول.",
  "card.openButton": "تسجيل الدخول",
  "card.failedTitle": "هذه البطاقة لا تعمل",
  "card.failedBody": "يُرجى طلب بطاقة تسجيل دخول جديدة من معلمك.",
  "signIn.tooManyAttempts":
    "محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار 15 دقيقة ثم المحاولة مرة أخرى، أو طلب رابط " +
    "لتسجيل الدخول.",
  "signIn.tooManyLinkRequests":
    "طُلبت روابط تسجيل دخول كثيرة جدًا. يُرجى الانتظار ساعة، والتحقّق من بريدك الإلكتروني " +
    "بحثًا عن الروابط المرسلة.",
  "account.title": "حسابك",
  "account.signedInAs": "تم تسجيل دخولك باسم {name}.",
  "account.languageHint": "تصلك الصفحات والرسائل باللغة التي تختارها أعلى أي صفحة.",
  "account.everywhere.heading": "تسجيل الخروج من كل الأجهزة",
  "account.everywhere.explain":
    "إذا سجّلت الدخول على هاتف أو حاسوب مشترك أو مفقود، فهذا ينهي كل جلساتك، بما فيها هذه " +
    "الجلسة. يُسجَّل خروج الأجهزة الأخرى خلال خمس دقائق.",
  "account.everywhere.button": "تسجيل الخروج من كل الأجهزة",
  "account.everywhere.done": "سُجّل خروجك من كل الأجهزة.",
};
