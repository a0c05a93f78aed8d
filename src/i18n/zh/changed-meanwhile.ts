import type { changedMeanwhile as english } from "../en/changed-meanwhile.ts";
import type { Messages } from "../messages.ts";

export const changedMeanwhile: Messages<typeof english> = {
  "plans.removed.byName":
    "{section, select, strength {在你写的时候，{name}删除了这项优势。} " +
    "area {在你写的时候，{name}删除了这个待提高的方面。} " +
    "other {在你写的时候，{name}删除了这项行动。}}",
  "plans.removed.byYou":
    "{section, select, strength {你在这里写的时候，已在另一个标签页或窗口中删除了这项优势。} " +
    "area {你在这里写的时候，已在另一个标签页或窗口中删除了这个待提高的方面。} " +
    "other {你在这里写的时候，已在另一个标签页或窗口中删除了这项行动。}}",
  "plans.removed.meanwhile":
    "{section, select, strength {在你写的时候，这项优势已从计划中删除。} " +
    "area {在你写的时候，这个待提高的方面已从计划中删除。} " +
    "other {在你写的时候，这项行动已从计划中删除。}}",
  "plans.saved.alreadyRetired": "这一项之前已从计划中删除，所以没有任何改变。",
  "form.alreadySaved": "这已经保存过了。再次发送同一个表单不会再添加一次。",
  "meetings.problem.withdrawnMeanwhile":
    "在您选择的时候，这些会议时间已被撤回，所以没有选定任何时间。此后提议的时间列在下方。",
};
