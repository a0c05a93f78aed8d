import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import { insertAuditEntry } from "../../db/audit-store.ts";
import type { Database } from "../../db/schema.ts";
import {
  archiveCurrentPlans,
  insertSchoolYear,
  listSchoolsOfDistrict,
  openPlansOfYear,
} from "../../db/school-year-store.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeAdministrator } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { invalidForm, parseForm } from "../forms/parse-form.ts";
import { recordPlanChange } from "../plans/plan-event.ts";

/*
 * An administrator closes a school's year. In one transaction: every plan of the year that is
 * still open is closed (its history says so), every plan of the year is archived with the new
 * school_years row, and the trail records counts. Archived plans stay readable; the policy
 * refuses every change to them (src/domain/access/policy.ts). The next year starts at once:
 * plans started from now on belong to it, and "carry forward" can copy from archived plans.
 */

export const yearLabelMax = 60;

const closeInput = z.object({
  schoolId: z.string().trim().min(1).max(100),
  label: z.string().trim().min(1).max(yearLabelMax),
  confirm: z.literal("yes", { message: "records.problem.confirm" }),
});

const labels = {
  schoolId: "records.year.school",
  label: "records.year.label",
  confirm: "records.year.confirm",
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
  const { schoolId, label } = parseForm(closeInput, input, { locale: actor.locale, labels });
  const schools = await listSchoolsOfDistrict(deps.db, actor.districtId);
  if (!schools.some((school) => school.id === schoolId)) {
    const t = translator(actor.locale);
    const message = t("field.choice", { field: t(labels.schoolId) });
    throw invalidForm(t, [{ field: "schoolId", message }]);
  }

  const schoolYearId = randomUUID();
  const now = isoNow(deps.clock);

  return deps.db.transaction().execute(async (trx) => {
    // Stamping the plans is the claim on the year: a second close sent at the same time waits
    // on these rows (PostgreSQL) or runs after this transaction (SQLite), finds no plan left in
    // the current year and is refused, so a double submit never writes a second, empty year.
    // plans.school_year_id has no foreign key: the plans are stamped, then the year written.
    const archived = await archiveCurrentPlans(trx, {
      districtId: actor.districtId,
      schoolId,
      schoolYearId,
      now,
    });
    if (archived === 0) throw nothingToClose(actor, schoolId);

    const open = await openPlansOfYear(trx, schoolYearId);

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
      client_address: null,
      details: JSON.stringify({ schoolYearId, plansClosed: open.length, plansArchived: archived }),
      created_at: now,
    });

    return { schoolYearId, label, plansClosed: open.length, plansArchived: archived };
  });
}
