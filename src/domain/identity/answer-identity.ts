import { randomUUID } from "node:crypto";
import { isoNow } from "../../clock.ts";
import {
  findIdentityCheck,
  insertIdentityCheck,
  listIdentityAnswers,
  replaceIdentityAnswers,
  touchIdentityCheck,
} from "../../db/identity-store.ts";
import { findPendingCheckIn, type PlanRow } from "../../db/plan-store.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import type { FieldProblem } from "../errors.ts";
import { invalidForm } from "../forms/parse-form.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { assertPlanOpen } from "../plans/plan-event.ts";
import { planSchool } from "../plans/plan-school.ts";
import { familyMaySee } from "./identity-consent.ts";
import {
  ensureSchoolStatements,
  type IdentityStatement,
  schoolStatements,
} from "./identity-statements.ts";

/** A radio group's value: a level of agreement, or the student prefers not to say. */
export const preferNotToSay = "prefer_not";

/** The form names each statement's radio group answer-<statement id>. */
export const answerField = (statementId: string) => `answer-${statementId}`;

/**
 * Which wording of the statement the form showed. A school rewording it while the student
 * answers must not attach the answer to words the student never saw.
 */
export const wordingField = (statementId: string) => `wording-${statementId}`;

/**
 * When the check is sat: before the plan is agreed it is the plan-start check; afterwards it
 * belongs to the check-in that is due. Answering again on the same occasion replaces answers.
 */
export async function identityOccasion(deps: PlanDeps, plan: Pick<PlanRow, "id" | "stage">) {
  if (plan.stage === "draft" || plan.stage === "shared")
    return { occasion: "start", checkInId: null };
  const due = await findPendingCheckIn(deps.db, plan.id);

  return due ? { occasion: due.id, checkInId: due.id } : { occasion: "start", checkInId: null };
}

/** The statements a student answers now: the school's current ones, worded in their language. */
export async function statementsToAnswer(
  deps: PlanDeps,
  plan: Pick<PlanRow, "district_id" | "school_id">,
  locale: string,
) {
  const school = { districtId: plan.district_id, schoolId: plan.school_id };
  await ensureSchoolStatements(deps.db, { ...school, now: isoNow(deps.clock) });
  const statements = await schoolStatements(deps.db, { ...school, locale });

  return statements.filter((statement) => !statement.retired);
}

/** The student answers every current statement, on their own device, in a minute. */
export async function answerIdentity(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: Record<string, unknown>,
): Promise<{ checkId: string }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "answerIdentity");
  assertPlanOpen(plan, actor);
  const statements = await statementsToAnswer(deps, plan, actor.locale);
  const answers = parseAnswers(actor, statements, input);
  const { occasion, checkInId } = await identityOccasion(deps, plan);
  const { today } = await planSchool(deps, plan);

  const now = isoNow(deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const earlier = await findIdentityCheck(trx, plan.id, occasion);
    const checkId = earlier?.id ?? randomUUID();
    if (earlier) await touchIdentityCheck(trx, checkId, { answeredOn: today, now });
    else {
      await insertIdentityCheck(trx, {
        id: checkId,
        district_id: plan.district_id,
        plan_id: plan.id,
        student_id: plan.student_id,
        occasion,
        check_in_id: checkInId,
        answered_on: today,
        created_at: now,
        updated_at: now,
      });
    }
    await replaceIdentityAnswers(trx, { districtId: plan.district_id, checkId }, answers);

    return { checkId };
  });
}

/** Every statement needs an answer ("prefer not to say" counts); a missing one is named. */
function parseAnswers(
  actor: Actor,
  statements: IdentityStatement[],
  input: Record<string, unknown>,
) {
  const t = translator(actor.locale);
  const problems: FieldProblem[] = [];
  const answers = statements.map((statement) => {
    const value = input[answerField(statement.id)];
    const agreement = agreementOf(value);
    if (agreement === undefined) {
      problems.push({
        field: answerField(statement.id),
        message: t("identity.problem.answer", { statement: quotable(statement.text) }),
      });
    }
    return {
      statementId: statement.id,
      agreement: agreement ?? null,
      wordingVersion: wordingShown(statement, input[wordingField(statement.id)]),
    };
  });
  if (problems.length > 0) throw invalidForm(t, problems);

  return answers;
}

/** The wording the form says it showed, if it is one the statement has had; else today's. */
function wordingShown(statement: IdentityStatement, value: unknown) {
  const version = typeof value === "string" && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 0;

  return version >= 1 && version <= statement.wordingVersion ? version : statement.wordingVersion;
}

/**
 * A statement quoted inside a sentence drops its own full stop ("I am a math person."), so the
 * message does not end in two; a question keeps its mark.
 */
export const quotable = (text: string) => text.trim().replace(/[.。．]+$/u, "");

function agreementOf(value: unknown): number | null | undefined {
  if (value === preferNotToSay) return null;
  if (typeof value !== "string" || !/^[1-5]$/.test(value)) return undefined;

  return Number(value);
}

/** What the check page shows the student: the statements, what they answered this time. */
export async function readIdentityCheck(deps: PlanDeps, actor: Actor, planId: string) {
  const { plan } = await authorizePlan(deps.db, actor, planId, "answerIdentity");
  assertPlanOpen(plan, actor);
  const statements = await statementsToAnswer(deps, plan, actor.locale);
  const { occasion, checkInId } = await identityOccasion(deps, plan);
  const check = await findIdentityCheck(deps.db, plan.id, occasion);
  const answers = check ? await listIdentityAnswers(deps.db, plan.id) : [];
  const due = checkInId ? await findPendingCheckIn(deps.db, plan.id) : undefined;

  return {
    plan,
    statements,
    given: Object.fromEntries(
      answers
        .filter((answer) => answer.checkId === check?.id)
        .map((answer) => [answer.statementId, answer.agreement]),
    ) as Record<string, number | null>,
    checkInOn: due?.due_on ?? null,
    familyMaySee: await familyMaySee(deps, plan.student_id),
  };
}
