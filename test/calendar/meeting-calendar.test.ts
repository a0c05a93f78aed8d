import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CalendarMeeting,
  calendarFeed,
  meetingInvitation,
} from "../../src/calendar/meeting-calendar.ts";
import { wallTimeToUtc } from "../../src/domain/plans/school-time.ts";
import { foldedWithinOctets, parseCalendar } from "./parse-calendar.ts";

// The server runs far from the schools, so a time written in the server's zone shows up wrong.
const serverZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "Asia/Tokyo";
});
afterAll(() => {
  process.env.TZ = serverZone;
});

const stamp = "2025-10-20T15:04:05.000Z";

function meeting(changes: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    uid: "0f6f0d6e-meeting@maps.school.example",
    sequence: 0,
    startsAt: wallTimeToUtc("2025-11-03T16:00", "America/New_York"),
    durationMinutes: 30,
    summary: "Math plan meeting: Linh",
    description: "Talk through Linh's plan.",
    place: "Room 12",
    videoUrl: null,
    organizer: { name: "Ms Rivera", email: "rivera@school.example" },
    attendees: [
      { name: "Nguyễn Thị Hoa", email: "hoa@family.example" },
      { name: "Linh Nguyễn", email: "linh@student.example" },
    ],
    cancelled: false,
    ...changes,
  };
}

describe("a meeting invitation", () => {
  it("a family in New York sees the meeting at 4 pm on the Monday after clocks go back", () => {
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting(),
    });

    const calendar = parseCalendar(text);
    expect(calendar.method).toBe("REQUEST");
    expect(calendar.timeZones).toEqual(["America/New_York"]);
    const [event] = calendar.events;
    expect(event?.startZone).toBe("America/New_York");
    expect(event?.startWallTime).toBe("2025-11-03T16:00");
    expect(event?.start).toBe("2025-11-03T21:00:00.000Z");
    expect(event?.end).toBe("2025-11-03T21:30:00.000Z");
    expect(text).toContain("\r\nDTSTAMP:20251020T150405Z\r\n");
  });

  it("a meeting the Friday before the change keeps daylight time in New York", () => {
    const startsAt = wallTimeToUtc("2025-10-31T16:00", "America/New_York");
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting({ startsAt }),
    });

    const [event] = parseCalendar(text).events;
    expect(event?.startWallTime).toBe("2025-10-31T16:00");
    expect(event?.start).toBe("2025-10-31T20:00:00.000Z");
  });

  it("a meeting that runs across the night clocks go back ends an hour later in UTC", () => {
    const startsAt = wallTimeToUtc("2025-11-02T00:30", "America/New_York");
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting({ startsAt, durationMinutes: 120 }),
    });

    const [event] = parseCalendar(text).events;
    expect(event?.start).toBe("2025-11-02T04:30:00.000Z");
    expect(event?.end).toBe("2025-11-02T06:30:00.000Z");
  });

  it("a school in Berlin keeps 9 am on both sides of the change at the end of March", () => {
    const before = wallTimeToUtc("2025-03-28T09:00", "Europe/Berlin");
    const after = wallTimeToUtc("2025-03-31T09:00", "Europe/Berlin");
    const feed = calendarFeed({
      name: "Math plans",
      timeZone: "Europe/Berlin",
      stamp,
      meetings: [
        meeting({ uid: "before@x", startsAt: before }),
        meeting({ uid: "after@x", startsAt: after }),
      ],
      checkIns: [],
    });

    const calendar = parseCalendar(feed);
    expect(calendar.method).toBeNull();
    expect(calendar.timeZones).toEqual(["Europe/Berlin"]);
    expect(calendar.events.map((event) => [event.startWallTime, event.start])).toEqual([
      ["2025-03-28T09:00", "2025-03-28T08:00:00.000Z"],
      ["2025-03-31T09:00", "2025-03-31T07:00:00.000Z"],
    ]);
  });

  it("the organizer and every attendee are named, and each is asked to reply", () => {
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting(),
    });

    const [event] = parseCalendar(text).events;
    expect(event?.organizer).toBe("mailto:rivera@school.example");
    expect(event?.attendees).toEqual([
      { address: "MAILTO:hoa@family.example", name: "Nguyễn Thị Hoa", rsvp: "TRUE" },
      { address: "MAILTO:linh@student.example", name: "Linh Nguyễn", rsvp: "TRUE" },
    ]);
    expect(event?.uid).toBe("0f6f0d6e-meeting@maps.school.example");
    expect(event?.sequence).toBe(0);
    expect(event?.location).toBe("Room 12");
  });

  it("a cancellation keeps the meeting's UID and says CANCEL and CANCELLED", () => {
    const text = meetingInvitation({
      method: "CANCEL",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting({ sequence: 2 }),
    });

    const calendar = parseCalendar(text);
    expect(calendar.method).toBe("CANCEL");
    expect(calendar.events[0]).toMatchObject({
      uid: "0f6f0d6e-meeting@maps.school.example",
      sequence: 2,
      status: "CANCELLED",
    });
  });

  it("a video meeting gives the link as its location and its URL", () => {
    const videoUrl = "https://video.example/room/abc?pwd=x;y,z";
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting({ place: null, videoUrl }),
    });

    const [event] = parseCalendar(text).events;
    expect(event?.location).toBe(videoUrl);
    expect(event?.url).toBe("https://video.example/room/abc?pwd=x%3By%2Cz");
  });

  it("names in Vietnamese, Chinese and Arabic fold at 75 octets and never inside a letter", () => {
    const summary =
      "Họp về kế hoạch toán của Nguyễn Thị Minh Khai · 王小明的数学行动计划会议 · " +
      "اجتماع خطة الرياضيات للطالبة فاطمة الزهراء";
    const attendees = [
      { name: "Trần Nguyễn Phương Thảo Nguyễn Thị Hoa Nguyễn", email: "thao@family.example" },
      { name: "欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜欧阳娜娜", email: "ouyang@family.example" },
      { name: "عبد الرحمن بن عبد العزيز آل سعود الحسيني", email: "abd@family.example" },
    ];
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "Asia/Ho_Chi_Minh",
      stamp,
      meeting: meeting({ summary, description: summary.repeat(3), attendees }),
    });

    expect(foldedWithinOctets(text)).toBe(true);
    expect(text.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
    const [event] = parseCalendar(text).events;
    expect(event?.summary).toBe(summary);
    expect(event?.description).toBe(summary.repeat(3));
    expect(event?.attendees.map((attendee) => attendee.name)).toEqual(
      attendees.map((attendee) => attendee.name),
    );
  });

  it("commas, semicolons, line breaks and a script tag in a name come back as plain text", () => {
    const summary = 'Meeting; Linh, "Lee" <script>alert(1)</script>\nsecond line\\end';
    const text = meetingInvitation({
      method: "REQUEST",
      timeZone: "America/New_York",
      stamp,
      meeting: meeting({ summary, place: "Room 5, main building; door B" }),
    });

    expect(text).toContain("Meeting\\; Linh\\, ");
    const [event] = parseCalendar(text).events;
    expect(event?.summary).toBe(summary);
    expect(event?.location).toBe("Room 5, main building; door B");
    expect(text.split("\r\n").filter((line) => line.startsWith("second line"))).toEqual([]);
  });
});

describe("a calendar feed", () => {
  it("a check-in due on a day stays on the school's day, even at the edge of the date line", () => {
    const feed = calendarFeed({
      name: "Math plans",
      timeZone: "Pacific/Kiritimati",
      stamp,
      meetings: [],
      checkIns: [{ uid: "check-in-1@x", day: "2025-11-03", summary: "Check-in", description: "" }],
    });

    const [event] = parseCalendar(feed).events;
    expect(event?.allDay).toBe(true);
    expect(event?.startWallTime.slice(0, 10)).toBe("2025-11-03");
    expect(feed).toContain("DTSTART;VALUE=DATE:20251103");
  });
});
