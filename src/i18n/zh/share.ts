import type { share as english } from "../en/share.ts";
import type { Messages } from "../messages.ts";

/** Sharing a plan with the family by email (Simplified Chinese). */
export const share: Messages<typeof english> = {
  "share.title": "与家人分享{studentName}的计划",
  "share.intro":
    "您选择的每位家庭成员都会收到一封电子邮件，内含学校的数学愿景、数学进展，以及一个专属的计划链接。" +
    "该链接只能使用一次，有效期为 {hours, number} 小时；只有在打开的页面上按下按钮后，才会登录。",
  "share.recipients": "将计划发送给",
  "share.noEmail": "名册中没有{name}的电子邮件地址。",
  "share.printCard": "改为给{name}打印登录卡",
  "share.noFamily": "名册中没有与{studentName}关联的家庭成员。",
  "share.send": "通过电子邮件发送计划",
  "share.back": "返回计划",
  "share.sent": "{count, plural, other {计划正在发送给 # 位家庭成员。}}",
  "share.keptNotice":
    "尚未设置邮件服务器，因此这些邮件保存在“已发邮件”中，管理员可以从那里把链接转交给家人。",
  "share.field.guardians": "将计划发送给",
  "share.problem.noneChosen": "请至少选择一位家庭成员。",
  "share.problem.notFamily":
    "所选的一位家庭成员已不再与该学生关联，或者没有电子邮件地址。请重新选择。",
  "share.cards.title": "登录卡",
  "share.cards.intro":
    "登录卡是一个专属链接和二维码，持卡人无需密码即可登录。可以为学生打印一张，也可以为没有电子邮件的家人打印。制作新卡后，旧卡将停止使用。",
  "share.cards.link": "{name} 的登录卡",
  "share.field.languages": "每封邮件的语言",
  "share.languages.legend": "每封邮件的语言",
  "share.languages.hint":
    "学校名单不一定写明每位家人阅读哪种语言。您在这里选择的语言会保存下来，用于他们的邮件和登录卡；他们自己在应用中选择的语言优先。",
  "share.languages.label": "{name} 的语言",
  "share.languages.unknown": "未知：{language}（学校的默认语言）",
  "share.languages.chosenByThem": "{name} 在应用中选择了{language}，所以邮件用该语言书写。",
  "share.problem.notWritten":
    "计划没有发送给任何人：无法根据学校名单中的信息写出给 {name} 的邮件。请让管理员检查名单中这位家人的姓名和电子邮件地址。",
  "share.problem.notSent": "计划没有发送给任何人。请再试一次；如果再次发生，请告诉管理员。",
};
