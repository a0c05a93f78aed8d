/*
 * Calendar days and wall-clock times in a school's own time zone. Check-ins fall on school days
 * and meetings happen at a local time, while the database keeps instants in UTC.
 */

import { dateTimeFormat } from "../../lib/intl-formats.ts";

/** The calendar day (YYYY-MM-DD) it is in the time zone at the instant. */
export function dayIn(timeZone: string, instant: Date): string {
  const parts = wallClock(timeZone, instant);

  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The day `days` after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number);
  const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + days));

  return shifted.toISOString().slice(0, 10);
}

/** The UTC instant (ISO-8601) of a wall-clock time "YYYY-MM-DDTHH:mm" in the time zone. */
export function wallTimeToUtc(wallTime: string, timeZone: string): string {
  const [day = "", time = ""] = wallTime.split("T");
  const [year, month, date] = day.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const asIfUtc = Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1, hour ?? 0, minute ?? 0);
  // Two passes: the first guess may sit on the other side of a daylight-saving change.
  const guess = asIfUtc - offsetMinutes(timeZone, new Date(asIfUtc)) * 60_000;
  const instant = asIfUtc - offsetMinutes(timeZone, new Date(guess)) * 60_000;

  return new Date(instant).toISOString();
}

/** The wall-clock time "YYYY-MM-DDTHH:mm" in the time zone at a UTC instant. */
export function utcToWallTime(iso: string, timeZone: string): string {
  const parts = wallClock(timeZone, new Date(iso));

  return `${dayIn(timeZone, new Date(iso))}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** Whether a text is a real calendar day in YYYY-MM-DD form. */
export function isCalendarDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && addDays(text, 0) === text;
}

/** Whether a text is a real wall-clock time in YYYY-MM-DDTHH:mm form. */
export function isWallTime(text: string): boolean {
  const [day = "", time = ""] = text.split("T");

  return isCalendarDay(day) && /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

function offsetMinutes(timeZone: string, instant: Date): number {
  const parts = wallClock(timeZone, instant);
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );

  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

function wallClock(timeZone: string, instant: Date) {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);

  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

const pad = (value: number) => String(value).padStart(2, "0");
