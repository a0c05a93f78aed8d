import type { MessageKey } from "../../i18n/catalog.ts";
import { dateTimeFormat } from "../../lib/intl-formats.ts";
import type { Actor } from "../access/actor.ts";
import { firstDayOf, schoolYearOf } from "../reflections/school-year.ts";
import { fieldProblem } from "./parse-plan-input.ts";
import { dayIn, wallTimeToUtc } from "./school-time.ts";

/*
 * The days a date typed on a plan may fall on. A year typed as 1900 or 9999 is a slip of the
 * keyboard, and a meeting or check-in kept on such a day would never come round, or would sit
 * at the top of every list; these windows keep each date to what the practice can use.
 */

/** Calendar days (YYYY-MM-DD) from earliest to latest, both included. */
export interface DayWindow {
  earliest: string;
  latest: string;
}

/** The same calendar day a year on (29 February becomes 1 March), or back with -1. */
export function yearOn(day: string, years = 1): string {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);

  return new Date(Date.UTC(year + years, month - 1, date)).toISOString().slice(0, 10);
}

/**
 * A recorded meeting has happened: from a year before the plan's school year began (a meeting
 * recorded late, or for a plan started in the summer) to today at the school. The school's day
 * decides, wherever the person recording it is: a meeting on a later day has not happened yet.
 */
export function recordedMeetingDays(plan: {
  createdAt: string;
  timeZone: string;
  today: string;
}): DayWindow {
  const started = dayIn(plan.timeZone, new Date(plan.createdAt));

  return {
    earliest: yearOn(firstDayOf(schoolYearOf(started)), -1),
    latest: plan.today,
  };
}

/**
 * Minutes a recorded meeting may start after now: the clock of the device it is typed on, and a
 * start written rounded up (a meeting under way since 14:02 recorded as at 14:10).
 */
export const startLeewayMinutes = 10;

/**
 * Whether a meeting at this wall time of the school has started by now. Today's day alone does
 * not say it: a meeting set for later today has not happened yet.
 */
export function hasStarted(wallTime: string, school: { timeZone: string; now: Date }): boolean {
  const startsAt = Date.parse(wallTimeToUtc(wallTime, school.timeZone));

  return startsAt <= school.now.getTime() + startLeewayMinutes * 60_000;
}

/** Now as the school's clock shows it, "11:00 AM", for a message about a time today. */
export function spelledSchoolTime(school: { timeZone: string; now: Date }, locale: string) {
  const format = dateTimeFormat(locale, { timeStyle: "short", timeZone: school.timeZone });

  return format.format(school.now);
}

/** Meetings are proposed and check-ins planned within the coming twelve months. */
export function daysAhead(today: string): DayWindow {
  return { earliest: today, latest: yearOn(today) };
}

export const isWithin = (day: string, window: DayWindow) =>
  day >= window.earliest && day <= window.latest;

/** The field's problem, naming the window's ends in the reader's language. */
export function outsideWindow(
  actor: Actor,
  problem: { field: string; label: MessageKey; message: MessageKey; window: DayWindow },
) {
  return fieldProblem({
    actor,
    field: problem.field,
    label: problem.label,
    message: problem.message,
    values: spelledWindow(problem.window, actor.locale),
  });
}

/** The window's ends as the reader writes days, for a message that names them. */
export function spelledWindow(window: DayWindow, locale: string) {
  return {
    earliest: spelledDay(window.earliest, locale),
    latest: spelledDay(window.latest, locale),
  };
}

/** A day as the reader writes it, "Dec 5, 2027"; formatted in UTC so no zone moves it. */
function spelledDay(day: string, locale: string) {
  const instant = new Date(`${day}T00:00:00.000Z`);

  return dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(instant);
}
