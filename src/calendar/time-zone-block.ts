import { tzlib_get_ical_block } from "timezones-ical-library";

export interface ZoneBlock {
  /** The TZID the library writes, such as Etc/UTC for UTC: events must name the same one. */
  tzid: string;
  vtimezone: string;
}

/** The VTIMEZONE block of an IANA zone, or null when the library does not know the zone. */
export function timeZoneBlock(timeZone: string): ZoneBlock | null {
  const block = tzlib_get_ical_block(timeZone);
  if (!Array.isArray(block)) return null;
  const [vtimezone, tzidLine] = block;
  if (!vtimezone || !tzidLine?.startsWith("TZID=")) return null;

  return { tzid: tzidLine.slice("TZID=".length), vtimezone };
}
