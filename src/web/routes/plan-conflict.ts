import type { Context } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import { AppError } from "../../domain/errors.ts";
import { StatementConflict } from "../../domain/plans/plan-conflict.ts";
import { readPlan } from "../../domain/plans/read-plan.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { statusForKind } from "../errors.ts";
import { statementConflictPage, typedWordsPage } from "../views/plan-conflict-page.ts";

/** Refusals after which the typed words are shown again rather than lost with the form. */
const keepsTypedWords = new Set(["conflict", "not_found", "forbidden"]);

/**
 * Answers an edit of a statement that could not be saved without dropping what the person
 * typed: a conflict shows both texts to merge; a statement or plan gone shows their text to copy.
 * Any other error goes on to the app's error page.
 */
export async function answerFailedEdit(
  c: Context<AppEnv>,
  deps: AppDeps,
  failure: { error: unknown; actor: Actor | null; planId: string; typed: string },
): Promise<Response> {
  const { error, actor } = failure;
  if (!(error instanceof AppError) || !actor || !keepsTypedWords.has(error.kind)) throw error;
  const context = { t: c.get("t"), locale: c.get("locale"), actor };

  if (error instanceof StatementConflict) {
    const view = await readPlan(deps, actor, failure.planId).catch(() => undefined);
    const statement = view?.statements.find((each) => each.id === error.details.statementId);
    if (view && statement) {
      const conflict = error.details;
      return c.html(statementConflictPage({ ...context, view, statement, conflict }), 409);
    }
  }

  const page = typedWordsPage({
    ...context,
    planId: failure.planId,
    typed: failure.typed,
    // "Not found" would only puzzle someone who was just looking at the words; the lead says it.
    ...(error.kind === "not_found" ? {} : { reason: error.publicMessage }),
  });
  return c.html(page, statusForKind[error.kind]);
}
