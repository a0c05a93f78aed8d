import { dateTimeFormat } from "../../lib/intl-formats.ts";

/** A meeting's time as the reader says it, in the school's zone: "Monday, 3 November, 16:00". */
export function formatMeetingTime(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(new Date(iso));
}
