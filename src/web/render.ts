import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError, type ErrorKind } from "../domain/errors.ts";
import type { AppEnv } from "./app.ts";
import { statusForKind } from "./errors.ts";
import { type Markup, page } from "./views/layout.ts";
import type { FormState } from "./views/plan-fields.ts";

/** Answers with a whole page in the layout. */
export function renderPage(
  c: Context<AppEnv>,
  options: { title: string; body: Markup; status?: ContentfulStatusCode },
) {
  const shell = page({
    title: options.title,
    t: c.get("t"),
    locale: c.get("locale"),
    actor: c.get("actor"),
    body: options.body,
  });

  return c.html(shell, options.status ?? 200);
}

/**
 * The refusal a form page shows next to the form (a field problem, a wrong password); any other
 * error goes on to the app's error page.
 */
export function formRefusal(error: unknown, ...kinds: ErrorKind[]): AppError {
  if (error instanceof AppError && kinds.includes(error.kind)) return error;
  throw error;
}

export const statusOf = (error: AppError) => statusForKind[error.kind];

/** A text field of a posted form; files and absent fields read as empty. */
export function formText(body: Record<string, unknown>, name: string): string {
  const value = body[name];

  return typeof value === "string" ? value : "";
}

/** A posted form's text fields, one value a name; files are left out. */
export async function readTextFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const form: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === "string") form[name] = value;
  }

  return form;
}

/** A form with problems comes back with what was typed; any other error goes on. */
export function formStateOf(
  error: unknown,
  formId: string,
  values: FormState["values"],
): FormState {
  if (!(error instanceof AppError) || error.kind !== "invalid_input") throw error;

  return { formId, values, problems: error.problems };
}

/**
 * Pages that carry a token (in their address or their body) stay out of caches. The app's
 * same-origin Referrer-Policy already keeps such addresses from other sites.
 */
export function keepPrivate(c: Context<AppEnv>) {
  c.header("cache-control", "no-store");
}
