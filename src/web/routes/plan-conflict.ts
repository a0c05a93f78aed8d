import type { Context } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import { StatementConflict } from "../../domain/plans/plan-conflict.ts";
import { readPlan } from "../../domain/plans/read-plan.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { statementConflictPage } from "../views/plan-conflict-page.ts";

/**
 * Answers an edit of a statement whose words changed meanwhile with both texts to merge. Any
 * other refusal goes on to the app's error page, which shows what the person typed to copy
 * (src/web/unsaved-words.ts).
 */
export async function answerFailedEdit(
  c: Context<AppEnv>,
  deps: AppDeps,
  failure: { error: unknown; actor: Actor | null; planId: string },
): Promise<Response> {
  const { error, actor } = failure;
  if (!(error instanceof StatementConflict) || !actor) throw error;

  const view = await readPlan(deps, actor, failure.planId).catch(() => undefined);
  const statement = view?.statements.find((each) => each.id === error.details.statementId);
  if (!view || !statement) throw error;

  const context = { t: c.get("t"), locale: c.get("locale"), actor };
  const conflict = error.details;
  return c.html(statementConflictPage({ ...context, view, statement, conflict }), 409);
}
