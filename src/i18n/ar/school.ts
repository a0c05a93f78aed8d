import type { school as english } from "../en/school.ts";
import type { Messages } from "../messages.ts";

export const school: Messages<typeof english> = {
  "home.title": "أهلًا وسهلًا",
  "home.intro":
    "تُكتب خطة العمل في الرياضيات بأصوات ثلاثة معًا، الطالب والأسرة والمعلم: نقاط القوة في " +
    "الرياضيات، والخطوات التالية في التعلّم، وما سيفعله كل طرف للمساعدة.",
  "home.signIn": "تسجيل الدخول",
  "home.exploreDemo": "استكشف المدرسة التجريبية",

  "myPlans.title": "خططي",
  "myPlans.yours": "خططك",
  "myPlans.child": "خطط {name}",
  "myPlans.none": "لا توجد خطة بعد. سيبدأ معلمك خطة معك.",
  "myPlans.noneForChild": "لا توجد خطة لـ{name} بعد. بدء الخطة من مهمة المعلم.",
  "myPlans.noChildren": "لا يوجد طالب مرتبط بحسابك بعد. يُرجى طلب إضافتك فردًا من الأسرة من المدرسة.",
  "myPlans.plan": "خطة بدأت في {date}",
  "myPlans.schoolYear": "العام الدراسي {year}",
  "myPlans.startedBy": "بمبادرة من {name}",

  "setup.title": "إعداد مدرستك",
  "setup.intro":
    "أهلًا بك. أنشئ مدرستك وحساب المسؤول الخاص بك. بعد ذلك يمكنك كتابة رؤية الرياضيات " +
    "للمدرسة واستيراد سجل المدرسة.",
  "setup.schoolLegend": "مدرستك",
  "setup.adminLegend": "أنت، المسؤول الأول",
  "setup.field.schoolName": "اسم المدرسة",
  "setup.field.timeZone": "المنطقة الزمنية",
  "setup.hint.timeZone": "تُعرض الاجتماعات وجلسات المتابعة بهذه المنطقة الزمنية.",
  "setup.field.givenName": "الاسم الأول",
  "setup.field.familyName": "اسم العائلة",
  "setup.field.email": "البريد الإلكتروني",
  "setup.hint.email": "تُرسل إلى هنا روابط تسجيل الدخول والرسائل الخاصة بك.",
  "setup.field.password": "كلمة المرور",
  "setup.hint.password": "10 أحرف على الأقل. الجملة القصيرة سهلة التذكّر.",
  "setup.field.passwordAgain": "كلمة المرور مرة أخرى",
  "setup.submit": "أنشئ المدرسة",
  "setup.passwordsDiffer": "كلمتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.",
  "setup.alreadyDone": "هذه المدرسة مُعدّة من قبل. يُرجى تسجيل الدخول.",
  "setup.demoTitle": "تريد أن تلقي نظرة فقط؟",
  "setup.demoIntro":
    "حمّل مدرسة تجريبية فيها طلاب وأسر ومعلم وخطة من الخيال، ثم استكشفها بعين كل واحد منهم.",
  "setup.demoSubmit": "حمّل مدرسة تجريبية لاستكشافها",

  "demo.title": "استكشف بصفة…",
  "demo.intro":
    "هذه مدرسة تجريبية: كل من فيها من الخيال. سجّل الدخول باسم أي منهم لترى التطبيق كما يرونه.",
  "demo.warning":
    "يستطيع أي شخص يفتح هذا التطبيق تسجيل الدخول باسم هؤلاء الأشخاص، لذا لا تُدخل هنا " +
    "معلومات طلاب حقيقيين.",
  "demo.role.administrator": "المسؤول",
  "demo.role.teacher": "المعلم",
  "demo.role.student": "طالب",
  "demo.role.guardian": "فرد من الأسرة",
  "demo.about.administrator": "إعدادات المدرسة وسجلها، ورؤية جميع الطلاب.",
  "demo.about.teacher": "رؤية طلاب فصلين، وكتابة الخطط معهم.",
  "demo.about.student": "الاطلاع على الخطة الشخصية والإضافة إليها.",
  "demo.about.guardian": "الاطلاع على خطة الطفل والإضافة إليها.",
  "demo.signInAs": "تسجيل الدخول باسم {name}",

  "school.title": "إعدادات المدرسة",
  "school.intro": "تنطبق هذه الإعدادات على كل خطة في {name}.",
  "school.saved": "حُفظت إعدادات المدرسة.",
  "school.welcome":
    "مدرستك جاهزة. ابدأ برؤية الرياضيات الخاصة بها: كيف ينبغي أن يكون تعلّم الرياضيات في " +
    "مدرستك لكل طالب.",
  "school.others": "مدارس المنطقة التعليمية",
  "school.field.name": "اسم المدرسة",
  "school.translations.legend": "رؤية الرياضيات بلغات الأسر",
  "school.translations.hint":
    "ترى الأسر التي تقرأ إحدى هذه اللغات ترجمتكم في الخطة وفي الرسائل؛ اترك خانة فارغة لعرض " +
    "الرؤية أعلاه. لا تُترجَم أبدًا الكلمات التي يكتبها الأشخاص في الخطط.",
  "school.field.visionIn": "رؤية الرياضيات بلغة: {language}",
  "school.field.mathVision": "رؤية الرياضيات",
  "school.hint.mathVision": "نص قصير يظهر في أعلى كل خطة. حتى 2000 حرف؛ وتُحفظ فواصل الأسطر.",
  "school.field.timeZone": "المنطقة الزمنية",
  "school.field.cadence": "الأيام بين جلسات المتابعة",
  "school.hint.cadence": "من 1 إلى 90. تُخطَّط جلسات المتابعة الجديدة بهذا العدد من الأيام بينها.",
  "school.cadenceRange": "يجب أن يكون {field} عددًا صحيحًا من 1 إلى 90.",
  "school.visionTitle": "رؤية الرياضيات كما تظهر في الخطط",
  "school.noVision": "لا توجد رؤية للرياضيات بعد.",
};
