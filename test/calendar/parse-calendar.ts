import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  /** The start as an instant (ISO-8601, UTC). */
  start: string;
  end: string | null;
  /** The zone the start is written in, and its wall-clock time there ("YYYY-MM-DDTHH:mm"). */
  startZone: string;
  startWallTime: string;
  allDay: boolean;
  organizer: string | null;
  attendees: { address: string; name: string; rsvp: string | null }[];
}

export interface ParsedCalendar {
  method: string | null;
  timeZones: string[];
  events: ParsedEvent[];
}

/**
 * Reads iCalendar text the way a calendar program does: the VTIMEZONE blocks it carries are
 * registered first, so a time is turned into an instant by the zone rules in the file itself.
 */
export function parseCalendar(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = root.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(new ICAL.Timezone(zone));

  return {
    method: stringOrNull(root.getFirstPropertyValue("method")),
    timeZones: zones.map((zone) => String(zone.getFirstPropertyValue("tzid"))),
    events: root.getAllSubcomponents("vevent").map(readEvent),
  };
}

function readEvent(component: ICAL.Component): ParsedEvent {
  const event = new ICAL.Event(component);
  const start = event.startDate;
  const pad = (value: number) => String(value).padStart(2, "0");

  return {
    uid: event.uid,
    sequence: event.sequence,
    status: stringOrNull(component.getFirstPropertyValue("status")),
    summary: event.summary,
    description: stringOrNull(component.getFirstPropertyValue("description")),
    location: stringOrNull(component.getFirstPropertyValue("location")),
    url: stringOrNull(component.getFirstPropertyValue("url")),
    start: start.toJSDate().toISOString(),
    end: component.hasProperty("dtend") ? event.endDate.toJSDate().toISOString() : null,
    startZone: start.zone?.tzid ?? "floating",
    startWallTime: `${start.year}-${pad(start.month)}-${pad(start.day)}T${pad(start.hour)}:${pad(
      start.minute,
    )}`,
    allDay: start.isDate,
    organizer: stringOrNull(component.getFirstPropertyValue("organizer")),
    attendees: component.getAllProperties("attendee").map((attendee) => ({
      address: String(attendee.getFirstValue()),
      name: String(attendee.getParameter("cn") ?? ""),
      rsvp: stringOrNull(attendee.getParameter("rsvp")),
    })),
  };
}

function stringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Whether every line is at most 75 octets and no fold splits a UTF-8 character. */
export function foldedWithinOctets(text: string): boolean {
  const bytes = Buffer.from(text, "utf8");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    const atEnd = index === bytes.length;
    if (!atEnd && !(bytes[index] === 0x0d && bytes[index + 1] === 0x0a)) continue;
    const line = bytes.subarray(lineStart, index);
    if (line.length > 75) return false;
    try {
      decoder.decode(line);
    } catch {
      return false;
    }
    lineStart = index + 2;
  }

  return true;
}
