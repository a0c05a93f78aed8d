import { TZDate } from "@date-fns/tz";
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { timeZoneBlock } from "./time-zone-block.ts";

/*
 * iCalendar text (RFC 5545, with RFC 5546's METHOD) for a plan's meetings and check-ins.
 * Times are written as wall-clock times in the school's zone with its VTIMEZONE block, so a
 * meeting at 4 pm in New York stays at 4 pm there across a daylight-saving change, whatever
 * zone the server runs in. ical-generator escapes text and folds lines at 75 octets without
 * splitting a UTF-8 character (test/calendar checks both).
 */

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarMeeting {
  /** The same for every version of one meeting, so calendars update it in place. */
  uid: string;
  /** Raised each time the meeting changes after it was sent. */
  sequence: number;
  startsAt: string;
  durationMinutes: number;
  summary: string;
  description: string;
  place: string | null;
  videoUrl: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  cancelled: boolean;
}

export interface CalendarCheckIn {
  uid: string;
  /** YYYY-MM-DD in the school's zone: a check-in is due on a day, not at a time. */
  day: string;
  summary: string;
  description: string;
}

const productId = { company: "Math Action Plans", product: "Meetings", language: "EN" };

/** An invitation (REQUEST) or its cancellation (CANCEL) for one meeting, for an email. */
export function meetingInvitation(options: {
  method: "REQUEST" | "CANCEL";
  timeZone: string;
  stamp: string;
  meeting: CalendarMeeting;
}): string {
  const calendar = newCalendar(options.timeZone, null);
  calendar.method(ICalCalendarMethod[options.method]);
  addMeeting(calendar, options.timeZone, options.stamp, {
    ...options.meeting,
    cancelled: options.meeting.cancelled || options.method === "CANCEL",
  });

  return calendar.toString();
}

/** A person's private feed: their plans' agreed meetings and the days check-ins are due. */
export function calendarFeed(options: {
  name: string;
  timeZone: string;
  stamp: string;
  meetings: CalendarMeeting[];
  checkIns: CalendarCheckIn[];
}): string {
  const calendar = newCalendar(options.timeZone, options.name);
  for (const meeting of options.meetings) {
    addMeeting(calendar, options.timeZone, options.stamp, meeting);
  }
  for (const checkIn of options.checkIns) {
    addCheckIn(calendar, options.timeZone, options.stamp, checkIn);
  }

  return calendar.toString();
}

function newCalendar(timeZone: string, name: string | null): ICalCalendar {
  const block = timeZoneBlock(timeZone);
  const calendar = ical({ prodId: productId });
  if (name) calendar.name(name);
  // No calendar-wide zone name: ical-generator would then write DTSTAMP in the server's wall
  // time without its Z. Each event names the zone, and the generator adds its VTIMEZONE block.
  if (block) {
    calendar.timezone({ name: null, generator: () => block.vtimezone });
    calendar.x("X-WR-TIMEZONE", block.tzid);
  }

  return calendar;
}

function addMeeting(
  calendar: ICalCalendar,
  timeZone: string,
  stamp: string,
  meeting: CalendarMeeting,
) {
  const zone = timeZoneBlock(timeZone)?.tzid ?? null;
  const start = new Date(meeting.startsAt);
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  // A TZDate reads its hours in the zone; a plain Date would give the server's wall time.
  const inZone = (instant: Date) => (zone ? new TZDate(instant, zone) : instant);

  const event = calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    stamp: new Date(stamp),
    start: inZone(start),
    end: inZone(end),
    timezone: zone,
    summary: meeting.summary,
    description: meeting.description,
    location: meeting.place ?? meeting.videoUrl,
    url: meeting.videoUrl ? uriValue(meeting.videoUrl) : null,
    organizer: meeting.organizer,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  for (const attendee of meeting.attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    });
  }
}

function addCheckIn(
  calendar: ICalCalendar,
  timeZone: string,
  stamp: string,
  checkIn: CalendarCheckIn,
) {
  const zone = timeZoneBlock(timeZone)?.tzid ?? null;
  const [year = 1970, month = 1, day = 1] = checkIn.day.split("-").map(Number);
  // The day's midnight in the zone, read back in the zone: the day stays the school's day.
  const start = zone
    ? new TZDate(year, month - 1, day, zone)
    : new Date(Date.UTC(year, month - 1, day));

  calendar.createEvent({
    id: checkIn.uid,
    stamp: new Date(stamp),
    start,
    timezone: zone,
    allDay: true,
    summary: checkIn.summary,
    description: checkIn.description,
  });
}

/**
 * ical-generator escapes a URL's commas and semicolons as if it were text, while readers take a
 * URI value literally; percent-encoding them first gives a link that works in both.
 */
const uriValue = (link: string) => link.replaceAll(";", "%3B").replaceAll(",", "%2C");
