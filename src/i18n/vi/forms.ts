import type { forms as english } from "../en/forms.ts";
import type { Messages } from "../messages.ts";

/** What a form says about a field that needs another look (Vietnamese). */
export const forms: Messages<typeof english> = {
  "field.form": "biểu mẫu này",
  "field.required": "Vui lòng điền “{field}”.",
  "field.tooLong": "{field} chỉ được dài tối đa {max, number} ký tự.",
  "field.tooShort": "{field} cần ít nhất {min, number} ký tự.",
  "field.email": "{field} có vẻ không phải là địa chỉ email.",
  "field.choice": "Vui lòng chọn “{field}” trong danh sách.",
  "field.invalid": "Vui lòng kiểm tra lại “{field}”.",
};
