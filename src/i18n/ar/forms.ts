import type { forms as english } from "../en/forms.ts";
import type { Messages } from "../messages.ts";

export const forms: Messages<typeof english> = {
  "field.form": "هذا النموذج",
  "field.required": "يُرجى تعبئة «{field}».",
  "field.tooLong": "يمكن أن يحتوي {field} على {max, number} من الأحرف كحد أقصى.",
  "field.tooShort": "يحتاج {field} إلى {min, number} من الأحرف على الأقل.",
  "field.email": "لا يبدو {field} عنوان بريد إلكتروني.",
  "field.choice": "يُرجى اختيار «{field}» من القائمة.",
  "field.invalid": "يُرجى التحقق من «{field}».",
};
