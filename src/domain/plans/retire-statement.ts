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
 * staff may retire words in the teacher's voice, never a student's or family's. Words already
 * taken off (from another tab, or by someone else) are left as they are, and the answer says so.
 */
export async function retireStatement(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; statementId: string },
): Promise<{ alreadyRetired: boolean }> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, target.planId, "view");
  assertPlanOpen(plan, actor);
  const statement = await findStatement(deps.db, plan.id, target.statementId);
  if (!statement) throw notFound(`statement ${target.statementId}`);
  const words = { authorId: statement.author_id, voice: statement.voice };
  if (!mayRetireStatement(actor, relationship, words)) {
    throw planError(actor, {
      kind: "forbidden",
      message: `${actor.personId} may not retire statement ${statement.id}`,
      say: "plans.problem.notYourWords",
    });
  }
  if (statement.retired_at) return { alreadyRetired: true };

  const now = isoNow(deps.clock);
  const retired = await deps.db.transaction().execute(async (trx) => {
    // The second of two removals at once finds the words gone and writes nothing.
    if (!(await retire(trx, statement.id, now))) return false;
    const version = { statement, body: statement.body, actorId: actor.personId, now };
    await recordStatementVersion(trx, { ...version, change: "retired" });

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "statement.retired",
      details: { statementId: statement.id, section: statement.section, voice: statement.voice },
    });
    return true;
  });

  return { alreadyRetired: !retired };
}
