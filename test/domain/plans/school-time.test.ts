import { describe, expect, it } from "vitest";
import {
  addDays,
  dayIn,
  isCalendarDay,
  isWallTime,
  utcToWallTime,
  wallTimeToUtc,
} from "../../../src/domain/plans/school-time.ts";

describe("a school's days and times", () => {
  it("a check-in two weeks on crosses the end of a month", () => {
    expect(addDays("2025-03-24", 14)).toBe("2025-04-07");
    expect(addDays("2024-02-20", 14)).toBe("2024-03-05");
  });

  it("a teacher in Los Angeles is still on yesterday when it is past midnight in UTC", () => {
    expect(dayIn("America/Los_Angeles", new Date("2025-03-11T02:00:00Z"))).toBe("2025-03-10");
    expect(dayIn("Europe/Berlin", new Date("2025-03-10T23:30:00Z"))).toBe("2025-03-11");
  });

  it("a meeting typed as local time is stored as the right instant across daylight saving", () => {
    expect(wallTimeToUtc("2025-03-07T15:30", "America/New_York")).toBe("2025-03-07T20:30:00.000Z");
    expect(wallTimeToUtc("2025-03-10T15:30", "America/New_York")).toBe("2025-03-10T19:30:00.000Z");
    expect(wallTimeToUtc("2025-07-01T09:00", "Asia/Kolkata")).toBe("2025-07-01T03:30:00.000Z");
  });

  it("a stored meeting reads back as the time the teacher typed", () => {
    const instant = wallTimeToUtc("2025-11-02T08:15", "America/Chicago");

    expect(utcToWallTime(instant, "America/Chicago")).toBe("2025-11-02T08:15");
  });

  it("only real days and times are accepted", () => {
    expect(isCalendarDay("2025-02-29")).toBe(false);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isWallTime("2025-03-10T24:00")).toBe(false);
    expect(isWallTime("2025-03-10T07:05")).toBe(true);
    expect(isWallTime("tomorrow")).toBe(false);
  });
});
