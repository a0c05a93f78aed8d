import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import { insertAuditEntry } from "../../db/audit-store.ts";
import type { Database } from "../../db/schema.ts";
import {
  archiveCurrentPlans,
  insertSchoolYear,
  listClosedYearsOfSchool,
  listSchoolsOfDistrict,
  plansOfYear,
  releaseNextYearPlans,
} from "../../db/school-year-store.ts";
import { type Translate, translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeAdministrator, authorizeSchoolAdministrator } from "../access/policy.ts";
import { recordPlanEntries } from "../audit/record-plan-entries.ts";
import { AppError, type FieldProblem } from "../errors.ts";
import { invalidForm, parseForm } from "../forms/parse-form.ts";
import { requiredWords } from "../forms/visible-text.ts";
import { recordPlanChange } from "../plans/plan-event.ts";

/*
 * An administrator closes a school's year. In one transaction: every plan of the year that is
 * still open is closed (its history says so), every plan of the year is archived with the new
 * school_years row, and the trail records the counts and, for each plan, its student and
 * whether the close closed it or archived it closed. Archived plans stay readable; the policy
 * refuses every change to them (src/domain/access/policy.ts). The next year starts at once:
 * plans started from now on belong to it, and "carry forward" can copy from archived plans.
 * The form says when it was opened: the year it closes is the one the administrator saw, so a
 * form sent again later (back and resubmit) never archives a plan started in the new year.
 * Plans started from the next-year page for the year that follows are left as they are: after
 * the close they are the new year's plans.
 */

export const yearLabelMax = 60;

/*
 * A year's name carries its number: "2025–2026", "2025-26" or "2025" (a school whose year is a
 * calendar year). Two years written as a span must be consecutive, so a typo such as 2025–2027
 * is caught before it names the archive for good.
 */
const yearSpan = /(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})(?!\d)/u;
const yearNumber = /(?<!\d)(19|20|21)\d{2}(?!\d)/u;

/** What is wrong with a year's name, as a catalog key; null when it is fine. */
export function yearLabelProblem(label: string) {
  const span = yearSpan.exec(label);
  if (span?.[1] && span[2]) {
    const following = Number(span[1]) + 1;
    const second = Number(span[2]);
    const consecutive = span[2].length === 2 ? second === following % 100 : second === following;
    return consecutive ? null : ("records.problem.yearSpan" as const);
  }
  return yearNumber.test(label) ? null : ("records.problem.yearNumber" as const);
}

const closeInput = z.object({
  schoolId: z.string().trim().min(1).max(100),
  label: requiredWords(yearLabelMax).superRefine((label, context) => {
    const problem = yearLabelProblem(label);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
  confirm: z.literal("yes", { message: "records.problem.confirm" }),
  openedAt: z.string().trim().max(40).optional(),
});

const labels = {
  schoolId: "records.year.school",
  label: "records.year.label",
  confirm: "records.year.confirm",
  openedAt: "records.year.openedAt",
} as const;

function nothingToClose(actor: Actor, schoolId: string) {
  return new AppError({
    kind: "conflict",
    message: `school ${schoolId} has no plan in its current year to close`,
    publicMessage: translator(actor.locale)("records.year.nothingToClose"),
  });
}

export interface ClosedYear {
  schoolYearId: string;
  label: string;
  plansClosed: number;
  plansArchived: number;
}

export async function closeSchoolYear(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  input: unknown,
): Promise<ClosedYear> {
  await authorizeAdministrator(deps.db, actor);
  const parsed = parseForm(closeInput, input, { locale: actor.locale, labels });
  const { schoolId, label } = parsed;
  const schools = await listSchoolsOfDistrict(deps.db, actor.districtId);
  const t = translator(actor.locale);
  if (!schools.some((school) => school.id === schoolId)) {
    const message = t("field.choice", { field: t(labels.schoolId) });
    throw invalidForm(t, [{ field: "schoolId", message }]);
  }
  await authorizeSchoolAdministrator(deps.db, actor, schoolId);

  const schoolYearId = randomUUID();
  const now = isoNow(deps.clock);
  const openedAt = formOpenedAt(parsed.openedAt, now);
  if (openedAt === null) {
    const message = t("records.problem.openedAt", { field: t(labels.openedAt) });
    throw invalidForm(t, [{ field: "openedAt", message }]);
  }
  const districtId = actor.districtId;
  await refuseClosedAlready(deps.db, t, { districtId, schoolId, label, openedAt });

  return deps.db.transaction().execute(async (trx) => {
    // Stamping the plans is the claim on the year: a second close sent at the same time waits
    // on these rows (PostgreSQL) or runs after this transaction (SQLite), finds no plan left in
    // the current year and is refused, so a double submit never writes a second, empty year.
    // plans.school_year_id has no foreign key: the plans are stamped, then the year written.
    const archived = await archiveCurrentPlans(trx, {
      districtId: actor.districtId,
      schoolId,
      schoolYearId,
      startedBy: openedAt,
      now,
    });
    if (archived === 0) throw nothingToClose(actor, schoolId);
    await releaseNextYearPlans(trx, actor.districtId, schoolId);

    const archivedPlans = await plansOfYear(trx, schoolYearId);
    const open = archivedPlans.filter((plan) => plan.stage !== "closed");

    for (const plan of open) {
      await recordPlanChange(trx, {
        plan,
        actorId: actor.personId,
        now,
        kind: "plan.closed",
        details: { schoolYearId },
        stage: "closed",
        closedAt: now,
      });
    }
    await insertSchoolYear(trx, {
      id: schoolYearId,
      district_id: actor.districtId,
      school_id: schoolId,
      label,
      closed_by: actor.personId,
      closed_at: now,
      plans_closed: open.length,
      plans_archived: archived,
    });
    await insertAuditEntry(trx, {
      district_id: actor.districtId,
      actor_id: actor.personId,
      actor_role: actor.role,
      action: "school_year.closed",
      route: null,
      plan_id: null,
      student_id: null,
      client_address: actor.clientAddress ?? null,
      details: JSON.stringify({ schoolYearId, plansClosed: open.length, plansArchived: archived }),
      created_at: now,
    });
    await recordYearPlans(trx, { actor, schoolYearId, now, plans: archivedPlans });

    return { schoolYearId, label, plansClosed: open.length, plansArchived: archived };
  });
}

/** One entry per plan of the year, naming its student: closed by the close, or archived. */
async function recordYearPlans(
  db: Kysely<Database>,
  close: {
    actor: Actor;
    schoolYearId: string;
    now: string;
    plans: { id: string; student_id: string; stage: string }[];
  },
) {
  const { actor, now } = close;
  const entryOf = (plan: { id: string; student_id: string }) => ({
    id: plan.id,
    studentId: plan.student_id,
  });
  const details = { schoolYearId: close.schoolYearId };
  const closedNow = close.plans.filter((plan) => plan.stage !== "closed");
  const closedBefore = close.plans.filter((plan) => plan.stage === "closed");

  await recordPlanEntries(db, {
    actor,
    action: "school_year.plan_closed",
    now,
    plans: closedNow.map(entryOf),
    details,
  });
  await recordPlanEntries(db, {
    actor,
    action: "school_year.plan_archived",
    now,
    plans: closedBefore.map(entryOf),
    details,
  });
}

const isoInstant = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * When the form was opened, as it says, and now when it says nothing. The page writes it from
 * the server's clock, so a time that is no real moment or lies ahead was changed on the way:
 * null, and the close is refused rather than guessing which plans it meant.
 */
function formOpenedAt(typed: string | undefined, now: string): string | null {
  if (!typed) return now;

  const day = isoInstant.exec(typed)?.[1];
  const instant = new Date(typed);
  if (!day || Number.isNaN(instant.getTime())) return null;
  const iso = instant.toISOString();
  // new Date rolls 2026-02-30 over into March: a day that changed on the way was no real day.
  if (!iso.startsWith(day) || iso > now) return null;

  return iso;
}

/**
 * A school names each year once: the same name again is a mistake or the same form sent twice.
 * A year of the school closed after the form was opened means the form is out of date: what it
 * would close now is the new year, which the administrator has not seen.
 */
async function refuseClosedAlready(
  db: Kysely<Database>,
  t: Translate,
  close: { districtId: string; schoolId: string; label: string; openedAt: string },
) {
  const years = await listClosedYearsOfSchool(db, close.districtId, close.schoolId);
  const sameName = (year: { label: string }) =>
    year.label.trim().toLowerCase() === close.label.toLowerCase();
  const problems: FieldProblem[] = [];
  const meanwhile = years.find((year) => year.closed_at >= close.openedAt);
  if (meanwhile) {
    const message = t("records.year.closedMeanwhile", { label: meanwhile.label });
    problems.push({ field: "schoolId", message });
  }
  if (years.some(sameName)) {
    problems.push({ field: "label", message: t("records.year.labelUsed", { label: close.label }) });
  }
  if (problems.length > 0) throw invalidForm(t, problems);
}
