import { z } from "zod";
import { isoNow } from "../../clock.ts";
import {
  findStatement,
  replaceAreaStrengths,
  updateStatementBodyIfUnchanged,
} from "../../db/plan-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, mayEditStatement } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { currentStrengths, sectionLabels, statementText, strengthIds } from "./add-statement.ts";
import { parsePlanInput } from "./parse-plan-input.ts";
import { isStaleVersion, statementConflict } from "./plan-conflict.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import { statementRemovedMeanwhile } from "./statement-removed.ts";
import { recordStatementVersion } from "./statement-versions.ts";
import { writtenLanguage } from "./written-language.ts";

// `seen` is the version the form showed (see plan-conflict.ts); a damaged one is left unchecked
// rather than refused, as forms from before versions were carried have none either.
const editInput = z.object({
  body: statementText,
  helpedBy: strengthIds,
  seen: z.string().max(200).optional().catch(undefined),
});

/**
 * The author of a statement changes their own words. Nobody else can: a teacher answers a
 * student's or family's words with a comment, so every voice stays the person's own. The
 * history keeps the words before and after.
 */
export async function editStatement(
  deps: PlanDeps,
  actor: Actor,
  target: { planId: string; statementId: string },
  input: unknown,
): Promise<void> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, target.planId, "view");
  assertPlanOpen(plan, actor);
  const statement = await findStatement(deps.db, plan.id, target.statementId);
  if (!statement) throw notFound(`statement ${target.statementId}`);
  if (statement.retired_at) throw await statementRemovedMeanwhile(deps.db, actor, statement);
  const words = { authorId: statement.author_id, voice: statement.voice };
  if (!mayEditStatement(actor, relationship, words)) {
    throw planError(actor, {
      kind: "forbidden",
      message: `${actor.personId} may not edit statement ${statement.id}`,
      say: "plans.problem.notYourWords",
    });
  }

  const { body, helpedBy, seen } = parsePlanInput(editInput, input, {
    actor,
    labels: { body: sectionLabels[statement.section], helpedBy: "plans.field.helpedBy" },
  });

  const conflict = { planId: plan.id, statementId: statement.id, yours: { body, helpedBy } };
  if (isStaleVersion(seen, statement)) {
    throw await statementConflict(deps.db, actor, { ...conflict, statement });
  }

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    // Only over the words checked above: a save that slipped in between makes this a conflict.
    const language = writtenLanguage(body, actor.locale);
    const updated = await updateStatementBodyIfUnchanged(trx, { statement, body, language, now });
    if (!updated) {
      const latest = await findStatement(trx, plan.id, statement.id);
      if (!latest) throw notFound(`statement ${statement.id}`);
      if (latest.retired_at) throw await statementRemovedMeanwhile(trx, actor, latest);
      throw await statementConflict(trx, actor, { ...conflict, statement: latest });
    }
    const version = { statement, body, actorId: actor.personId, now };
    await recordStatementVersion(trx, { ...version, change: "edited" });
    if (statement.section === "area") {
      const strengths = await currentStrengths(trx, actor, plan.id, helpedBy);
      await replaceAreaStrengths(trx, {
        districtId: plan.district_id,
        areaId: statement.id,
        strengthIds: strengths,
      });
    }

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "statement.edited",
      details: {
        statementId: statement.id,
        section: statement.section,
        voice: statement.voice,
        before: statement.body,
        after: body,
      },
    });
  });
}
