import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "你编辑时这段文字已被更改",
  "plans.conflict.lead":
    "在你编辑这段文字时，有人保存了对它的更改。你的文字还没有保存：请比较两段文字，然后保存你想保留的内容。",
  "plans.conflict.yours": "你输入的内容",
  "plans.conflict.current": "计划中现在的文字",
  "plans.conflict.mergeHint":
    "你的文字在下面的框中。请加入计划中现有文字里你想保留的部分，然后保存。",
  "plans.conflict.gone.title": "你的文字未能保存",
  "plans.conflict.gone.lead":
    "在你编辑时，这段文字已从计划中移除，或计划已不再接受更改。没有保存任何内容。下面是你输入的内容，方便你复制。",
  "plans.conflict.backToPlan": "返回计划",
};
