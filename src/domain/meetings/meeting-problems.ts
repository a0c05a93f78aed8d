import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { invalidForm } from "../forms/parse-form.ts";
import { daysAhead, outsideWindow } from "../plans/date-windows.ts";
import { fieldProblem } from "../plans/parse-plan-input.ts";
import { planError } from "../plans/plan-error.ts";
import { utcToWallTime, wallTimeToUtc } from "../plans/school-time.ts";

/** A proposed or new time that is already past. */
export const futureProblem = (actor: Actor, field: string, label: MessageKey | undefined) =>
  fieldProblem({
    actor,
    field,
    message: "meetings.problem.past",
    label: label ?? "meetings.field.newTime",
  });

/** A proposed or new time falls within the coming twelve months at the school. */
export function assertWithinYear(
  actor: Actor,
  typed: { field: string; label: MessageKey; wall: string; today: string },
) {
  const window = daysAhead(typed.today);
  if (typed.wall.slice(0, 10) <= window.latest) return;

  const { field, label } = typed;
  throw outsideWindow(actor, { field, label, message: "plans.problem.withinYear", window });
}

/** The proposal is not in the state the person saw: someone else answered or changed it. */
export const meetingConflict = (actor: Actor, proposalId: string, say: MessageKey) =>
  planError(actor, { kind: "conflict", message: `meeting ${proposalId}: ${say}`, say });

/**
 * The UTC instant of a wall-clock time typed for the school, refusing a time the clocks skip
 * when daylight saving starts: such a time never happens, and quietly moving it an hour would
 * send the family a time no one chose.
 */
export function meetingInstant(
  actor: Actor,
  typed: { field: string; label: MessageKey; wall: string; timeZone: string },
): string {
  const startsAt = wallTimeToUtc(typed.wall, typed.timeZone);
  if (utcToWallTime(startsAt, typed.timeZone) === typed.wall) return startsAt;

  const t = translator(actor.locale);
  // The typed digits, shown as they read on a clock: formatted as UTC so no zone shifts them.
  const asTyped = new Date(`${typed.wall}:00.000Z`);
  const message = t("meetings.problem.skippedTime", {
    field: t(typed.label),
    time: new Intl.DateTimeFormat(actor.locale, {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
    }).format(asTyped),
    day: new Intl.DateTimeFormat(actor.locale, {
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    }).format(asTyped),
    place: placeOfZone(typed.timeZone),
  });

  throw invalidForm(t, [{ field: typed.field, message }]);
}

/** "America/New_York" reads as "New York". */
const placeOfZone = (timeZone: string) =>
  (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
