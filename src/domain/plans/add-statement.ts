import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import {
  findCurrentStrengthIds,
  insertStatement,
  replaceAreaStrengths,
} from "../../db/plan-store.ts";
import type { StatementSection } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan, sectionsFor, voiceOf } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { requiredWords } from "../forms/visible-text.ts";
import { fieldProblem, limits, parsePlanInput } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { planError } from "./plan-error.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import { writtenLanguage } from "./written-language.ts";

export const statementSections = [
  "strength",
  "area",
  "student_action",
  "teacher_action",
  "family_action",
] as const satisfies readonly StatementSection[];

export const actionSections: readonly StatementSection[] = [
  "student_action",
  "teacher_action",
  "family_action",
];

/** The label that names a statement's text field in messages, per section. */
export const sectionLabels: Record<StatementSection, MessageKey> = {
  strength: "plans.field.strength",
  area: "plans.field.area",
  student_action: "plans.field.studentAction",
  teacher_action: "plans.field.teacherAction",
  family_action: "plans.field.familyAction",
};

const sectionInput = z.object({ section: z.enum(statementSections) });

export const statementText = requiredWords(limits.statement);
export const strengthIds = z.array(z.string().max(100)).max(limits.helpedBy).default([]);

const statementInput = z.object({ body: statementText, helpedBy: strengthIds });

/**
 * Someone adds a strength, an area of improvement or an action in their own voice. An area can
 * name the strengths on the plan that will help with it.
 */
export async function addStatement(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ statementId: string }> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "view");
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);

  const { section } = parsePlanInput(sectionInput, input, {
    actor,
    labels: { section: "plans.field.section" },
  });
  if (!sectionsFor(relationship).includes(section)) {
    throw planError(actor, {
      kind: "forbidden",
      message: `${actor.personId} may not write ${section} on plan ${planId}`,
      say: "plans.problem.notYourSection",
    });
  }
  const { body, helpedBy } = parsePlanInput(statementInput, input, {
    actor,
    labels: { body: sectionLabels[section], helpedBy: "plans.field.helpedBy" },
  });

  const statementId = randomUUID();
  const voice = voiceOf(relationship);
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: formToken, planId: plan.id, savedId: statementId, now };
    await claimFormToken(trx, claim);
    await insertStatement(trx, {
      id: statementId,
      district_id: plan.district_id,
      plan_id: plan.id,
      section,
      body,
      voice,
      language: writtenLanguage(body, actor.locale),
      author_id: actor.personId,
      progress: actionSections.includes(section) ? "not_started" : null,
      created_at: now,
      updated_at: now,
    });
    if (section === "area") {
      const strengths = await currentStrengths(trx, actor, plan.id, helpedBy);
      await replaceAreaStrengths(trx, {
        districtId: plan.district_id,
        areaId: statementId,
        strengthIds: strengths,
      });
    }

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "statement.added",
      details: { statementId, section, voice },
    });
  });

  return { statementId };
}

/** The strengths an area names must be strengths of the same plan that are still on it. */
export async function currentStrengths(
  db: PlanDeps["db"],
  actor: Actor,
  planId: string,
  ids: string[],
): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await findCurrentStrengthIds(db, planId, unique);
  if (found.length === unique.length) return unique;

  throw fieldProblem({
    actor,
    field: "helpedBy",
    message: "plans.problem.strengthGone",
    label: "plans.field.helpedBy",
  });
}
