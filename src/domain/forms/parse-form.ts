import type { z } from "zod";
import { english, type MessageKey } from "../../i18n/catalog.ts";
import { type Translate, translator } from "../../i18n/translate.ts";
import { AppError, type FieldProblem } from "../errors.ts";

export interface FormOptions {
  locale: string;
  /** The catalog key of each field's label, so that every message names its field. */
  labels: Record<string, MessageKey>;
}

/**
 * Parses what a person typed, or throws invalid_input with one message per field, in their
 * language. A schema may give a catalog key as an issue's message to say something specific
 * (number ranges do: a zod issue knows only the bound that was crossed), and a refinement its
 * params for the message's other values.
 */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  options: FormOptions,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;

  const t = translator(options.locale);
  const problems: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    const problem = { field: String(issue.path[0] ?? "form"), message: say(issue, t, options) };
    if (!problems.some((known) => known.field === problem.field)) problems.push(problem);
  }

  throw invalidForm(t, problems);
}

/** A field's problem found after parsing, such as an address already in use. */
export function invalidForm(t: Translate, problems: FieldProblem[]) {
  return new AppError({
    kind: "invalid_input",
    message: `invalid input in ${problems.map((problem) => problem.field).join(", ")}`,
    publicMessage: t("error.invalid_input"),
    problems,
  });
}

function say(issue: z.core.$ZodIssue, t: Translate, options: FormOptions) {
  const field = t(options.labels[String(issue.path[0])] ?? "field.form");
  // A refinement's params fill the rest of its message, such as the ends of a range.
  const values = issue.code === "custom" ? issue.params : undefined;
  if (Object.hasOwn(english, issue.message)) {
    return t(issue.message as MessageKey, { ...values, field });
  }

  const isText = "origin" in issue && issue.origin === "string";
  switch (issue.code) {
    case "too_big":
      return isText ? t("field.tooLong", { field, max: Number(issue.maximum) }) : invalid(t, field);
    case "too_small":
      if (!isText) return invalid(t, field);
      return Number(issue.minimum) <= 1
        ? t("field.required", { field })
        : t("field.tooShort", { field, min: Number(issue.minimum) });
    case "invalid_format":
      return issue.format === "email" ? t("field.email", { field }) : invalid(t, field);
    case "invalid_type":
      return t("field.required", { field });
    case "invalid_value":
      return t("field.choice", { field });
    default:
      return invalid(t, field);
  }
}

const invalid = (t: Translate, field: string) => t("field.invalid", { field });
