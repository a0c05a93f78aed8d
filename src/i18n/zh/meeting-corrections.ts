import type { meetingCorrections as english } from "../en/meeting-corrections.ts";
import type { Messages } from "../messages.ts";

export const meetingCorrections: Messages<typeof english> = {
  "plans.meeting.correct": "更正",
  "plans.meeting.remove": "删除",
  "plans.meeting.corrected": "已更正",
  "plans.meetingCorrection.title": "更正会议记录",
  "plans.meetingCorrection.intro":
    "请修改记录错误的内容。计划的历史记录会保留这条记录原来的内容、更正人和更正时间。",
  "plans.meetingCorrection.submit": "保存更正",
  "plans.meetingConflict.title": "您更正期间，这条会议记录已被修改",
  "plans.meetingConflict.lead":
    "在您打开这条会议记录之后，有人保存了对它的修改。您的更正尚未保存：请比较两者，然后保存您想保留的记录。",
  "plans.meetingConflict.yours": "您填写的内容",
  "plans.meetingConflict.current": "计划中现在的记录",
  "plans.meetingConflict.mergeHint":
    "您的更正在下面的表单中。请把计划中现在的记录里您想保留的内容加进去，然后保存。",
  "plans.meetingConflict.removalLead":
    "在您打开此页面之后，这条会议记录已被修改，因此没有删除任何内容。下面是它现在的样子：只有在它仍然是误录时才删除。",
  "plans.meetingRemoval.title": "删除这条会议记录吗？",
  "plans.meetingRemoval.lead":
    "只有在会议是误录时才删除：记到了错误的计划上，或者会议并没有举行。" +
    "删除后，它会连同会议记录和出席者一起从计划、家庭看到的页面和项目统计中消失。" +
    "计划的历史记录会写明您删除了一条会议记录以及删除时间。",
  "plans.meetingRemoval.correctInstead": "如果只是时间、地点、出席者或记录内容有误，请改为更正。",
  "plans.meetingRemoval.submit": "删除会议记录",
  "plans.saved.meetingCorrected": "会议记录已更正。历史记录保留了原来的内容。",
  "plans.saved.meetingRemoved": "会议记录已删除。历史记录会显示它已被删除。",
  "plans.event.meetingCorrected": "{name}更正了 {when} 的会议记录。",
  "plans.event.meetingRemoved": "{name}删除了 {when} 的会议记录。",
  "plans.meetingVersions.heading": "这条会议记录的每一个版本",
  "plans.meetingVersions.recorded": "第 {version} 版，由{name}于 {when} 记录",
  "plans.meetingVersions.corrected": "第 {version} 版，由{name}于 {when} 更正",
  "plans.meetingVersions.when": "{when} 的会议",
  "plans.meetingVersions.video": "视频链接：{link}",
  "records.pdf.meetingVersions": "已更正会议的以前版本",
};
