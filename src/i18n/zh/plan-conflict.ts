import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "你编辑时这段文字已被更改",
  "plans.conflict.lead":
    "在你编辑这段文字时，有人保存了对它的更改。你的文字还没有保存：请比较两段文字，然后保存你想保留的内容。",
  "plans.conflict.leadYours":
    "你在这里编辑这段文字时，已在另一个标签页或窗口中保存了对它的更改。你在这里输入的文字" +
    "还没有保存：请比较两段文字，然后保存你想保留的内容。",
  "plans.conflict.yours": "你输入的内容",
  "plans.conflict.current": "计划中现在的文字",
  "plans.conflict.mergeHint":
    "你的文字在下面的框中。请加入计划中现有文字里你想保留的部分，然后保存。",
  "plans.conflict.gone.title": "你的文字未能保存",
  "plans.unsaved.lead": "没有保存任何内容。下面是你输入的内容，方便你复制。",
  "plans.unsaved.signedOut": "你在保存之前登录已经过期。",
  "plans.unsaved.fault": "我们这边出了问题。",
  "plans.unsaved.gone": "你写的内容所针对的部分已不在计划中，或者你已无法再打开它。",
  "plans.unsaved.signIn": "重新登录",
  "plans.unsaved.signInHint":
    "重新登录后，请回到这个标签页并打开你刚才写作的页面：你的文字会被重新填入。如果没有，请先从这里复制。",
  "plans.unsaved.back": "返回你正在写的页面",
  "plans.draft.restored": "已重新填入：你在这个标签页中输入但尚未保存的文字。",
};
