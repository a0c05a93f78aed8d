import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { insertCheckIn } from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { recordPlanChange } from "./plan-event.ts";
import { checkInDay, optionalDay, planSchool } from "./plan-school.ts";

const agreeInput = z.object({ firstCheckInOn: optionalDay });

/**
 * After the meeting the teacher marks the plan agreed. That schedules the first check-in, by
 * default the school's cadence (two weeks) after today, or on a day the teacher picks.
 */
export async function agreePlan(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ firstCheckInOn: string }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "agree");
  if (plan.stage !== "draft" && plan.stage !== "shared") {
    throw planError(actor, {
      kind: "conflict",
      message: `plan ${plan.id} is ${plan.stage}, not draft or shared`,
      say: "plans.problem.alreadyAgreed",
    });
  }

  const { firstCheckInOn: chosen } = parsePlanInput(agreeInput, input, {
    actor,
    labels: { firstCheckInOn: "plans.field.firstCheckInOn" },
  });
  const { today, nextCheckInOn: byCadence } = await planSchool(deps, plan);
  const firstCheckInOn = checkInDay({
    actor,
    chosen,
    today,
    byCadence,
    field: "firstCheckInOn",
    label: "plans.field.firstCheckInOn",
  });

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await insertCheckIn(trx, {
      id: randomUUID(),
      district_id: plan.district_id,
      plan_id: plan.id,
      due_on: firstCheckInOn,
      created_at: now,
    });

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "plan.agreed",
      details: { firstCheckInOn },
      stage: "agreed",
      agreedAt: now,
    });
  });

  return { firstCheckInOn };
}
