import type { meetingChecks as english } from "../en/meeting-checks.ts";
import type { Messages } from "../messages.ts";

export const meetingChecks: Messages<typeof english> = {
  "plans.meetings.agreed": "已商定：{when}，{where}",
  "plans.meetings.videoCall": "视频通话",
  "plans.meetings.agreedLink": "详情见会面时间页面",
  "plans.problem.heldDay":
    "{field}必须在{earliest}到{latest}之间：会议开过之后再记录。" +
    "如要提前安排，请在会面时间页面提出时间。",
  "plans.problem.heldTime":
    "{field}晚于现在（学校时间{now}）：会议开始之后再记录。" +
    "如要提前安排，请在会面时间页面提出时间。",
  "plans.problem.withinYear": "{field}不能晚于{latest}，即从今天起一年之内。",
  "plans.meetingCorrection.gone": "这条会议记录已不在计划中：在您更正时，有人删除了它。",
  "meetings.hint.duration": "{min, number}到{max, number}分钟。",
  "meetings.problem.duration": "{field}必须是{min, number}到{max, number}之间的整数。",
  "meetings.saved.unchanged": "会面已经是这个时间。没有任何更改，也没有向任何人发送更新。",
  "meetings.cancel.link": "取消这次会面…",
  "meetings.cancel.title": "取消这次会面吗？",
  "meetings.cancel.lead":
    "所有受邀且有电子邮件地址的人，包括{studentName}的家人，都会立即收到会面已取消的邮件，" +
    "会面也会从他们的日历中移除。此操作无法撤销：如要另约时间，请提出新的时间。",
  "meetings.cancel.keep": "保留这次会面",
  "meetings.saved.replaced": "新的时间正在发给家庭。之前提议的时间已撤回。",
  "meetings.status.cancelledAt": "已取消：{when}的会面不再举行。",
  "meetings.propose.replaces":
    "这些时间将取代{name}在{when}提议的时间：发送后，家庭只会看到新的时间。",
  "meetings.moved.title": "这次会面在此期间已改了时间",
  "meetings.moved.lead":
    "在您打开此页面之后，有人更改了这次会面的时间，因此您填写的新时间尚未保存。会面现在是{when}。",
  "meetings.moved.tryAgain":
    "您填写的新时间在下面的表格中：再次发送即可把会面改到该时间；也可以保留会面现在的时间。",
  "meetings.cancel.changed":
    "在您打开此页面之后，这次会面改了时间，因此没有取消任何内容。会面现在是{when}：" +
    "只有在您仍想取消时才取消。",
  "plans.close.cancelsMeeting":
    "约定在{when}的会面将随计划一起取消，所有受邀且有电子邮件地址的人都会收到通知。",
  "meetings.closedIntro":
    "此计划已于{day}关闭。不能再为它提议、选择或更改会面；下面列出了所提议时间的结果。",
  "meetings.status.cancelledWithPlan": "已随计划关闭而取消：{when}的会面不再举行。",
  "meetings.status.withdrawnWithPlan": "这些时间已随计划关闭而撤回。",
  "meetings.history.cancelledWithPlan": "{name}关闭了计划，因此{when}的会面已取消。",
  "meetings.history.withdrawnWithPlan": "{name}关闭了计划，因此尚待选择的会面时间已撤回。",
  "mail.meeting.cancel.planClosed":
    "{studentName}在{schoolName}的数学行动计划已关闭，因此关于它的会面已取消。",
  "mail.meeting.cancelCalendarNote": "您的邮件或日历应用可以根据这封邮件把会面从日历中移除。",
  "mail.meeting.update.movedFrom":
    "关于{studentName}在{schoolName}的数学行动计划的会面已改期。原定时" +
    "间为{before}；现在改为{when}。",
  "mail.meeting.proposed.replaces": "这些时间取代之前发给您的时间，之前的时间已撤回。",
  "mail.meeting.withdrawn.subject": "会面时间已撤回：{studentName}的数学计划已关闭",
  "mail.meeting.withdrawn.intro":
    "{studentName}在{schoolName}的数学行动计划已关闭，因此{teach" +
    "erName}提议的会面时间已撤回，您无需再选择：",
  "mail.meeting.withdrawn.next": "如果您仍希望见面，请联系{teacherName}或学校。",
};
