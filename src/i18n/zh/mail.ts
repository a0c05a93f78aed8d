import type { mail as english } from "../en/mail.ts";
import type { Messages } from "../messages.ts";

/** The emails the app writes, and the Sent mail pages (Simplified Chinese). */
export const mail: Messages<typeof english> = {
  "mail.linkFallback": "如果按钮无法使用，请把这个地址复制到浏览器中：",
  "mail.checkInReminder.subject":
    "{when, select, today {今天} other {明天}}有回顾：{studentName}的数学行动计划",
  "mail.checkInReminder.preview":
    "{studentName}的回顾在{when, select, today {今天} other {明天}}，{date}。",
  "mail.checkInReminder.title": "{when, select, today {今天} other {明天}}回顾{studentName}的计划",
  "mail.checkInReminder.greeting": "{name}，您好：",
  "mail.checkInReminder.intro":
    "{studentName}的数学行动计划将在{date}进行回顾。大家一起看看各项行动进展如何，需要时作出调整。",
  "mail.checkInReminder.update":
    "在此之前，您可以在计划中发送简短的近况：哪些进展顺利，哪些比较困难。",
  "mail.checkInReminder.open": "打开{studentName}的计划",
  "mail.checkInReminder.footer":
    "您收到这封邮件，是因为您参与了{schoolName}为{studentName}制定的数学行动计划。",
  "mail.planShared.subject": "{schoolName}发来的{studentName}的数学行动计划",
  "mail.planShared.title": "{studentName}的数学行动计划",
  "mail.planShared.preview": "{teacherName}与您分享了{studentName}的数学行动计划。",
  "mail.planShared.greeting": "亲爱的{guardianName}：",
  "mail.planShared.intro":
    "{schoolName}的{teacherName}与您分享了{studentName}的数学行动计划。计划写下了{studentName}在数学上" +
    "做得好的地方，以及接下来要努力的方向。请阅读计划，并写下您自己的话：您在家里看到了什么，" +
    "以及您希望怎样帮忙。",
  "mail.planShared.open": "打开{studentName}的计划",
  "mail.planShared.attached": "计划也以 PDF 附件形式附上，方便保存或打印。",
  "mail.planShared.linkNote":
    "这个链接只属于您，请不要转发这封邮件。链接只能使用一次，有效期为 {hours, number} 小时。" +
    "打开链接不会让您直接登录：打开的页面上有一个登录按钮。如果链接失效了，请向{teacherName}要一个新的。",
  "mail.planShared.vision": "我们学校的数学愿景",
  "mail.planShared.progress": "数学进展",
  "mail.planShared.strengths": "优势",
  "mail.planShared.noStrengths": "还没有写下优势。",
  "mail.planShared.areas": "待提高的方面",
  "mail.planShared.noAreas": "还没有写下待提高的方面。",
  "mail.planShared.inVoice":
    "{voice, select, student {{studentName}的话} family {家人的话} other {老师的话}}",
  "mail.planShared.helpedBy": "有帮助的优势：{strengths}",
  "mail.planShared.footer":
    "因为{teacherName}与您分享了{studentName}的计划，{schoolName}通过数学行动计划发送了这封邮件。",
  "outbox.title": "已发邮件",
  "outbox.intro": "本应用为您的学区写的所有邮件，最新的在最前面。",
  "outbox.keptNotice":
    "尚未设置邮件服务器（SMTP_URL），因此邮件保存在这里，而不会发出。" +
    "打开一封邮件，就可以把其中的链接转交给对方，例如通过电话或纸条。",
  "outbox.empty": "还没有写过邮件。",
  "outbox.caption": "您学区的邮件",
  "outbox.to": "收件人",
  "outbox.subject": "主题",
  "outbox.status": "状态",
  "outbox.time": "写于",
  "outbox.sentAt": "发送于",
  "outbox.attempts": "尝试次数",
  "outbox.lastError": "邮件服务器的最后回复",
  "outbox.statusName":
    "{status, select, pending {等待发送} sending {正在发送} sent {已发送} " +
    "failed {未送达} kept {保存在这里} other {{status}}}",
  "outbox.pages": "已发邮件的页码",
  "outbox.older": "较早的邮件",
  "outbox.newer": "较新的邮件",
  "outbox.email.title": "发给{name}的邮件",
  "outbox.email.back": "返回已发邮件",
  "outbox.email.text": "纯文本",
  "outbox.email.html": "收件人看到的样子",
  "outbox.email.htmlHint": "显示时去掉了颜色，并关闭了链接，这样邮件中的任何内容都无法在这里运行。",
  "outbox.email.frameTitle": "邮件“{subject}”的排版效果",
};
