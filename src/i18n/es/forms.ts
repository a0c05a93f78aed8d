import type { forms as english } from "../en/forms.ts";
import type { Messages } from "../messages.ts";

export const forms: Messages<typeof english> = {
  "field.form": "este formulario",
  "field.required": "Por favor, completa «{field}».",
  "field.tooLong": "{field} puede tener como máximo {max, number} caracteres.",
  "field.tooShort": "{field} necesita al menos {min, number} caracteres.",
  "field.email": "{field} no parece una dirección de correo electrónico.",
  "field.choice": "Por favor, elige «{field}» de la lista.",
  "field.invalid": "Por favor, revisa «{field}».",
};
