import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { insertConferenceNote } from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { requiredWords } from "../forms/visible-text.ts";
import { limits, parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";

/**
 * The questions that guide the teacher's conversation with the student. They ask about what the
 * student can do and wants to do, never what they lack.
 */
export const conferencePrompts = [
  "confident",
  "proud",
  "hard_problem",
  "get_better",
  "math_at_home",
] as const;

export type ConferencePrompt = (typeof conferencePrompts)[number];

const noteInput = z.object({
  prompt: z
    .union([z.enum(conferencePrompts), z.literal("")])
    .optional()
    .transform((prompt) => prompt || null),
  body: requiredWords(limits.conferenceNote),
});

/** Staff record what the student said in their conference; students and families never see it. */
export async function addConferenceNote(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ noteId: string }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "writeStaffNotes");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);

  const { prompt, body } = parsePlanInput(noteInput, input, {
    actor,
    labels: { prompt: "plans.field.prompt", body: "plans.field.conferenceNote" },
  });

  const noteId = randomUUID();
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await claimFormToken(trx, { actor, token: formToken, planId: plan.id, savedId: noteId, now });
    await insertConferenceNote(trx, {
      id: noteId,
      district_id: plan.district_id,
      plan_id: plan.id,
      author_id: actor.personId,
      prompt,
      body,
      created_at: now,
    });

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "conference_note.added",
      details: { noteId, prompt },
    });
  });

  return { noteId };
}
