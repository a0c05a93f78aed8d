import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { dateTimeFormat } from "../../lib/intl-formats.ts";
import type { Actor } from "../access/actor.ts";
import { daysAhead, spelledWindow } from "../plans/date-windows.ts";
import { planError } from "../plans/plan-error.ts";
import { dayIn, isWallTime, utcToWallTime, wallTimeToUtc } from "../plans/school-time.ts";

/** What a typed meeting time is checked against: the school's zone and clock, and who reads. */
export interface MeetingClock {
  timeZone: string;
  /** The instant it is now (ISO-8601). */
  now: string;
  /** The day it is at the school. */
  today: string;
  locale: string;
}

/** The clock of a form typed now at the school, read by the actor. */
export const meetingClock = (actor: Actor, timeZone: string, clock: Clock): MeetingClock => ({
  timeZone,
  now: isoNow(clock),
  today: dayIn(timeZone, clock()),
  locale: actor.locale,
});

/**
 * A meeting time a form must have: a real time at the school, still to come and within the
 * coming year. Each problem is an issue of the field, so a form reports all of them at once.
 */
export const meetingTimeField = (clock: MeetingClock) =>
  z
    .string()
    .trim()
    .refine(isWallTime, { error: "plans.problem.dateTime" })
    .superRefine(meetingTimeCheck(clock));

/** The same, for a time a form may leave empty (read as null). */
export const optionalMeetingTimeField = (clock: MeetingClock) =>
  z
    .string()
    .trim()
    .refine((wall) => wall === "" || isWallTime(wall), { error: "plans.problem.dateTime" })
    .superRefine(meetingTimeCheck(clock))
    .optional()
    .transform((wall) => wall || null);

/** Only a real time is checked further, so a field says one thing at a time. */
const meetingTimeCheck =
  (clock: MeetingClock) => (wall: string, context: z.RefinementCtx<string>) => {
    const problem = isWallTime(wall) ? meetingTimeProblem(wall, clock) : null;
    if (problem) context.addIssue({ code: "custom", ...problem });
  };

/** Why a real wall-clock time cannot be a meeting's, or null when it can. */
function meetingTimeProblem(
  wall: string,
  clock: MeetingClock,
): { message: MessageKey; params?: Record<string, string> } | null {
  const startsAt = wallTimeToUtc(wall, clock.timeZone);
  if (utcToWallTime(startsAt, clock.timeZone) !== wall) {
    return { message: "meetings.problem.skippedTime", params: skippedTimeValues(wall, clock) };
  }
  if (startsAt <= clock.now) return { message: "meetings.problem.past" };
  const window = daysAhead(clock.today);
  if (wall.slice(0, 10) > window.latest) {
    return { message: "plans.problem.withinYear", params: spelledWindow(window, clock.locale) };
  }

  return null;
}

/**
 * A time the clocks skip when daylight saving starts never happens: quietly moving it an hour
 * would send the family a time no one chose. The message shows the typed digits as they read
 * on a clock, formatted as UTC so that no zone shifts them.
 */
function skippedTimeValues(wall: string, clock: MeetingClock) {
  const asTyped = new Date(`${wall}:00.000Z`);

  return {
    time: dateTimeFormat(clock.locale, {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "UTC",
    }).format(asTyped),
    day: dateTimeFormat(clock.locale, {
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    }).format(asTyped),
    place: placeOfZone(clock.timeZone),
  };
}

/** The proposal is not in the state the person saw: someone else answered or changed it. */
export const meetingConflict = (actor: Actor, proposalId: string, say: MessageKey) =>
  planError(actor, { kind: "conflict", message: `meeting ${proposalId}: ${say}`, say });

/** "America/New_York" reads as "New York". */
const placeOfZone = (timeZone: string) =>
  (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
