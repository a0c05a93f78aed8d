import type { records as english } from "../en/records.ts";
import type { Messages } from "../messages.ts";

const plans =
  "{plans, plural, zero {لا خطط} one {خطة واحدة} two {خطتان} few {# خطط} " +
  "many {# خطة} other {# خطة}}";
const statements =
  "{statements, plural, zero {لا عبارات} one {عبارة واحدة} two {عبارتان} few {# عبارات} " +
  "many {# عبارة} other {# عبارة}}";

export const records: Messages<typeof english> = {
  "records.title": "سجلات {name}",
  "records.titleSelf": "سجلاتي",
  "records.intro":
    "كل ما يحفظه هذا التطبيق عن {name}: البيانات الشخصية، والمدرسة والفصول، وأفراد الأسرة " +
    "المرتبطون، " +
    "وكل خطة بعباراتها وتعليقاتها واجتماعاتها ومتابعاتها وسجلّها، ومتى صُنعت بطاقات تسجيل " +
    "الدخول أو أوقفت.",
  "records.notIncluded":
    "غير مشمول: ملاحظات المقابلات التي يكتبها المعلمون، فهي ملاحظات عملهم، وبيانات الاتصال " +
    "الخاصة بأشخاص آخرين. يمكنك سؤال المدرسة إن أردت الاطلاع على شيء آخر.",
  "records.json": "تنزيل السجلات كملف بيانات (JSON)",
  "records.pdf": "تنزيل السجلات كمستند للقراءة (PDF)",
  "records.link": "سجلات {name}",
  "records.linkSelf": "سجلاتي",
  "records.adminTools": "للمسؤولين",

  "records.pdf.title": "سجلات {name}",
  "records.pdf.made": "أُعدّ في {date}",
  "records.pdf.details": "البيانات",
  "records.pdf.name": "الاسم: {name}",
  "records.pdf.email": "البريد الإلكتروني: {email}",
  "records.pdf.grades": "الصفوف الدراسية: {grades}",
  "records.pdf.schools": "المدرسة: {names}",
  "records.pdf.classes": "الفصول: {names}",
  "records.pdf.family": "أفراد الأسرة: {names}",
  "records.pdf.none": "لا يوجد",
  "records.pdf.plan": "خطة بدأت في {date} · {stage}",
  "records.pdf.archived": "مؤرشفة مع العام الدراسي {label}",
  "records.pdf.retired": "(أُزيلت من الخطة)",
  "records.pdf.cards": "بطاقات تسجيل الدخول",
  "records.pdf.card": "صُنعت في {made}{stopped, select, none {} other {، وأوقفت في {stopped}}}",
  "records.pdf.noPlans": "لا توجد خطط بعد.",
  "records.pdf.proposals": "مواعيد الاجتماع المعروضة",
  "records.pdf.updates": "المستجدات قبل جلسات المتابعة",
  "records.pdf.identity": "إجابات الهوية الرياضية",
  "records.pdf.identityKept":
    "إجابات الهوية الرياضية خاصة، ولم يُسمح بمشاركتها مع الأسرة، لذلك ليست في هذه النسخة.",
  "records.pdf.versions": "الصيغ السابقة",

  "records.archived.banner":
    "تنتمي هذه الخطة إلى عام دراسي مغلق. إنها مؤرشفة: يستطيع كل من في الخطة قراءتها وطباعتها، " +
    "لكن لا يستطيع أحد تغييرها.",
  "records.archived.refused":
    "تنتمي هذه الخطة إلى عام دراسي مغلق، لذلك يمكن قراءتها ولا يمكن تغييرها.",

  "records.audit.title": "سجل التدقيق",
  "records.audit.intro":
    "كل اطلاع على خطة طالب أو سجلاته وكل تغيير فيها: من، وماذا، ومتى، ومن أي عنوان. لا يستطيع " +
    "أحد تغيير هذه الإدخالات أو حذفها.",
  "records.audit.student": "الطالب",
  "records.audit.person": "الشخص",
  "records.audit.from": "من يوم",
  "records.audit.to": "إلى يوم",
  "records.audit.page": "الصفحة",
  "records.audit.anyStudent": "أي طالب",
  "records.audit.anyone": "أي شخص",
  "records.audit.show": "عرض الإدخالات",
  "records.audit.export": "تنزيل هذه الإدخالات بصيغة CSV",
  "records.audit.count":
    "{count, plural, zero {لا إدخالات} one {إدخال واحد} two {إدخالان} few {# إدخالات} " +
    "many {# إدخالًا} other {# إدخال}}",
  "records.audit.none": "لا توجد إدخالات مطابقة.",
  "records.audit.caption": "إدخالات التدقيق، الأحدث أولًا",
  "records.audit.when": "متى",
  "records.audit.who": "من",
  "records.audit.what": "ماذا",
  "records.audit.address": "من العنوان",
  "records.audit.deleted": "(طالب محذوف)",
  "records.audit.action.view": "اطّلاع",
  "records.audit.action.change": "تغيير",
  "records.audit.action.studentDeleted": "حذف سجلات طالب",
  "records.audit.action.yearClosed": "إغلاق عام دراسي",
  "records.audit.action.yearPlanClosed": "إغلاق خطة مع إغلاق عامها الدراسي",
  "records.audit.action.yearPlanArchived": "أرشفة خطة مغلقة مع إغلاق عامها الدراسي",
  "records.audit.action.classPlanStarted": "بدء خطط جميع طلاب الفصل معًا",
  "records.audit.action.classPlanCarried":
    "بدء خطط جميع طلاب الفصل معًا، وهذه الخطة مواصلة لخطة مغلقة",
  "records.audit.action.planCarried": "مواصلة خطة مغلقة في خطة جديدة",
  "records.audit.action.gradePlansDownloaded": "تنزيل خطط صف دراسي كامل في ملف PDF واحد",
  "records.audit.role.administrator": "مسؤول",
  "records.audit.role.teacher": "معلم",
  "records.audit.role.student": "طالب",
  "records.audit.role.guardian": "فرد من الأسرة",
  "records.audit.previous": "الصفحة السابقة",
  "records.audit.next": "الصفحة التالية",
  "records.audit.pageOf": "الصفحة {page, number} من {pages, number}",
  "records.audit.studentHint":
    "يُرجى كتابة اسم أو معرّف في السجل (sourcedId)، أو ترك الحقل فارغًا لعرض أي طالب.",
  "records.audit.personHint":
    "يُرجى كتابة اسم أو معرّف في السجل (sourcedId)، أو ترك الحقل فارغًا لعرض أي شخص.",
  "records.audit.rosterId": "المعرّف في السجل {id}",
  "records.audit.problem.dayOrder":
    "«{field}» يسبق «من يوم»، فلا يمكن أن يطابقه أي إدخال: اختر يومًا لاحقًا.",
  "records.audit.problem.unknownStudent": "لا يوجد في هذه المنطقة التعليمية طالب معرّفه «{id}».",
  "records.audit.problem.unknownPerson": "لا يوجد في هذه المنطقة التعليمية أحد معرّفه «{id}».",
  "records.audit.problem.noStudent": "لا يطابق «{words}» أي طالب في سجل التدقيق.",
  "records.audit.problem.noPerson": "لا يطابق «{words}» أي شخص في سجل التدقيق.",
  "records.audit.problem.severalStudents":
    "يطابق «{words}» في سجل التدقيق {count, plural, zero {لا أحد من الطلاب} " +
    "one {طالبًا واحدًا} two {طالبَين} few {# طلاب} many {# طالبًا} other {# طالب}}: يُرجى " +
    "اختيار أحدهم أدناه.",
  "records.audit.problem.severalPeople":
    "يطابق «{words}» في سجل التدقيق {count, plural, zero {لا أحد} one {شخصًا واحدًا} " +
    "two {شخصين} few {# أشخاص} many {# شخصًا} other {# شخص}}: يُرجى اختيار أحدهم أدناه.",
  "records.audit.problem.moreStudents":
    "يطابق «{words}» أكثر من {count, number} طالب في سجل التدقيق: يُرجى اختيار أحد أول " +
    "{count, number} طالب أدناه، أو كتابة المزيد من الاسم.",
  "records.audit.problem.morePeople":
    "يطابق «{words}» أكثر من {count, number} شخص في سجل التدقيق: يُرجى اختيار أحد أول " +
    "{count, number} شخص أدناه، أو كتابة المزيد من الاسم.",
  "records.problem.day": "يجب أن يكون {field} تاريخًا حقيقيًا مكتوبًا بالشكل YYYY-MM-DD.",

  "records.year.title": "الأعوام الدراسية",
  "records.year.intro":
    "إغلاق العام الدراسي يغلق كل خطة ما زالت مفتوحة في المدرسة ويؤرشف كل خطط ذلك العام: تبقى " +
    "قابلة للقراءة والطباعة، ولا يستطيع أحد تغييرها. بعد ذلك يمكن بدء خطط جديدة للعام الجديد.",
  "records.year.nextYearNote":
    "الخطط التي تبدأ من «العام القادم» بعد مشاركة خطة من العام الحالي للمدرسة أو الاتفاق " +
    "عليها تبقى مفتوحة لكل الطلاب: بعد الإغلاق تصبح خطط العام الجديد.",
  "records.year.closeHeading": "إغلاق العام الدراسي",
  "records.year.school": "المدرسة",
  "records.year.label": "اسم العام",
  "records.year.labelHint": "مثلًا 2025–2026. حتى {max, number} حرفًا.",
  "records.year.openedAt": "وقت فتح هذه الصفحة",
  "records.year.confirm": "أفهم أن كل خطط هذا العام ستصبح للقراءة فقط",
  "records.year.submit": "إغلاق العام الدراسي",
  "records.year.openPlans":
    "{count, plural, zero {لا خطط} one {خطة واحدة} two {خطتان} few {# خطط} many {# خطة} " +
    "other {# خطة}} في العام الحالي لمدرسة {school}.",
  "records.year.closed":
    "أُغلق {label}: أُرشفت {archived, plural, zero {لا خطط} one {خطة واحدة} two {خطتان} " +
    "few {# خطط} many {# خطة} other {# خطة}}، وأُغلق منها الآن {closed, plural, " +
    "zero {لا شيء} one {واحدة} two {اثنتان} few {#} many {#} other {#}}.",
  "records.year.history": "الأعوام المغلقة",
  "records.year.none": "لم يُغلق أي عام دراسي بعد.",
  "records.year.nothingToClose":
    "لا يوجد ما يُغلق: العام الحالي لهذه المدرسة لا يضم أي خطط. ربما أُغلق للتو؛ راجع " +
    "الأعوام المغلقة.",
  "records.year.labelUsed":
    "أغلقت هذه المدرسة من قبل عامًا باسم {label}: راجع الأعوام المغلقة. اختر اسمًا آخر لهذا " +
    "العام.",
  "records.year.closedMeanwhile":
    "أُغلق عام هذه المدرسة باسم {label} بعد فتح هذه الصفحة، لذا فالخطط الموجودة الآن تتبع " +
    "العام الجديد وتبقى كما هي. لإغلاق العام الجديد، افتح صفحة الأعوام الدراسية من جديد.",
  "records.year.name": "العام",
  "records.year.closedOn": "أُغلق في",
  "records.year.archivedCount": "الخطط المؤرشفة",
  "records.problem.confirm": "يرجى تحديد «{field}» للتأكيد.",
  "records.problem.openedAt":
    "«{field}» ليس تاريخًا ووقتًا حقيقيين حتى الآن، أي أن النموذج تغيّر في الطريق. افتح صفحة " +
    "الأعوام الدراسية مرة أخرى وأغلق العام من هناك.",
  "records.problem.yearNumber": "يجب أن يتضمن «{field}» رقم العام، مثلًا 2025–2026.",
  "records.problem.yearSpan":
    "في «{field}»، يجب أن يكون العام الثاني هو العام الذي يلي الأول، مثلًا 2025–2026.",

  "records.delete.title": "حذف سجلات {name}",
  "records.delete.intro":
    "عندما تطلب الأسرة ذلك، تستطيع المدرسة حذف كل ما يحفظه هذا التطبيق عن الطالب: سجله الشخصي، " +
    "وخططه، وعباراته، والتعليقات، وملاحظات المقابلات، والاجتماعات، والمتابعات، وبطاقات تسجيل " +
    "الدخول، وروابط الأسرة، والرسائل المرسلة بشأنه. لا يمكن التراجع عن ذلك. يحتفظ سجل التدقيق " +
    "بالأعداد فقط، دون اسم أو معرّف.",
  "records.delete.holds": `يحفظ التطبيق ${plans} و${statements} لهذا الطالب.`,
  "records.delete.backups":
    "النسخ الاحتياطية التي صُنعت قبل اليوم تبقى محتوية على السجلات إلى أن تُستبدل؛ أما النسخ " +
    "التي تُصنع من الآن فلا تحتويها. احذف الطالب من قائمة المدرسة أيضًا، وإلا أعاده الاستيراد " +
    "التالي.",
  "records.delete.name": "الاسم الكامل للطالب",
  "records.delete.nameHint": "للتأكيد، اكتبه كما يظهر: {name}",
  "records.delete.submit": "حذف سجلات الطالب نهائيًا",
  "records.delete.link": "حذف سجلات هذا الطالب",
  "records.delete.done": `حُذفت سجلات الطالب: ${plans} و${statements}.`,
  "records.problem.nameMismatch": "يجب أن يطابق {field} الاسم المعروض حرفًا بحرف.",
};
