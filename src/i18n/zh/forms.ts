import type { forms as english } from "../en/forms.ts";
import type { Messages } from "../messages.ts";

/** What a form says about a field that needs another look (Simplified Chinese). */
export const forms: Messages<typeof english> = {
  "field.form": "此表格",
  "field.required": "请填写“{field}”。",
  "field.tooLong": "{field}最多可写 {max, number} 个字符。",
  "field.tooShort": "{field}至少需要 {min, number} 个字符。",
  "field.email": "{field}看起来不像电子邮件地址。",
  "field.choice": "请从列表中选择“{field}”。",
  "field.invalid": "请检查“{field}”。",
};
