import type { records as english } from "../en/records.ts";
import type { Messages } from "../messages.ts";

export const records: Messages<typeof english> = {
  "records.title": "{name}的档案",
  "records.titleSelf": "我的档案",
  "records.intro":
    "本应用保存的关于{name}的全部内容：个人信息、学校和班级、关联的家庭成员、每份计划及其陈述、" +
    "评论、会议、跟进和历史记录，以及登录卡的制作和停用时间。",
  "records.notIncluded":
    "不包括：教师的面谈笔记（这是他们的工作笔记），以及其他人的联系方式。如需查看其他内容，请询问学校。",
  "records.json": "以数据文件（JSON）下载档案",
  "records.pdf": "以便于阅读的文档（PDF）下载档案",
  "records.link": "{name}的档案",
  "records.linkSelf": "我的档案",
  "records.adminTools": "管理员专用",

  "records.pdf.title": "{name}的档案",
  "records.pdf.made": "制作于 {date}",
  "records.pdf.details": "个人信息",
  "records.pdf.name": "姓名：{name}",
  "records.pdf.email": "电子邮件：{email}",
  "records.pdf.grades": "年级：{grades}",
  "records.pdf.schools": "学校：{names}",
  "records.pdf.classes": "班级：{names}",
  "records.pdf.family": "家庭成员：{names}",
  "records.pdf.none": "无",
  "records.pdf.plan": "计划开始于 {date} · {stage}",
  "records.pdf.archived": "已随 {label} 学年归档",
  "records.pdf.retired": "（已从计划中移除）",
  "records.pdf.cards": "登录卡",
  "records.pdf.card": "制作于 {made}{stopped, select, none {} other {，停用于 {stopped}}}",
  "records.pdf.noPlans": "还没有计划。",
  "records.pdf.proposals": "提供的会面时间",
  "records.pdf.updates": "检查前的近况",
  "records.pdf.identity": "数学身份认同的回答",
  "records.pdf.identityKept": "学生选择不与家人分享数学身份认同的回答，因此本副本不包含这些回答。",
  "records.pdf.versions": "以前的措辞",

  "records.archived.banner":
    "这份计划属于已结束的学年，已经归档：计划中的每个人仍可阅读和打印，但任何人都不能再修改。",
  "records.archived.refused": "这份计划属于已结束的学年，只能阅读，不能再修改。",

  "records.audit.title": "审计记录",
  "records.audit.intro":
    "每一次查看和修改学生计划或档案的记录：谁、做了什么、何时、从哪个地址。任何人都不能修改或删除这些记录。",
  "records.audit.student": "学生",
  "records.audit.person": "人员",
  "records.audit.from": "开始日期",
  "records.audit.to": "结束日期",
  "records.audit.page": "页",
  "records.audit.anyStudent": "任何学生",
  "records.audit.anyone": "任何人",
  "records.audit.show": "显示记录",
  "records.audit.export": "以 CSV 下载这些记录",
  "records.audit.count": "{count, plural, other {# 条记录}}",
  "records.audit.none": "没有符合的记录。",
  "records.audit.caption": "审计记录，最新的在前",
  "records.audit.when": "时间",
  "records.audit.who": "人员",
  "records.audit.what": "操作",
  "records.audit.address": "来源地址",
  "records.audit.deleted": "（已删除的学生）",
  "records.audit.action.view": "查看",
  "records.audit.action.change": "修改",
  "records.audit.action.studentDeleted": "删除了一名学生的档案",
  "records.audit.action.yearClosed": "结束了一个学年",
  "records.audit.action.yearPlanClosed": "结束学年时关闭了一份计划",
  "records.audit.action.yearPlanArchived": "结束学年时归档了一份已关闭的计划",
  "records.audit.action.classPlanStarted": "为整个班级开始了计划",
  "records.audit.action.classPlanCarried": "为整个班级开始了计划，此计划延续自一份已关闭的计划",
  "records.audit.action.planCarried": "将一份已关闭的计划延续为新计划",
  "records.audit.action.gradePlansDownloaded": "将整个年级的计划下载为一个 PDF",
  "records.audit.role.administrator": "管理员",
  "records.audit.role.teacher": "教师",
  "records.audit.role.student": "学生",
  "records.audit.role.guardian": "家人",
  "records.audit.previous": "上一页",
  "records.audit.next": "下一页",
  "records.audit.pageOf": "第 {page, number} 页，共 {pages, number} 页",
  "records.audit.studentHint": "输入姓名或名册编号（sourcedId）；留空则显示任何学生。",
  "records.audit.personHint": "输入姓名或名册编号（sourcedId）；留空则显示任何人。",
  "records.audit.rosterId": "名册编号 {id}",
  "records.audit.problem.dayOrder":
    "“{field}”早于“开始日期”，因此不会有任何匹配的记录：请选择更晚的日期。",
  "records.audit.problem.unknownStudent": "本学区没有编号为“{id}”的学生。",
  "records.audit.problem.unknownPerson": "本学区没有编号为“{id}”的人员。",
  "records.audit.problem.noStudent": "审计记录中没有与“{words}”相符的学生。",
  "records.audit.problem.noPerson": "审计记录中没有与“{words}”相符的人员。",
  "records.audit.problem.severalStudents":
    "审计记录中有{count, plural, other { # 名学生}}与“{words}”相符：请在下面选择一名。",
  "records.audit.problem.severalPeople":
    "审计记录中有{count, plural, other { # 人}}与“{words}”相符：请在下面选择一人。",
  "records.audit.problem.moreStudents":
    "审计记录中与“{words}”相符的学生超过 {count, number} 名：请在下面的前 {count, number} " +
    "名中选择一名，或输入更多姓名。",
  "records.audit.problem.morePeople":
    "审计记录中与“{words}”相符的人员超过 {count, number} 人：请在下面的前 {count, number} " +
    "人中选择一人，或输入更多姓名。",
  "records.problem.day": "{field}必须是真实的日期，格式为 YYYY-MM-DD。",

  "records.year.title": "学年",
  "records.year.intro":
    "结束一个学年时，学校中仍未关闭的计划都会关闭，该学年的所有计划都会归档：仍可阅读和打印，" +
    "但任何人都不能修改。之后可以为新学年开始新的计划。",
  "records.year.nextYearNote":
    "学校本学年已有计划分享或达成一致后，从“下一学年”开始的计划对每位学生都保持开放：" +
    "关闭学年后，它们就是新学年的计划。",
  "records.year.closeHeading": "结束学年",
  "records.year.school": "学校",
  "records.year.label": "学年名称",
  "records.year.labelHint": "例如 2025–2026。最多 {max, number} 个字符。",
  "records.year.openedAt": "打开此页面的时间",
  "records.year.confirm": "我明白这一学年的所有计划将变为只读",
  "records.year.submit": "结束学年",
  "records.year.openPlans": "{school}当前学年有 {count, plural, other {# 份计划}}。",
  "records.year.closed":
    "{label} 已结束：{archived, plural, other {# 份计划}}已归档，其中 " +
    "{closed, plural, other {# 份}}刚刚关闭。",
  "records.year.history": "已结束的学年",
  "records.year.none": "还没有结束任何学年。",
  "records.year.nothingToClose":
    "没有可结束的内容：这所学校的当前学年没有计划。它可能刚刚被结束；请查看已结束的学年。",
  "records.year.labelUsed":
    "这所学校已经结束过名为 {label} 的学年：请查看已结束的学年。请给这个学年另起一个名称。",
  "records.year.closedMeanwhile":
    "打开此页面之后，这所学校的学年已以 {label} 的名称结束，所以现在的计划属于新学年，保持不变。" +
    "如要结束新学年，请重新打开学年页面。",
  "records.year.name": "学年",
  "records.year.closedOn": "结束日期",
  "records.year.archivedCount": "已归档计划",
  "records.problem.confirm": "请勾选“{field}”以确认。",
  "records.problem.openedAt":
    "“{field}”不是截至现在的真实日期和时间，说明表单在提交途中被更改。请重新打开“学年”页面，从那里关闭学年。",
  "records.problem.yearNumber": "“{field}”必须包含年份数字，例如 2025–2026。",
  "records.problem.yearSpan": "在“{field}”中，第二个年份必须是第一个年份的下一年，例如 2025–2026。",

  "records.delete.title": "删除{name}的档案",
  "records.delete.intro":
    "应家庭的要求，学校可以删除本应用保存的关于一名学生的全部内容：个人记录、计划、陈述、评论、" +
    "面谈笔记、会议、跟进、登录卡、家庭关联以及与其相关的电子邮件。此操作无法撤销。审计记录只保留数量，" +
    "不保留姓名或编号。",
  "records.delete.holds":
    "本应用保存了这名学生的 {plans, plural, other {# 份计划}}和 " +
    "{statements, plural, other {# 条陈述}}。",
  "records.delete.backups":
    "今天之前制作的备份在被替换之前仍包含这些档案；从现在起制作的备份将不再包含。" +
    "请同时将该学生从学校名册中移除，否则下次导入会将其重新带回。",
  "records.delete.name": "学生全名",
  "records.delete.nameHint": "请按显示的内容输入以确认：{name}",
  "records.delete.submit": "永久删除该学生的档案",
  "records.delete.link": "删除这名学生的档案",
  "records.delete.done":
    "已删除该学生的档案：{plans, plural, other {# 份计划}}和 " +
    "{statements, plural, other {# 条陈述}}。",
  "records.problem.nameMismatch": "{field}必须与显示的姓名完全一致。",
};
