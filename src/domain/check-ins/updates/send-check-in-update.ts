import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../../clock.ts";
import {
  findCheckInUpdate,
  insertCheckInUpdate,
  replaceUpdateProgress,
  rewriteCheckInUpdate,
} from "../../../db/check-in-update-store.ts";
import { findPendingCheckIn, listStatements, type PlanRow } from "../../../db/plan-store.ts";
import type { ActionProgress, StatementSection, Voice } from "../../../db/schema.ts";
import type { Actor } from "../../access/actor.ts";
import { authorizePlan, voiceOf } from "../../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../../forms/form-token.ts";
import { hasVisibleText } from "../../forms/visible-text.ts";
import { fieldProblem, parsePlanInput } from "../../plans/parse-plan-input.ts";
import type { PlanDeps } from "../../plans/plan-deps.ts";
import { planError } from "../../plans/plan-error.ts";
import { assertPlanOpen } from "../../plans/plan-event.ts";
import { progressValues } from "../../plans/record-check-in.ts";

/** A short update: what went well and what was hard, each a few sentences at most. */
export const updateLimit = 600;

const words = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(updateLimit))
  .optional()
  .transform((value) => (value && hasVisibleText(value) ? value : null));

const updateInput = z.object({
  wentWell: words,
  wasHard: words,
  progress: z.record(z.string().max(100), z.enum(progressValues)).default({}),
});

export const updateLabels = {
  wentWell: "updates.field.wentWell",
  wasHard: "updates.field.wasHard",
  progress: "updates.field.progress",
} as const;

/** Each voice marks progress on its own actions only: a student's, or the family's. */
export const ownActionSection: Partial<Record<Voice, StatementSection>> = {
  student: "student_action",
  family: "family_action",
};

/**
 * Before a check-in the student and the family each say, in their own voice, how it went and
 * how far their own actions have come. Sending again before the check-in replaces the update.
 */
export async function sendCheckInUpdate(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ updateId: string }> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "sendCheckInUpdate");
  // Sending again replaces the update: a stale form sent twice must not undo a newer one.
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);
  const checkIn = await dueCheckIn(deps, actor, plan);
  const voice = voiceOf(relationship);
  const update = parsePlanInput(updateInput, input, { actor, labels: updateLabels });
  const progress = await progressOnOwnActions(deps, actor, { plan, voice }, update.progress);
  if (!update.wentWell && !update.wasHard && progress.length === 0) {
    throw fieldProblem({
      actor,
      field: "wentWell",
      message: "updates.problem.empty",
      label: "updates.field.wentWell",
    });
  }

  const now = isoNow(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const earlier = await findCheckInUpdate(trx, checkIn.id, actor.personId);
    const updateId = earlier?.id ?? randomUUID();
    await claimFormToken(trx, { actor, token: formToken, planId: plan.id, savedId: updateId, now });
    const text = { wentWell: update.wentWell, wasHard: update.wasHard, now };
    if (earlier) await rewriteCheckInUpdate(trx, updateId, text);
    else {
      await insertCheckInUpdate(trx, {
        id: updateId,
        district_id: plan.district_id,
        plan_id: plan.id,
        check_in_id: checkIn.id,
        author_id: actor.personId,
        voice,
        went_well: update.wentWell,
        was_hard: update.wasHard,
        created_at: now,
        updated_at: now,
      });
    }
    await replaceUpdateProgress(trx, { districtId: plan.district_id, updateId }, progress);

    return { updateId };
  });
}

/** The check-in the update is for: the one due. Before the plan is agreed there is none. */
export async function dueCheckIn(deps: PlanDeps, actor: Actor, plan: Pick<PlanRow, "id">) {
  const due = await findPendingCheckIn(deps.db, plan.id);
  if (due) return due;

  throw planError(actor, {
    kind: "conflict",
    message: `plan ${plan.id} has no check-in due`,
    say: "updates.problem.noCheckIn",
  });
}

/** The actions of this voice's own section that are on the plan now. */
export async function ownActions(deps: PlanDeps, planId: string, voice: Voice) {
  const section = ownActionSection[voice];
  const statements = await listStatements(deps.db, planId);

  return statements.filter((statement) => section && statement.section === section);
}

async function progressOnOwnActions(
  deps: PlanDeps,
  actor: Actor,
  target: { plan: Pick<PlanRow, "id">; voice: Voice },
  entries: Record<string, ActionProgress>,
) {
  const own = new Set(
    (await ownActions(deps, target.plan.id, target.voice)).map((statement) => statement.id),
  );
  const progress = Object.entries(entries).map(([statementId, value]) => ({
    statementId,
    progress: value,
  }));
  if (progress.every((entry) => own.has(entry.statementId))) return progress;

  throw fieldProblem({
    actor,
    field: "progress",
    message: "updates.problem.notYourAction",
    label: "updates.field.progress",
  });
}
