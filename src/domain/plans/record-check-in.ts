import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import {
  findPendingCheckIn,
  insertCheckIn,
  insertCheckInProgress,
  listStatements,
  markCheckInHeld,
  setStatementProgress,
} from "../../db/plan-store.ts";
import type { ActionProgress } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { actionSections } from "./add-statement.ts";
import { fieldProblem, limits, parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { recordPlanChange } from "./plan-event.ts";
import { checkInDay, optionalDay, planSchool } from "./plan-school.ts";

export const progressValues = [
  "not_started",
  "under_way",
  "done",
  "changed",
] as const satisfies readonly ActionProgress[];

const checkInInput = z.object({
  progress: z
    .record(z.string().max(100), z.enum(progressValues))
    .refine((entries) => Object.keys(entries).length <= limits.actions)
    .default({}),
  note: z
    .string()
    .trim()
    .max(limits.checkInNote)
    .optional()
    .transform((note) => note || null),
  nextCheckInOn: optionalDay,
});

export const checkInLabels = {
  progress: "plans.field.progress",
  note: "plans.field.checkInNote",
  nextCheckInOn: "plans.field.nextCheckInOn",
} as const;

/**
 * At a check-in the teacher records how each action is going and a note; the check-in that was
 * due is marked held and the next one is scheduled by the school's cadence.
 */
export async function recordCheckIn(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ checkInId: string; nextCheckInOn: string }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "checkIn");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  if (plan.stage !== "agreed" && plan.stage !== "checking_in") {
    throw planError(actor, {
      kind: "conflict",
      message: `plan ${plan.id} is ${plan.stage}, not agreed`,
      say: "plans.problem.notAgreedYet",
    });
  }

  const checkIn = parsePlanInput(checkInInput, input, { actor, labels: checkInLabels });
  const progress = await progressOnActions(deps, actor, plan.id, checkIn.progress);
  const { today, nextCheckInOn: byCadence } = await planSchool(deps, plan);
  const nextCheckInOn = checkInDay({
    actor,
    chosen: checkIn.nextCheckInOn,
    today,
    byCadence,
    field: "nextCheckInOn",
    label: "plans.field.nextCheckInOn",
  });

  const now = isoNow(deps.clock);
  const held = { heldAt: now, note: checkIn.note, recordedBy: actor.personId };
  const checkInId = await deps.db.transaction().execute(async (trx) => {
    const due = await findPendingCheckIn(trx, plan.id);
    const id = due?.id ?? randomUUID();
    await claimFormToken(trx, { actor, token: formToken, planId: plan.id, savedId: id, now });
    if (due) await markCheckInHeld(trx, id, held);
    else {
      await insertCheckIn(trx, {
        id,
        district_id: plan.district_id,
        plan_id: plan.id,
        due_on: today,
        held_at: now,
        note: checkIn.note,
        recorded_by: actor.personId,
        created_at: now,
      });
    }
    await insertCheckInProgress(
      trx,
      progress.map((entry) => ({ ...entry, districtId: plan.district_id, checkInId: id })),
    );
    for (const entry of progress) {
      await setStatementProgress(trx, entry.statementId, entry.progress, now);
    }
    await insertCheckIn(trx, {
      id: randomUUID(),
      district_id: plan.district_id,
      plan_id: plan.id,
      due_on: nextCheckInOn,
      created_at: now,
    });

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "check_in.recorded",
      details: { checkInId: id, actions: progress.length, nextCheckInOn },
      stage: "checking_in",
    });
    return id;
  });

  return { checkInId, nextCheckInOn };
}

/** Progress can only be recorded on the plan's current actions. */
async function progressOnActions(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  entries: Record<string, ActionProgress>,
) {
  const statements = await listStatements(deps.db, planId);
  const actionIds = new Set(
    statements
      .filter((statement) => actionSections.includes(statement.section))
      .map((statement) => statement.id),
  );
  const progress = Object.entries(entries).map(([statementId, value]) => ({
    statementId,
    progress: value,
  }));
  if (progress.every((entry) => actionIds.has(entry.statementId))) return progress;

  throw fieldProblem({
    actor,
    field: "progress",
    message: "plans.problem.actionGone",
    label: "plans.field.progress",
  });
}
