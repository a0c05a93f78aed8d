/** What a form says about a field that needs another look; {field} is the field's label. */
export const forms = {
  "field.form": "this form",
  "field.required": "Please fill in “{field}”.",
  "field.tooLong": "{field} can be at most {max, number} characters.",
  "field.tooShort": "{field} needs at least {min, number} characters.",
  "field.email": "{field} does not look like an email address.",
  "field.choice": "Please choose “{field}” from the list.",
  "field.invalid": "Please check “{field}”.",
} as const;
