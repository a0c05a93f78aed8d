import type { program as english } from "../en/program.ts";
import type { Messages } from "../messages.ts";

export const program: Messages<typeof english> = {
  "program.nav": "البرنامج",
  "program.title": "برنامج خطط العمل في الرياضيات",
  "program.intro":
    "كيف تسير خطط العمل في الرياضيات في العام الدراسي {year}: الخطط التي بدأت منذ 1 أغسطس " +
    "وكل خطة لا تزال مفتوحة.",
  "program.ownClasses": "ترى طلاب فصولك أنت فقط.",
  "program.filters": "تصفية الأرقام",
  "program.filter.teacher": "المعلّم",
  "program.filter.grade": "المستوى الدراسي",
  "program.filter.class": "الفصل",
  "program.filter.teacherChoice": "{name} ({detail})",
  "program.filter.classChoiceDetail": "{title} ({school}، {detail})",
  "program.filter.any": "الكل",
  "program.filter.apply": "عرض",
  "program.filter.clear": "إزالة عوامل التصفية",
  "program.empty": "لا توجد خطة تطابق عوامل التصفية هذه.",
  "program.filter.outside": "ليس في قوائمك",
  "program.empty.outside":
    "المعلم أو الفصل أو المستوى الدراسي في هذا العنوان ليس في قوائمك (يتبع مدرسة أخرى أو لم " +
    "يعد في السجل)، لذلك لا تُحتسب أي خطة. اختر من القوائم.",
  "program.filter.school": "المدرسة",
  "program.empty.outsideSchool":
    "المدرسة في هذا العنوان ليست من مدارسك (أو لم تعد في السجل)، لذلك لا تُحتسب أي خطة. " +
    "يُرجى الاختيار من القائمة.",
  "program.filter.teacherHint":
    "العدد أكبر من أن يُعرض في قائمة: يُرجى كتابة اسم أو معرّف في السجل (sourcedId)، أو " +
    "ترك الحقل فارغًا لعرض جميع المعلّمين.",
  "program.filter.classHint":
    "العدد أكبر من أن يُعرض في قائمة: يُرجى كتابة اسم فصل أو رمزه أو معرّفه في السجل " +
    "(sourcedId)، أو ترك الحقل فارغًا لعرض جميع الفصول.",
  "program.filter.schoolFirst":
    "عند اختيار مدرسة أولًا، يمكن الاختيار من قائمتها الخاصة (حتى {count, number}).",
  "program.filter.noTeacher": "لا يطابق «{words}» أي معلّم: الأرقام لجميع المعلّمين.",
  "program.filter.severalTeachers":
    "يطابق «{words}» " +
    "{count, plural, zero {لا أحد من المعلّمين} one {معلّمًا واحدًا} two {معلّمَين} " +
    "few {# معلّمين} many {# معلّمًا} other {# معلّم}}: يُرجى اختيار أحدهم أدناه. " +
    "وحتى ذلك الحين، الأرقام لجميع المعلّمين.",
  "program.filter.moreTeachers":
    "يطابق «{words}» أكثر من {count, number} معلّم: يُرجى اختيار أحد أول {count, number} " +
    "معلّم أدناه، أو كتابة المزيد من الاسم. وحتى ذلك الحين، الأرقام لجميع المعلّمين.",
  "program.filter.noClass": "لا يطابق «{words}» أي فصل: الأرقام لجميع الفصول.",
  "program.filter.severalClasses":
    "يطابق «{words}» " +
    "{count, plural, zero {لا فصل} one {فصلًا واحدًا} two {فصلَين} few {# فصول} " +
    "many {# فصلًا} other {# فصل}}: يُرجى اختيار أحدها أدناه. وحتى ذلك الحين، الأرقام " +
    "لجميع الفصول.",
  "program.filter.moreClasses":
    "يطابق «{words}» أكثر من {count, number} فصل: يُرجى اختيار أحد أول {count, number} فصل " +
    "أدناه، أو كتابة المزيد من الاسم. وحتى ذلك الحين، الأرقام لجميع الفصول.",
  "program.filter.rosterId": "المعرّف في السجل {id}",
  "program.filter.leftOut": "أُزيل من عوامل التصفية ما ليس في {school}: {filters}.",
  "program.filter.leftOut.teacher": "المعلّم {name}",
  "program.filter.leftOut.class": "الفصل {title}",
  "program.filter.leftOut.grade": "المستوى الدراسي {grade}",
  "program.intro.afterClose":
    "كيف تسير خطط العمل في الرياضيات في العام الدراسي الحالي: الخطط التي بدأت منذ 1 أغسطس " +
    "وكل خطة لا تزال مفتوحة، ما عدا خطط عام مغلق.",
  "program.intro.closedYear":
    "كيف سارت خطط العمل في الرياضيات في {year}، وهو عام دراسي أغلقه أحد المسؤولين: خططه " +
    "مؤرشفة وللقراءة فقط.",
  "program.filter.year": "العام الدراسي",
  "program.year.current": "العام الحالي",
  "program.year.closed": "{year} (مغلق)",
  "program.empty.currentYear": "لم تبدأ أي خطة في العام الدراسي الحالي بعد.",
  "program.empty.nextStep": "ابدأ خطط هذا العام: لفصل كامل دفعة واحدة، أو بمواصلة خطة مغلقة",
  "program.empty.closedYears": "أرقام العام المغلق محفوظة: اختره من العام الدراسي ثم اضغط عرض.",
  "program.empty.closedYear": "لا توجد خطة تنتمي إلى هذا العام المغلق.",
  "program.stages.title": "الخطط حسب المرحلة",
  "program.stages.chart": "مخطط أعمدة للخطط حسب المرحلة. يعرض الجدول الأرقام نفسها.",
  "program.stage": "المرحلة",
  "program.plans": "الخطط",
  "program.total": "كل الخطط",
  "program.byTeacher.title": "الخطط حسب المعلّم",
  "program.byTeacher.note": "الطالب الذي يدرس في فصول معلّمَين يُحسب لكليهما.",
  "program.teacher": "المعلّم",
  "program.bySchool.title": "الخطط حسب المدرسة",
  "program.bySchool.note": "تُحتسب كل خطة مرة واحدة، في مدرستها. يُرجى اختيار مدرسة لعرض معلّميها.",
  "program.school": "المدرسة",
  "program.byTeacher.pages": "صفحات المعلّمين",
  "program.byTeacher.previous": "المعلّمون السابقون",
  "program.byTeacher.next": "المعلّمون التاليون",
  "program.byTeacher.pageOf": "الصفحة {page, number} من {pages, number}",
  "program.byGrade.title": "الخطط حسب المستوى الدراسي",
  "program.grade": "المستوى الدراسي",
  "program.grade.none": "بلا مستوى دراسي",
  "program.checkIns.title": "جلسات المتابعة",
  "program.checkIns.overdue": "متأخرة",
  "program.checkIns.dueSoon": "مستحقة خلال الأيام السبعة القادمة",
  "program.checkIns.student": "الطالب",
  "program.checkIns.due": "تاريخ الاستحقاق",
  "program.checkIns.none": "لا توجد جلسة متابعة متأخرة أو مستحقة خلال الأيام السبعة القادمة.",
  "program.checkIns.first": "أول {count, number} حسب تاريخ الاستحقاق:",
  "program.checkIns.open": "فتح الخطة",
  "program.families.title": "مشاركة الأسر",
  "program.families.chart":
    "مخطط أعمدة للخطط التي شاركت أسرها، حسب طريقة المشاركة. يعرض الجدول الأرقام نفسها.",
  "program.families.way": "طريقة المشاركة",
  "program.families.plans": "الخطط",
  "program.families.opened": "فتح أحد أفراد الأسرة الخطة",
  "program.families.wrote": "كتب أحد أفراد الأسرة نقطة قوة أو إجراءً",
  "program.families.attended": "حضر أحد أفراد الأسرة اجتماعًا",
  "program.families.any": "شاركت بإحدى هذه الطرق",
  "program.identity.title": "كيف يرى الطلاب أنفسهم في الرياضيات",
  "program.identity.intro":
    "الطلاب الذين أجابوا في جلستين أو أكثر: متوسط الإجابة (من 1 لا أوافق بشدة إلى 5 أوافق " +
    "بشدة) في جلستهم الأولى وفي أحدث جلسة.",
  "program.identity.chart":
    "مخطط خطي لمتوسط الإجابة عن كل عبارة في الجلسة الأولى وأحدث جلسة. يعرض الجدول الأرقام نفسها.",
  "program.identity.chart.same":
    "{sitting}: المتوسط نفسه لـ {statements}، {average}: علاماتها مرسومة جنبًا إلى جنب.",
  "program.identity.statement": "العبارة {n, number}",
  "program.identity.statementColumn": "العبارة",
  "program.identity.first": "الجلسة الأولى",
  "program.identity.latest": "أحدث جلسة",
  "program.identity.students": "الطلاب",
  "program.identity.up": "ارتفع",
  "program.identity.same": "بقي كما هو",
  "program.identity.down": "انخفض",
  "program.identity.earlierWording":
    "تغيّرت الصياغة في أثناء ذلك: {count, plural, zero {لم يُجب أي طالب} one {أجاب طالب " +
    "واحد} two {أجاب طالبان} few {أجاب # طلاب} many {أجاب # طالبًا} other {أجاب # طالب}} " +
    "عن صياغة سابقة.",
  "program.export.title": "تنزيل الأرقام",
  "program.export.hint":
    "ملف CSV بالأرقام وفق عوامل التصفية المختارة. من دون أسماء، يظهر كل شخص برمز مستعار لا " +
    "يصلح إلا داخل ملف واحد.",
  "program.export.withNames": "ملف CSV بالأسماء",
  "program.export.withoutNames": "ملف CSV من دون أسماء",
  "program.csv.schoolYear": "العام الدراسي",
  "program.csv.section": "القسم",
  "program.csv.group": "المجموعة",
  "program.csv.measure": "المقياس",
  "program.csv.value": "القيمة",
  "program.csv.schoolFilter": "تصفية المدرسة",
  "program.csv.teacherFilter": "تصفية المعلّم",
  "program.csv.gradeFilter": "تصفية المستوى الدراسي",
  "program.csv.classFilter": "تصفية الفصل",
  "program.csv.outside": "ليس في قوائمك: لا تُحتسب أي خطة",
  "program.csv.fileGrade": "المستوى الدراسي {grade}",
  "program.csv.fileOutside": "لا تطابق",
  "program.links.title": "عمل الفريق",
  "program.links.reflections": "التأملات وقرارات الفريق",
  "program.links.nextYear": "العام القادم: بدء الخطط",
  "program.links.schoolYear": "إغلاق عام دراسي",

  "reflections.title": "التأملات وقرارات الفريق",
  "reflections.intro":
    "للموظفين فقط: لا يرى الطلاب والأسر هذه الصفحة أبدًا. بعد جلسات المتابعة يكتب كل معلّم " +
    "كيف سارت خطة أو كيف سار العام؛ ويقرأها الفريق معًا ويسجّل ما قرّره للعام القادم.",
  "reflections.school": "المدرسة",
  "reflections.chooseSchool": "عرض هذه المدرسة",
  "reflections.year": "العام الدراسي {year}",
  "reflections.list.title": "التأملات",
  "reflections.none": "لم يُكتب أي تأمل في هذا العام الدراسي بعد.",
  "reflections.onPlan": "عن خطة {name}",
  "reflections.onYear": "عن العام",
  "reflections.byAuthor": "{name}، {date}",
  "reflections.write.title": "كتابة تأمل",
  "reflections.field.plan": "موضوع التأمل",
  "reflections.plan.year": "العام كله، لا خطة واحدة",
  "reflections.plan.hint": "خطط طلابك التي عُقدت لها جلسة متابعة واحدة على الأقل.",
  "reflections.field.body": "التأمل",
  "reflections.body.hint": "كيف سارت الأمور؟ ما الذي ساعد الطالب، وما الذي ستغيّره؟",
  "reflections.save": "حفظ التأمل",
  "reflections.saved": "حُفظ التأمل.",
  "reflections.decisions.title": "ما قرّره الفريق للعام القادم",
  "reflections.decisions.none": "لم يسجّل الفريق أي قرار في هذا العام الدراسي بعد.",
  "reflections.field.decision": "قرار الفريق",
  "reflections.decision.hint": "ما الذي سيُبقيه الفريق أو يغيّره أو يجرّبه في العام القادم؟",
  "reflections.decision.save": "تسجيل القرار",
  "reflections.decision.saved": "سُجّل قرار الفريق.",
  "reflections.problem.noCheckIn":
    "التأمل في خطة يأتي بعد أول جلسة متابعة لها. اختر خطة أخرى أو اكتب عن العام.",

  "nextYear.title": "العام القادم",
  "nextYear.intro":
    "ابدأ مسودات خطط لفصل كامل دفعة واحدة، أو ابدأ خطة جديدة لطالب انطلاقًا من خطته المغلقة " +
    "من العام الماضي.",
  "nextYear.school": "المدرسة",
  "nextYear.pickSchool":
    "{count, plural, zero {فصولك ليست في أي مدرسة} one {فصولك في مدرسة واحدة} " +
    "two {فصولك في مدرستين} few {فصولك في # مدارس} many {فصولك في # مدرسة} " +
    "other {فصولك في # مدرسة}}: اختر مدرسة لعرض فصولها.",
  "nextYear.noSchoolChosen": "اختر مدرسة",
  "nextYear.chooseSchool": "اعرض فصولها",
  "nextYear.schoolUnknown":
    "المدرسة في هذا العنوان ليست من مدارسك (أو لم تعد في السجل). اختر واحدة من القائمة.",
  "nextYear.class": "الفصل",
  "nextYear.chooseClass": "عرض هذا الفصل",
  "nextYear.noClasses": "لا يوجد فصل لبدء الخطط له.",
  "nextYear.summary": "طلاب الفصل: {students, number}. لديهم خطة مفتوحة بالفعل: {open, number}.",
  "nextYear.startAll": "بدء مسودة خطة لكل طالب في {title}",
  "nextYear.forNextYear":
    "عام هذه المدرسة جارٍ (تمت مشاركة خطة منه أو الاتفاق عليها): الخطط التي تبدأ هنا هي خطط " +
    "العام القادم، وإغلاق هذا العام يتركها مفتوحة.",
  "nextYear.forThisYear":
    "لم تتم بعد مشاركة أي خطة من العام الحالي لهذه المدرسة ولا الاتفاق عليها: الخطط التي " +
    "تبدأ هنا هي خطط هذا العام.",
  "nextYear.allHavePlans": "لكل طالب في هذا الفصل خطة مفتوحة بالفعل: لا توجد خطة لبدئها.",
  "nextYear.noStudents": "لا يوجد طلاب في هذا الفصل بعد: لا توجد خطة لبدئها.",
  "nextYear.startHint":
    "يُتخطّى الطلاب الذين لديهم خطة مفتوحة بالفعل. ويبدأ الطالب الذي لديه خطة مغلقة من " +
    "أحدثها، بمواصلتها.",
  "nextYear.started":
    "بدأت: {started, number} (منها {carried, number} مواصلة لخطة مغلقة)، تُخطّيت: {skipped, " +
    "number} (لديهم خطة بالفعل).",
  "nextYear.carry.title": "مواصلة خطة مغلقة",
  "nextYear.carry.intro":
    "تحتفظ المسودة الجديدة بنقاط القوة ومجالات التحسين والإجراءات التي لا تزال في الخطة " +
    "المغلقة، بصوت من كتبها، مع علامة أنها منقولة منها.",
  "nextYear.carry.none": "لا يوجد طالب في هذا الفصل لديه خطة مغلقة وليست لديه خطة مفتوحة.",
  "nextYear.carry.student": "الطالب",
  "nextYear.carry.closedOn": "أُغلقت",
  "nextYear.carry.button": "بدء خطة العام القادم انطلاقًا من هذه الخطة",
  "nextYear.carry.buttonThisYear": "بدء خطة جديدة انطلاقًا من هذه الخطة",
  "nextYear.forStudent": "لـ{name}",
  "nextYear.problem.notClosed": "لا يمكن مواصلة إلا خطة مغلقة.",
  "nextYear.fromPlan": "الخطة التي أُغلقت في {date} والتي بدأت منها هذه الخطة",
  "nextYear.fromPlanUndated": "الخطة المغلقة التي بدأت منها هذه الخطة",
  "nextYear.carried": "منقولة من الخطة التي أُغلقت في {date}",
  "nextYear.carriedUndated": "منقولة من خطة مغلقة",
  "nextYear.notCarried": "لدى هذا الطالب خطة مفتوحة بالفعل، لذلك لم يُنقل شيء. هذه هي تلك الخطة.",
  "program.plansPdf.title": "خطط صف دراسي كامل في ملف PDF واحد",
  "program.plansPdf.hint": "تبدأ كل خطة في صفحة جديدة. يستغرق تنزيل صف كبير بعض الوقت.",
  "program.plansPdf.link":
    "الصف {grade}: {count, plural, zero {لا خطط} one {خطة واحدة} two {خطتان} " +
    "few {# خطط} many {# خطة} other {# خطة}} (PDF)",
  "program.plansPdf.none": "لا توجد خطط في الصف {grade} يمكنك تنزيلها.",
  "program.plansPdf.badGrade": "اختر صفًا من القائمة لتنزيل خططه.",
};
