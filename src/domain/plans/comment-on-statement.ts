import { findStatement } from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, voiceOf } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { assertFormNotSaved, formTokenOf } from "../forms/form-token.ts";
import { commentInput, commentLabels, writeComment } from "./comment-on-plan.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen } from "./plan-event.ts";
import { statementRemovedMeanwhile } from "./statement-removed.ts";

/**
 * Someone answers one statement on the plan. This is how a teacher responds to a student's or
 * family's words: beside them, in the teacher's voice, never by rewriting them.
 */
export async function commentOnStatement(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; statementId: string },
  input: unknown,
): Promise<{ commentId: string }> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, target.planId, "comment");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);
  const statement = await findStatement(deps.db, plan.id, target.statementId);
  if (!statement) throw notFound(`statement ${target.statementId}`);
  if (statement.retired_at) throw await statementRemovedMeanwhile(deps.db, actor, statement);

  const { body } = parsePlanInput(commentInput, input, { actor, labels: commentLabels });

  return writeComment(deps, actor, {
    plan,
    statementId: statement.id,
    voice: voiceOf(relationship),
    body,
    formToken,
  });
}
