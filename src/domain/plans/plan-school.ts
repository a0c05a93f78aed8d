import { z } from "zod";
import { findSchool, type PlanRow } from "../../db/plan-store.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import type { Actor } from "../access/actor.ts";
import { notFound } from "../errors.ts";
import { daysAhead, outsideWindow } from "./date-windows.ts";
import { fieldProblem } from "./parse-plan-input.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { addDays, dayIn, isCalendarDay } from "./school-time.ts";

/** The practice checks in two weeks after the meeting; a school can set its own rhythm. */
export const defaultCadenceDays = 14;

/** The school of a plan, the day it is there now, and the day the next check-in falls on. */
export async function planSchool(deps: PlanDeps, plan: Pick<PlanRow, "district_id" | "school_id">) {
  const school = await findSchool(deps.db, plan.district_id, plan.school_id);
  if (!school) throw notFound(`school ${plan.school_id}`);
  const today = dayIn(school.time_zone, deps.clock());
  const cadence =
    school.check_in_cadence_days > 0 ? school.check_in_cadence_days : defaultCadenceDays;

  return { school, today, nextCheckInOn: addDays(today, cadence) };
}

/** An optional calendar day typed by a person; empty means "use the school's rhythm". */
export const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((day) => !day || isCalendarDay(day), { error: "plans.problem.day" })
  .transform((day) => day || null);

/**
 * A check-in the teacher schedules by hand has to fall after today at the school, and within
 * the coming twelve months.
 */
export function checkInDay(options: {
  actor: Actor;
  chosen: string | null;
  today: string;
  byCadence: string;
  field: string;
  label: MessageKey;
}): string {
  const { actor, chosen, field, label } = options;
  if (!chosen) return options.byCadence;
  const window = daysAhead(options.today);
  if (chosen > window.latest) {
    throw outsideWindow(actor, { field, label, message: "plans.problem.withinYear", window });
  }
  if (chosen > options.today) return chosen;

  throw fieldProblem({
    actor: options.actor,
    field: options.field,
    message: "plans.problem.futureDay",
    label: options.label,
  });
}
