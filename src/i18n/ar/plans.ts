import type { plans as english } from "../en/plans.ts";
import type { Messages } from "../messages.ts";

// History lines name the person first and the change as a noun ("{name}: إضافة ..."): the
// app does not know whether a teacher or family member is a man or a woman, and a verb before
// the name would have to say.
const sectionSelectAfterOf =
  "{section, select, strength {نقطة قوة} area {مجال تحسين} " +
  "student_action {إجراء للطالب} teacher_action {إجراء للمعلم} " +
  "family_action {إجراء للأسرة} other {عبارة}}";

export const plans: Messages<typeof english> = {
  "plans.title": "خطة العمل في الرياضيات الخاصة بـ{name}",
  "plans.stageIs": "المرحلة: {stage}",
  "plans.notOnRoster":
    "لم يعد اسم {name} في سجل المدرسة (الحالة: غير نشط منذ استيراد للسجل). تبقى الخطة كما " +
    "هي: إلى أن يعود الاسم إلى السجل، لا يستطيع المعلمون ولا الأسرة ولا {name} فتحها. لا يزال " +
    "بإمكانك قراءتها والإضافة إليها وإغلاقها.",
  "plans.stage.draft": "مسودة",
  "plans.stage.shared": "تمت مشاركتها مع الأسرة",
  "plans.stage.agreed": "متفق عليها",
  "plans.stage.checking_in": "في مرحلة المتابعة",
  "plans.stage.closed": "مغلقة",
  "plans.nextCheckIn": "جلسة المتابعة القادمة: {day}",
  "plans.overdue": "متأخرة",
  "plans.agreedOn": "اتُّفق على الخطة في {when}",

  "plans.writtenIn": "مكتوب بلغة: {language}",
  "plans.students.overdueHeading":
    "{count, plural, zero {لا متابعات متأخرة} one {متابعة واحدة متأخرة} two {متابعتان متأخرتان} " +
    "few {# متابعات متأخرة} many {# متابعة متأخرة} other {# متابعة متأخرة}}",
  "plans.students.overdueSince": "كان موعدها {date}",
  "plans.vision.heading": "رؤية الرياضيات",
  "plans.vision.empty": "لم تكتب المدرسة رؤية الرياضيات الخاصة بها بعد.",
  "plans.progressSection.heading": "التقدّم في الرياضيات",
  "plans.strengths.heading": "نقاط القوة",
  "plans.strengths.intro": "نقاط القوة في الرياضيات، كما يراها الطالب والأسرة والمعلم.",
  "plans.areas.heading": "مجالات التحسين",
  "plans.areas.intro":
    "الخطوات التالية في التعلّم، ومع كل منها نقاط القوة التي ستساعد الطالب على بلوغها.",
  "plans.areas.helpedBy": "نقاط القوة التي ستساعد:",
  "plans.actionPlan.heading": "خطة العمل",
  "plans.studentActions.heading": "إجراءات الطالب",
  "plans.teacherActions.heading": "إجراءات المعلم",
  "plans.familyActions.heading": "إجراءات الأسرة",
  "plans.statements.none": "لا شيء هنا بعد.",
  "plans.statements.edited": "(عُدّلت)",
  "plans.statements.edit": "تغيير كلماتي",
  "plans.statements.retire": "إزالة",
  "plans.progressIs": "التقدّم: {progress}",
  "plans.progress.not_started": "لم يبدأ",
  "plans.progress.under_way": "جارٍ",
  "plans.progress.done": "تم",
  "plans.progress.changed": "تغيّر",

  "plans.add.strength.student": "أضف نقطة قوة لديّ",
  "plans.add.strength.family": "أضف نقطة قوة نراها في البيت",
  "plans.add.strength.teacher": "أضف نقطة قوة",
  "plans.add.area.teacher": "أضف مجال تحسين",
  "plans.add.area.student": "أضف شيئًا أريد أن أتحسّن فيه",
  "plans.add.area.family": "أضف مجال تحسين نراه في البيت",
  "plans.add.studentAction.student": "أضف شيئًا سأفعله",
  "plans.add.studentAction.teacher": "أضف إجراءً للطالب",
  "plans.add.teacherAction.teacher": "أضف إجراءً للمعلم",
  "plans.add.familyAction.family": "أضف شيئًا ستفعله أسرتنا",
  "plans.add.familyAction.teacher": "أضف إجراءً للأسرة",
  "plans.add.submit": "أضف إلى الخطة",

  "plans.field.section": "القسم",
  "plans.field.strength": "نقطة القوة",
  "plans.field.area": "مجال التحسين",
  "plans.field.studentAction": "إجراء الطالب",
  "plans.field.teacherAction": "إجراء المعلم",
  "plans.field.familyAction": "إجراء الأسرة",
  "plans.field.helpedBy": "نقاط القوة التي ستساعد",
  "plans.field.comment": "التعليق",
  "plans.field.commentOn": "تعليقك على هذا",
  "plans.field.prompt": "السؤال",
  "plans.field.conferenceNote": "ما قاله الطالب",
  "plans.field.startsAt": "التاريخ والوقت",
  "plans.field.place": "المكان",
  "plans.field.videoLink": "رابط الفيديو",
  "plans.field.meetingNotes": "ملاحظات الاجتماع",
  "plans.field.attendees": "من حضر",
  "plans.field.firstCheckInOn": "أول جلسة متابعة",
  "plans.field.progress": "التقدّم في الإجراءات",
  "plans.field.progressOn": "التقدّم في: {action}",
  "plans.field.checkInNote": "ملاحظة جلسة المتابعة",
  "plans.field.nextCheckInOn": "جلسة المتابعة القادمة",

  "plans.hint.strength.teacher":
    "شيء يُحسنه هذا الطالب أو يستمتع به أو يفخر به في الرياضيات. حتى {max, number} من الأحرف.",
  "plans.hint.strength.student":
    "بكلماتك أنت: شيء أُحسنه أو أستمتع به أو أفخر به في الرياضيات (مثلًا «ألاحظ الأنماط في " +
    "الأعداد»). حتى {max, number} من الأحرف.",
  "plans.hint.strength.family":
    "نقطة قوة في الرياضيات تراها الأسرة، في البيت أو في أي مكان: مهارة أو متعة أو شيء يدعو " +
    "إلى الفخر (مثلًا «حساب الباقي عندما نتسوّق»). حتى {max, number} من الأحرف.",
  "plans.hint.area.teacher":
    "خطوة تالية في تعلّم الطالب، مكتوبة كهدف للطالب أو كهدف مشترك (مثلًا «شرح طريقة التفكير " +
    "في الكسور»). حتى {max, number} من الأحرف.",
  "plans.hint.area.student":
    "شيء أريد أن أتحسّن فيه في الرياضيات، مكتوبًا كهدف (مثلًا «أشرح طريقة تفكيري في الكسور»). " +
    "حتى {max, number} من الأحرف.",
  "plans.hint.area.family":
    "مجال تودّ الأسرة أن ترى فيه تقدّمًا، مكتوبًا كهدف (مثلًا «شرح طريقة التفكير في الكسور»). " +
    "حتى {max, number} من الأحرف.",
  "plans.hint.action": "خطوة واحدة، بكلمات من سيقوم بها. حتى {max, number} من الأحرف.",
  "plans.hint.helpedBy": "اختر نقاط القوة في هذه الخطة التي ستساعد في هذه الخطوة.",
  "plans.hint.noStrengthsYet":
    "أضف نقاط القوة أولًا؛ بعدها يمكن لكل مجال تحسين أن يذكر النقاط التي ستساعد فيه.",
  "plans.hint.comment": "يستطيع كل من في هذه الخطة قراءة التعليقات. حتى {max, number} من الأحرف.",
  "plans.hint.ownWords":
    "هذه كلماتك. يحتفظ سجل الخطة بما كانت تقوله من قبل. حتى {max, number} من الأحرف.",
  "plans.hint.conferenceNote":
    "بكلمات الطالب نفسه قدر الإمكان. لا يرى ملاحظات الحوار إلا الموظفون. حتى {max, number} " +
    "من الأحرف.",
  "plans.hint.startsAt": "بالتوقيت المحلي للمدرسة ({zone}).",
  "plans.hint.place":
    "غرفة، أو «مكالمة هاتفية». اذكر مكانًا أو رابط فيديو أو كليهما، في {max, number} حرفًا على " +
    "الأكثر.",
  "plans.hint.videoLink": "عنوان ويب يبدأ بـ https://",
  "plans.hint.meetingNotes":
    "يستطيع كل من في هذه الخطة قراءة هذه الملاحظات. حتى {max, number} من الأحرف.",
  "plans.hint.firstCheckInOn": "بعد أسبوعين من اليوم، ما لم تختر يومًا آخر.",
  "plans.hint.checkInNote":
    "ما سار على ما يرام وما تغيّر. يستطيع كل من في هذه الخطة قراءتها. حتى {max, number} من " +
    "الأحرف.",
  "plans.hint.nextCheckInOn": "يحدّده إيقاع المتابعة في المدرسة، ما لم تختر يومًا آخر.",

  "plans.comment.onStatement": "علّق على هذا",
  "plans.comment.submit": "انشر التعليق",
  "plans.comments.heading": "التعليقات",
  "plans.comments.none": "لا توجد تعليقات بعد.",

  "plans.conference.heading": "ملاحظات الحوار",
  "plans.conference.staffOnly":
    "لا يرى هذه الملاحظات إلا الموظفون. لا يراها الطالب ولا الأسرة أبدًا.",
  "plans.conference.none": "لا توجد ملاحظات حوار بعد.",
  "plans.conference.guide": "أسئلة لتوجيه الحوار مع الطالب:",
  "plans.conference.submit": "احفظ الملاحظة",
  "plans.prompt.confident": "في أي شيء من الرياضيات يكون لديك شعور بالثقة؟",
  "plans.prompt.proud": "هل من مرة شعرت فيها بالفخر بطريقة تفكيرك في الرياضيات؟ كيف كانت؟",
  "plans.prompt.hard_problem": "ما الذي يساعدك عندما تكون المسألة صعبة؟",
  "plans.prompt.get_better": "ما الخطوة التالية في الرياضيات التي تهمّك؟",
  "plans.prompt.math_at_home": "أين تفيدك الرياضيات في البيت أو خارج المدرسة؟",
  "plans.prompt.none": "ملاحظات أخرى",

  "plans.meetings.heading": "الاجتماعات",
  "plans.meetings.none": "لا يوجد أي اجتماع بعد.",
  "plans.meeting.add": "سجّل اجتماعًا",
  "plans.meeting.submit": "احفظ الاجتماع",
  "plans.meeting.place": "المكان: {place}",
  "plans.meeting.video": "رابط الفيديو للاجتماع",
  "plans.meeting.attended": "الحضور: {names}",
  "plans.meeting.attendeeChoice": "{name} ({role})",
  "plans.role.student": "طالب",
  "plans.role.guardian": "الأسرة",
  "plans.role.teacher": "فريق التدريس",
  "plans.role.administrator": "طاقم المدرسة",

  "plans.agree.heading": "الاتفاق على الخطة",
  "plans.agree.intro":
    "عندما يتحدث الطالب والأسرة والمعلم عن الخطة معًا، اعتمدها خطةً متفقًا عليها. بذلك " +
    "تُحدَّد أول جلسة متابعة.",
  "plans.agree.submit": "اعتمد الخطة متفقًا عليها",

  "plans.checkIns.heading": "جلسات المتابعة",
  "plans.checkIns.none": "لم تُعقد أي جلسة متابعة بعد.",
  "plans.checkIn.add": "سجّل جلسة متابعة",
  "plans.checkIn.submit": "احفظ جلسة المتابعة",

  "plans.close.hint": "أغلق الخطة عندما ينتهي عملها. تبقى هنا للقراءة، ويمكن بدء خطة جديدة.",
  "plans.close.submit": "أغلق هذه الخطة",
  "plans.close.confirm":
    "لا يمكن فتح الخطة المغلقة مرة أخرى. تُسحب مواعيد الاجتماع التي لم ترد عليها الأسرة بعد.",
  "plans.close.yes": "نعم، أغلق هذه الخطة",

  "plans.share.heading": "المشاركة مع الأسرة",
  "plans.share.intro": "أرسل الخطة إلى الأسرة واطبع بطاقات تسجيل الدخول.",
  "plans.share.link": "شارك هذه الخطة مع الأسرة",

  "plans.history.heading": "السجل",
  "plans.history.none": "لم يحدث شيء في هذه الخطة بعد.",
  "plans.history.someone": "شخص ما",
  "plans.history.before": "قبل",
  "plans.history.after": "بعد",
  "plans.event.started": "{name}: بدء الخطة.",
  "plans.event.shared": "{name}: مشاركة الخطة مع الأسرة.",
  "plans.event.agreed": "{name}: اعتماد الخطة متفقًا عليها. أول جلسة متابعة: {day}.",
  "plans.event.closed": "{name}: إغلاق الخطة.",
  "plans.event.closedSecondOpenPlan":
    "أغلق التطبيق هذه الخطة عند تحديثه: كانت هناك خطة مفتوحة أخرى أحدث منها، وهي ما زالت مفتوحة.",
  "plans.event.statementAdded": `{name}: إضافة ${sectionSelectAfterOf}.`,
  "plans.event.statementEdited": `{name}: تغيير كلمات ${sectionSelectAfterOf}.`,
  "plans.event.statementRetired": `{name}: إزالة ${sectionSelectAfterOf}.`,
  "plans.event.commentAdded": "{name}: إضافة تعليق.",
  "plans.event.conferenceNoteAdded": "{name}: إضافة ملاحظة حوار.",
  "plans.event.meetingRecorded": "{name}: تسجيل اجتماع في {when}.",
  "plans.event.checkInRecorded":
    "{name}: تسجيل جلسة متابعة {count, plural, zero {دون تقدّم في أي إجراء} " +
    "one {فيها تقدّم في إجراء واحد} two {فيها تقدّم في إجراءين} " +
    "few {فيها تقدّم في # إجراءات} many {فيها تقدّم في # إجراءً} " +
    "other {فيها تقدّم في # إجراء}}. جلسة المتابعة القادمة: {day}.",
  "plans.event.other": "{name}: تغيير في الخطة.",

  "plans.print.link": "نسخة للطباعة",
  "plans.print.button": "طباعة",
  "plans.print.back": "العودة إلى الخطة",
  "plans.print.printedOn": "طُبعت في {day}",
  "plans.print.dates": "الاجتماعات وجلسات المتابعة",
  "plans.print.meeting": "اجتماع في {when}",

  "plans.edit.title": "غيّر كلماتك: {section}",
  "plans.edit.intro": "أنت وحدك تستطيع تغيير كلماتك. يستطيع الآخرون الرد عليها بتعليق.",

  "plans.saved.started": "بدأت الخطة. ابدأ بنقاط قوة الطالب.",
  "plans.saved.statement": "أُضيف إلى الخطة.",
  "plans.saved.edited": "حُدّثت كلماتك.",
  "plans.saved.retired": "أُزيل من الخطة. لا يزال السجل يعرضه.",
  "plans.saved.comment": "نُشر تعليقك.",
  "plans.saved.note": "حُفظت ملاحظة الحوار.",
  "plans.saved.meeting": "سُجّل الاجتماع.",
  "plans.saved.agreed": "اتُّفق على الخطة وحُدّدت أول جلسة متابعة.",
  "plans.saved.checkIn": "سُجّلت جلسة المتابعة وحُدّدت الجلسة التالية.",
  "plans.saved.closed": "أُغلقت الخطة.",

  "plans.students.chooseClass":
    "{count, plural, zero {لا توجد فصول} one {يوجد فصل واحد} two {يوجد فصلان} few {توجد # فصول} " +
    "many {يوجد # فصلًا} other {يوجد # فصل}}: اختر فصلًا لترى طلابه وخططهم.",
  "plans.students.studentCount":
    "{count, plural, zero {لا طلاب} one {طالب واحد} two {طالبان} few {# طلاب} many {# طالبًا} " +
    "other {# طالب}}",
  "plans.students.allClasses": "كل الفصول",
  "plans.students.title": "طلابي",
  "plans.students.titleAll": "الطلاب",
  "plans.students.noClasses": "لا توجد فصول لك في سجل المدرسة بعد.",
  "plans.students.noStudents": "لا يوجد طلاب في هذا الفصل بعد.",
  "plans.students.noClass": "طلاب ليسوا في فصل",
  "plans.students.student": "الطالب",
  "plans.students.stage": "مرحلة الخطة",
  "plans.students.nextCheckIn": "جلسة المتابعة القادمة",
  "plans.students.plan": "الخطة",
  "plans.students.noPlan": "لا توجد خطة بعد",
  "plans.students.nextYearStage": "{stage}، للعام القادم",
  "plans.students.openPlan": "افتح الخطة",
  "plans.students.viewPlan": "اعرض الخطة",
  "plans.students.start": "ابدأ خطة عمل في الرياضيات",
  "plans.students.forStudent": "لـ{name}",
  "plans.students.chooseSchool":
    "{count, plural, zero {لا توجد مدارس} one {توجد مدرسة واحدة} two {توجد مدرستان} " +
    "few {توجد # مدارس} many {توجد # مدرسة} other {توجد # مدرسة}}: " +
    "يُرجى اختيار مدرسة لعرض فصولها.",
  "plans.students.schools": "المدارس",
  "plans.students.schoolSize":
    "{classes, plural, zero {لا فصول} one {فصل واحد} two {فصلان} few {# فصول} " +
    "many {# فصلًا} other {# فصل}}، {count, plural, zero {لا طلاب} one {طالب واحد} " +
    "two {طالبان} few {# طلاب} many {# طالبًا} other {# طالب}}",
  "plans.students.allSchools": "كل المدارس",
  "plans.students.findClassIntro":
    "{count, plural, zero {لا فصول في هذه المدرسة} one {في هذه المدرسة فصل واحد} " +
    "two {في هذه المدرسة فصلان} few {في هذه المدرسة # فصول} " +
    "many {في هذه المدرسة # فصلًا} other {في هذه المدرسة # فصل}}، " +
    "وهذا أكثر من أن يُعرض في قائمة: يمكن البحث عن فصل باسمه أو رمزه أو معرّفه في السجل.",
  "plans.students.findClass": "البحث عن فصل",
  "plans.students.findClassHint":
    "يُرجى كتابة جزء من اسم الفصل (مثل رياضيات 7) أو رمزه أو معرّفه في السجل (sourcedId).",
  "plans.students.find": "بحث",
  "plans.students.classMatches":
    "{count, plural, zero {لا يطابق أي فصل} one {يطابق فصل واحد} two {يطابق فصلان} " +
    "few {تطابق # فصول} many {يطابق # فصلًا} other {يطابق # فصل}} «{words}»: " +
    "يُرجى اختيار واحد منها.",
  "plans.students.moreClassMatches":
    "يطابق «{words}» أكثر من {count, number} فصل: يُرجى اختيار واحد من أول " +
    "{count, number} فصل أدناه، أو كتابة المزيد من الاسم.",
  "plans.students.noClassMatches":
    "لا يطابق «{words}» أي فصل في هذه المدرسة. يُرجى تجربة جزء من اسم الفصل أو رمزه أو " +
    "معرّفه في السجل.",
  "plans.students.notYourSchool":
    "المدرسة في هذا العنوان ليست من مدارسك (أو لم تعد في السجل)، لذلك لا تُعرض فصولها. " +
    "يُرجى الاختيار من مدارسك أدناه.",
  "plans.students.overdueCount":
    "{count, plural, zero {لا متابعات متأخرة} one {متابعة واحدة متأخرة} " +
    "two {متابعتان متأخرتان} few {# متابعات متأخرة} many {# متابعة متأخرة} " +
    "other {# متابعة متأخرة}}",
  "plans.students.overdueMoreClasses":
    "{count, plural, zero {لا توجد فصول أخرى فيها متابعات متأخرة.} " +
    "one {يوجد فصل آخر فيه متابعات متأخرة.} two {يوجد فصلان آخران فيهما متابعات متأخرة.} " +
    "few {توجد # فصول أخرى فيها متابعات متأخرة.} many {يوجد # فصلًا آخر فيه متابعات متأخرة.} " +
    "other {يوجد # فصل آخر فيه متابعات متأخرة.}}",
  "plans.students.overdueInClasses":
    "يبيّن كل فصل أدناه عدد طلابه الذين لديهم متابعة متأخرة: الطالب المسجّل في عدة فصول " +
    "يُحسب في كل منها.",
  "plans.students.overdueInSchools": "تُبيّن كل مدرسة أدناه كم منها لديها.",

  "plans.problem.day": "يجب أن يكون {field} تاريخًا، مثل 2025-03-14.",
  "plans.problem.futureDay": "يجب أن يكون {field} يومًا بعد اليوم.",
  "plans.problem.dateTime": "يجب أن يكون {field} تاريخًا ووقتًا.",
  "plans.problem.link": "يجب أن يكون {field} عنوان ويب يبدأ بـ https://",
  "plans.problem.plainHttpLink":
    "يبدأ {field} بـ http://، وهذا غير آمن لتفتحه العائلات. يُرجى إدخال عنوان الاجتماع " +
    "الذي يبدأ بـ https:// (تعرضه خدمات الفيديو).",
  "plans.problem.placeOrLink": "يُرجى ذكر مكان أو رابط فيديو أو كليهما.",
  "plans.problem.notAnAttendee": "لا يمكن أن يكون في {field} إلا الطالب والأسرة والمعلمون.",
  "plans.problem.strengthGone":
    "{field}: إحدى نقاط القوة المختارة لم تعد في الخطة. يُرجى الاختيار مرة أخرى.",
  "plans.problem.actionGone":
    "{field}: أحد الإجراءات لم يعد في الخطة. يُرجى النظر في الخطة مرة أخرى.",
  "plans.problem.closed": "هذه الخطة مغلقة، لذلك لا يمكن تغييرها بعد الآن.",
  "plans.problem.startedMeanwhile":
    "في اللحظة نفسها بُدئت خطة أخرى أو أُغلقت. يُرجى المحاولة مرة أخرى.",
  "plans.problem.noSchool": "هذا الطالب ليس في مدرسة من سجل المدرسة بعد، لذلك لا يمكن بدء خطة.",
  "plans.problem.notYourSection": "لا يمكنك الإضافة إلى هذا الجزء من الخطة.",
  "plans.problem.notYourWords":
    "لا يستطيع تغيير هذا إلا الشخص الذي كتبه. يمكنك إضافة تعليق بدلًا من ذلك.",
  "plans.problem.alreadyAgreed": "اتُّفق على هذه الخطة من قبل.",
  "plans.problem.notAgreedYet": "تبدأ جلسات المتابعة بعد الاتفاق على الخطة.",
};
