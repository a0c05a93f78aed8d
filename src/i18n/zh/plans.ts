import type { plans as english } from "../en/plans.ts";
import type { Messages } from "../messages.ts";

/*
 * Words of the plan pages (Simplified Chinese). Plans describe students by their strengths,
 * never by deficits: an area of improvement is a next step in learning.
 */
const sectionSelect =
  "{section, select, strength {一项优势} area {一个待提高的方面} " +
  "student_action {一项学生行动} teacher_action {一项老师行动} " +
  "family_action {一项家庭行动} other {一条内容}}";

export const plans: Messages<typeof english> = {
  "plans.title": "{name}的数学行动计划",
  "plans.stageIs": "阶段：{stage}",
  "plans.notOnRoster":
    "{name}已不在学校名册上（一次名册导入后已停用）。计划原样保留：在名册重新列出这名学生之前，" +
    "老师、家人和{name}本人都无法打开它。你仍然可以阅读、补充和关闭这份计划。",
  "plans.stage.draft": "草稿",
  "plans.stage.shared": "已与家人分享",
  "plans.stage.agreed": "已达成一致",
  "plans.stage.checking_in": "跟进中",
  "plans.stage.closed": "已结束",
  "plans.nextCheckIn": "下次跟进：{day}",
  "plans.overdue": "已逾期",
  "plans.agreedOn": "计划于 {when} 达成一致",

  "plans.writtenIn": "以{language}书写",
  "plans.students.overdueHeading": "{count, plural, other {# 次回顾已逾期}}",
  "plans.students.overdueSince": "原定于 {date}",
  "plans.vision.heading": "数学愿景",
  "plans.vision.empty": "学校还没有写下数学愿景。",
  "plans.progressSection.heading": "数学进展",
  "plans.strengths.heading": "优势",
  "plans.strengths.intro": "这位学生在数学上做得好的地方，来自学生、家人和老师的观察。",
  "plans.areas.heading": "待提高的方面",
  "plans.areas.intro": "学习的下一步，每一步都写明哪些优势能帮助学生做到。",
  "plans.areas.helpedBy": "能帮上忙的优势：",
  "plans.actionPlan.heading": "行动计划",
  "plans.studentActions.heading": "学生行动",
  "plans.teacherActions.heading": "老师行动",
  "plans.familyActions.heading": "家庭行动",
  "plans.statements.none": "这里还没有内容。",
  "plans.statements.edited": "（已修改）",
  "plans.statements.edit": "修改我写的话",
  "plans.statements.retire": "删除",
  "plans.progressIs": "进展：{progress}",
  "plans.progress.not_started": "尚未开始",
  "plans.progress.under_way": "正在进行",
  "plans.progress.done": "已完成",
  "plans.progress.changed": "已调整",

  "plans.add.strength.student": "添加我的一项优势",
  "plans.add.strength.family": "添加我们在家看到的一项优势",
  "plans.add.strength.teacher": "添加一项优势",
  "plans.add.area.teacher": "添加一个待提高的方面",
  "plans.add.area.student": "添加我想做得更好的一件事",
  "plans.add.area.family": "添加我们在家看到的一个待提高的方面",
  "plans.add.studentAction.student": "添加我要做的事",
  "plans.add.studentAction.teacher": "添加一项学生行动",
  "plans.add.teacherAction.teacher": "添加一项老师行动",
  "plans.add.familyAction.family": "添加我们家要做的事",
  "plans.add.familyAction.teacher": "添加一项家庭行动",
  "plans.add.submit": "添加到计划中",

  "plans.field.section": "部分",
  "plans.field.strength": "优势",
  "plans.field.area": "待提高的方面",
  "plans.field.studentAction": "学生行动",
  "plans.field.teacherAction": "老师行动",
  "plans.field.familyAction": "家庭行动",
  "plans.field.helpedBy": "能帮上忙的优势",
  "plans.field.comment": "评论",
  "plans.field.commentOn": "您对此的评论",
  "plans.field.prompt": "问题",
  "plans.field.conferenceNote": "学生说的话",
  "plans.field.startsAt": "日期和时间",
  "plans.field.place": "地点",
  "plans.field.videoLink": "视频链接",
  "plans.field.meetingNotes": "会议记录",
  "plans.field.attendees": "参加的人",
  "plans.field.firstCheckInOn": "第一次跟进",
  "plans.field.progress": "各项行动的进展",
  "plans.field.progressOn": "进展：{action}",
  "plans.field.checkInNote": "跟进记录",
  "plans.field.nextCheckInOn": "下次跟进",

  "plans.hint.strength.teacher":
    "这位学生在数学上擅长、喜欢或引以为豪的事。最多 {max, number} 个字符。",
  "plans.hint.strength.student":
    "你在数学上擅长、喜欢或引以为豪的事，用你自己的话来写（例如“我能发现数字里的规律”）。最多 " +
    "{max, number} 个字符。",
  "plans.hint.strength.family":
    "您的孩子在数学上擅长、喜欢或引以为豪的事，在家里或任何地方都可以（例如“买东西时会算找零”）。" +
    "最多 {max, number} 个字符。",
  "plans.hint.area.teacher":
    "这位学生学习的下一步，写成他们的目标或您和他们共同的目标（例如“用分数解释自己的思路”）。" +
    "最多 {max, number} 个字符。",
  "plans.hint.area.student":
    "你想在数学上做得更好的事，用目标的方式来写（例如“用分数解释我的思路”）。最多 " +
    "{max, number} 个字符。",
  "plans.hint.area.family":
    "您希望孩子在哪方面有所进步，用目标的方式来写（例如“用分数解释自己的思路”）。最多 " +
    "{max, number} 个字符。",
  "plans.hint.action": "某个人将要采取的一个步骤，用他们自己的话来写。最多 {max, number} 个字符。",
  "plans.hint.helpedBy": "选择这份计划中能帮助完成这一步的优势。",
  "plans.hint.noStrengthsYet": "请先添加优势；之后，每个待提高的方面都可以写明哪些优势能帮上忙。",
  "plans.hint.comment": "这份计划中的每个人都能看到评论。最多 {max, number} 个字符。",
  "plans.hint.ownWords":
    "这是您写的话。计划的历史记录会保留之前的内容。最多 {max, number} 个字符。",
  "plans.hint.conferenceNote":
    "尽量用学生自己的话来写。只有教职员工能看到面谈记录。最多 {max, number} 个字符。",
  "plans.hint.startsAt": "学校当地时间（{zone}）。",
  "plans.hint.place":
    "一个房间，或者“电话”。请填写地点、视频链接，或两者都填。最多 {max, number} 个字符。",
  "plans.hint.videoLink": "以 https:// 开头的网址",
  "plans.hint.meetingNotes": "这份计划中的每个人都能看到这些记录。最多 {max, number} 个字符。",
  "plans.hint.firstCheckInOn": "默认为两周后，您也可以选择别的日期。",
  "plans.hint.checkInNote":
    "哪些进展顺利，哪些有了调整。这份计划中的每个人都能看到。最多 {max, number} 个字符。",
  "plans.hint.nextCheckInOn": "默认按学校的跟进周期安排，您也可以选择别的日期。",

  "plans.comment.onStatement": "对此发表评论",
  "plans.comment.submit": "发表评论",
  "plans.comments.heading": "评论",
  "plans.comments.none": "还没有评论。",

  "plans.conference.heading": "面谈记录",
  "plans.conference.staffOnly": "只有教职员工能看到这些记录，学生和家人看不到。",
  "plans.conference.none": "还没有面谈记录。",
  "plans.conference.guide": "引导与学生谈话的问题：",
  "plans.conference.submit": "保存记录",
  "plans.prompt.confident": "在数学上，你对什么最有信心？",
  "plans.prompt.proud": "说说有一次你为自己的数学思考感到骄傲的经历。",
  "plans.prompt.hard_problem": "遇到难题时，什么能帮到你？",
  "plans.prompt.get_better": "接下来你想在哪方面做得更好？",
  "plans.prompt.math_at_home": "在家里或校外，你在哪里会用到数学？",
  "plans.prompt.none": "其他记录",

  "plans.meetings.heading": "会议",
  "plans.meetings.none": "还没有会议。",
  "plans.meeting.add": "记录一次会议",
  "plans.meeting.submit": "保存会议",
  "plans.meeting.place": "地点：{place}",
  "plans.meeting.video": "会议的视频链接",
  "plans.meeting.attended": "参加者：{names}",
  "plans.meeting.attendeeChoice": "{name}（{role}）",
  "plans.role.student": "学生",
  "plans.role.guardian": "家人",
  "plans.role.teacher": "老师",
  "plans.role.administrator": "学校教职员工",

  "plans.agree.heading": "确认计划",
  "plans.agree.intro":
    "学生、家人和老师一起讨论过计划后，就把它标记为已达成一致。这样会安排第一次跟进。",
  "plans.agree.submit": "标记计划已达成一致",

  "plans.checkIns.heading": "跟进",
  "plans.checkIns.none": "还没有进行过跟进。",
  "plans.checkIn.add": "记录一次跟进",
  "plans.checkIn.submit": "保存跟进",

  "plans.close.hint":
    "计划的工作完成后，就可以结束计划。它会留在这里供阅读，也可以开始一份新计划。",
  "plans.close.submit": "结束这份计划",
  "plans.close.confirm": "计划结束后不能再打开。家庭尚未回复的会面时间将被撤回。",
  "plans.close.yes": "是的，结束这份计划",

  "plans.share.heading": "与家人分享",
  "plans.share.intro": "把计划发送给家人，并打印登录卡。",
  "plans.share.link": "与家人分享这份计划",

  "plans.history.heading": "历史记录",
  "plans.history.none": "这份计划还没有任何变动。",
  "plans.history.someone": "有人",
  "plans.history.before": "之前",
  "plans.history.after": "之后",
  "plans.event.started": "{name}开始了这份计划。",
  "plans.event.shared": "{name}与家人分享了这份计划。",
  "plans.event.agreed": "{name}将计划标记为已达成一致。第一次跟进：{day}。",
  "plans.event.closed": "{name}结束了这份计划。",
  "plans.event.closedSecondOpenPlan":
    "应用更新时结束了这份计划：这位学生同时还有另一份较新的进行中的计划，那份计划仍在进行。",
  "plans.event.statementAdded": `{name}添加了${sectionSelect}。`,
  "plans.event.statementEdited": `{name}修改了${sectionSelect}的文字。`,
  "plans.event.statementRetired": `{name}删除了${sectionSelect}。`,
  "plans.event.commentAdded": "{name}添加了一条评论。",
  "plans.event.conferenceNoteAdded": "{name}添加了一条面谈记录。",
  "plans.event.meetingRecorded": "{name}记录了 {when} 的一次会议。",
  "plans.event.checkInRecorded":
    "{name}记录了一次跟进，其中有 {count, plural, other {# 项行动}}的进展。下次跟进：{day}。",
  "plans.event.other": "{name}修改了计划。",

  "plans.print.link": "打印版式",
  "plans.print.button": "打印",
  "plans.print.back": "返回计划",
  "plans.print.printedOn": "打印于 {day}",
  "plans.print.dates": "会议和跟进",
  "plans.print.meeting": "{when} 的会议",

  "plans.edit.title": "修改您写的话：{section}",
  "plans.edit.intro": "只有您能修改自己写的话。其他人可以用评论来回应。",

  "plans.saved.started": "计划已经开始。先从学生的优势写起吧。",
  "plans.saved.statement": "已添加到计划中。",
  "plans.saved.edited": "您写的话已更新。",
  "plans.saved.retired": "已从计划中删除。历史记录中仍然可以看到。",
  "plans.saved.comment": "您的评论已发表。",
  "plans.saved.note": "面谈记录已保存。",
  "plans.saved.meeting": "会议已记录。",
  "plans.saved.agreed": "计划已达成一致，第一次跟进已安排好。",
  "plans.saved.checkIn": "跟进已记录，下一次也已安排好。",
  "plans.saved.closed": "计划已结束。",

  "plans.students.chooseClass":
    "{count, plural, other {共有 # 个班级}}：选择一个班级，查看其学生和他们的计划。",
  "plans.students.studentCount": "{count, plural, other {# 名学生}}",
  "plans.students.allClasses": "所有班级",
  "plans.students.title": "我的学生",
  "plans.students.titleAll": "学生",
  "plans.students.noClasses": "名册中还没有您的班级。",
  "plans.students.noStudents": "这个班还没有学生。",
  "plans.students.noClass": "不在任何班级的学生",
  "plans.students.student": "学生",
  "plans.students.stage": "计划阶段",
  "plans.students.nextCheckIn": "下次跟进",
  "plans.students.plan": "计划",
  "plans.students.noPlan": "还没有计划",
  "plans.students.nextYearStage": "{stage}（下一学年）",
  "plans.students.openPlan": "打开计划",
  "plans.students.viewPlan": "查看计划",
  "plans.students.start": "开始数学行动计划",
  "plans.students.forStudent": "为{name}",
  "plans.students.chooseSchool":
    "{count, plural, other {共有 # 所学校}}：选择一所学校，查看其班级。",
  "plans.students.schools": "学校",
  "plans.students.schoolSize":
    "{classes, plural, other {# 个班级}}，{count, plural, other {# 名学生}}",
  "plans.students.allSchools": "所有学校",
  "plans.students.findClassIntro":
    "{count, plural, other {这所学校有 # 个班级}}，太多无法全部列出：" +
    "请按班级名称、班级代码或名册编号查找。",
  "plans.students.findClass": "查找班级",
  "plans.students.findClassHint":
    "输入班级名称的一部分（例如“数学 7”）、班级代码或名册编号（sourcedId）。",
  "plans.students.find": "查找",
  "plans.students.classMatches":
    "有{count, plural, other { # 个班级}}与“{words}”相符：请选择一个。",
  "plans.students.moreClassMatches":
    "与“{words}”相符的班级超过 {count, number} 个：请在下面的前 {count, number} " +
    "个中选择一个，或输入更多班级名称。",
  "plans.students.noClassMatches":
    "这所学校没有与“{words}”相符的班级。请尝试输入班级名称的一部分、班级代码或名册编号。",
  "plans.students.notYourSchool":
    "此地址中的学校不是您的学校（或已不在名册中），因此不显示其班级。请从下面您的学校中选择。",
  "plans.students.overdueCount": "{count, plural, other {# 次回顾逾期}}",
  "plans.students.overdueMoreClasses": "另有{count, plural, other { # 个班级}}有逾期的回顾。",
  "plans.students.overdueInClasses":
    "下面每个班级显示其中有多少学生的回顾已逾期：在多个班级的学生在每个班级都计入。",
  "plans.students.overdueInSchools": "下面每所学校都标明了其中属于本校的数量。",

  "plans.problem.day": "{field}必须是日期，例如 2025-03-14。",
  "plans.problem.futureDay": "{field}必须是今天以后的日期。",
  "plans.problem.dateTime": "{field}必须包含日期和时间。",
  "plans.problem.link": "{field}必须是以 https:// 开头的网址",
  "plans.problem.plainHttpLink":
    "{field}以 http:// 开头，家人打开并不安全。请填写以 https:// 开头的会议地址" +
    "（视频服务都会提供）。",
  "plans.problem.placeOrLink": "请填写地点、视频链接，或两者都填。",
  "plans.problem.notAnAttendee": "{field}只能是学生、学生的家人和老师。",
  "plans.problem.strengthGone": "{field}：所选的一项优势已不在计划中。请重新选择。",
  "plans.problem.actionGone": "{field}：其中一项行动已不在计划中。请重新查看计划。",
  "plans.problem.closed": "这份计划已经结束，不能再修改。",
  "plans.problem.startedMeanwhile": "就在此刻，这位学生的一份计划刚被开始或结束。请再试一次。",
  "plans.problem.noSchool": "这位学生还不在名册中的任何学校里，所以无法开始计划。",
  "plans.problem.notYourSection": "您不能在计划的这个部分添加内容。",
  "plans.problem.notYourWords": "只有写这段话的人才能修改它。您可以改为添加评论。",
  "plans.problem.alreadyAgreed": "这份计划已经达成一致。",
  "plans.problem.notAgreedYet": "计划达成一致后才会开始跟进。",
};
