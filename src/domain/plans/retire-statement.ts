import { isoNow } from "../../clock.ts";
import { findStatement, retireStatement as retire } from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, mayRetireStatement } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import { recordStatementVersion } from "./statement-versions.ts";

/**
 * Takes a statement off the plan; the history still shows it was there. Its author may, and
 * staff may retire words in the teacher's voice, never a student's or family's.
 */
export async function retireStatement(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; statementId: string },
): Promise<void> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, target.planId, "view");
  assertPlanOpen(plan, actor);
  const statement = await findStatement(deps.db, plan.id, target.statementId);
  if (!statement || statement.retired_at) throw notFound(`statement ${target.statementId}`);
  const words = { authorId: statement.author_id, voice: statement.voice };
  if (!mayRetireStatement(actor, relationship, words)) {
    throw planError(actor, {
      kind: "forbidden",
      message: `${actor.personId} may not retire statement ${statement.id}`,
      say: "plans.problem.notYourWords",
    });
  }

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await retire(trx, statement.id, now);
    const version = { statement, body: statement.body, actorId: actor.personId, now };
    await recordStatementVersion(trx, { ...version, change: "retired" });

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "statement.retired",
      details: { statementId: statement.id, section: statement.section, voice: statement.voice },
    });
  });
}
