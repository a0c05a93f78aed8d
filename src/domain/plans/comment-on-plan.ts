import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { insertComment } from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, voiceOf } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { requiredWords } from "../forms/visible-text.ts";
import { limits, parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import { writtenLanguage } from "./written-language.ts";

export const commentInput = z.object({
  body: requiredWords(limits.comment),
});

export const commentLabels = { body: "plans.field.comment" } as const;

/** The student, a family member or staff leave a comment on the plan, in their own voice. */
export async function commentOnPlan(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ commentId: string }> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "comment");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);

  const { body } = parsePlanInput(commentInput, input, { actor, labels: commentLabels });

  return writeComment(deps, actor, {
    plan,
    statementId: null,
    voice: voiceOf(relationship),
    body,
    formToken,
  });
}

/** Writes a comment and its history entry in one transaction. */
export async function writeComment(
  deps: PlanDeps,
  actor: Actor,
  comment: {
    plan: { id: string; district_id: string };
    statementId: string | null;
    voice: ReturnType<typeof voiceOf>;
    body: string;
    /** The one-time token of the form it came from (forms/form-token.ts). */
    formToken: string | undefined;
  },
): Promise<{ commentId: string }> {
  const commentId = randomUUID();
  const now = isoNow(deps.clock);

  await deps.db.transaction().execute(async (trx) => {
    const planId = comment.plan.id;
    await claimFormToken(trx, { actor, token: comment.formToken, planId, savedId: commentId, now });
    await insertComment(trx, {
      id: commentId,
      district_id: comment.plan.district_id,
      plan_id: comment.plan.id,
      statement_id: comment.statementId,
      author_id: actor.personId,
      voice: comment.voice,
      body: comment.body,
      language: writtenLanguage(comment.body, actor.locale),
      created_at: now,
    });

    await recordPlanChange(trx, {
      plan: comment.plan,
      actorId: actor.personId,
      now,
      kind: "comment.added",
      details: { commentId, statementId: comment.statementId, voice: comment.voice },
    });
  });

  return { commentId };
}
