import type { z } from "zod";
import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import type { AppError } from "../errors.ts";
import { invalidForm, parseForm } from "../forms/parse-form.ts";

/** The longest text each field of a plan takes, in characters, and the most choices. */
export const limits = {
  statement: 500,
  comment: 1000,
  conferenceNote: 2000,
  place: 200,
  videoLink: 500,
  meetingNotes: 2000,
  checkInNote: 2000,
  attendees: 40,
  helpedBy: 40,
  actions: 200,
} as const;

/**
 * Parses what someone typed on a plan, or throws invalid_input with one message per field in
 * their language, naming the field (labels are catalog keys).
 */
export function parsePlanInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  options: { actor: Actor; labels: Record<string, MessageKey> },
): z.output<Schema> {
  return parseForm(schema, input, { locale: options.actor.locale, labels: options.labels });
}

/** One field's problem found after parsing, such as a strength that is no longer on the plan. */
export function fieldProblem(options: {
  actor: Actor;
  field: string;
  message: MessageKey;
  label: MessageKey;
  /** The message's other values, such as the days a date must fall between. */
  values?: Record<string, unknown>;
}): AppError {
  const t = translator(options.actor.locale);
  const message = t(options.message, { ...options.values, field: t(options.label) });

  return invalidForm(t, [{ field: options.field, message }]);
}
