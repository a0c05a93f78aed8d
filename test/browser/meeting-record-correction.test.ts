import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { correctMeeting } from "../../src/domain/plans/correct-meeting.ts";
import { recordMeeting } from "../../src/domain/plans/record-meeting.ts";
import { addDays, dayIn } from "../../src/domain/plans/school-time.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/**
 * Meetings are recorded once held: at midnight of the school's today (a time already past
 * whenever the test runs), and moved back a day.
 */
const today = dayIn("America/New_York", new Date());

describe("a teacher correcting and removing a recorded meeting in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  beforeAll(async () => {
    room = await startClassroomPlan(session.running.deps);
  });

  async function recorded(notes: string) {
    const { meetingId } = await recordMeeting(
      session.running.deps,
      actorFor(room.teacher),
      room.planId,
      {
        startsAt: `${today}T00:00`,
        place: "Room 12",
        notes,
        attendeeIds: [room.student.id, room.guardian.id],
      },
    );

    return meetingId;
  }

  const planPath = () => `/plans/${room.planId}`;
  const meetingItem = (page: Page, meetingId: string) => page.locator(`#meeting-${meetingId}`);

  it("a teacher corrects notes, attendees and time; the history keeps the first", async () => {
    const meetingId = await recorded("We agred on one action ech.");
    const page = await pageSignedInAs(session, { personId: room.teacher.id, next: planPath() });
    await expectAccessible(page);

    await meetingItem(page, meetingId).getByRole("link", { name: "Correct", exact: true }).click();
    await page.waitForURL(/\/correct$/);
    await expect(page.getByLabel("Meeting notes").inputValue()).resolves.toBe(
      "We agred on one action ech.",
    );
    await expectAccessible(page);

    // A meeting is recorded once held: the field ends today at the school, and a browser that
    // does not keep to its bounds and sends tomorrow is told so by the page.
    const startsAt = page.getByLabel("Date and time");
    await expect(startsAt.getAttribute("max")).resolves.toBe(`${today}T23:59`);
    await startsAt.evaluate((input) => input.removeAttribute("max"));
    await startsAt.fill(`${addDays(today, 1)}T08:00`);
    await page.getByLabel("Meeting notes").fill("We agreed on one action eac");
    await page.getByRole("button", { name: "Save the correction" }).click();
    await expect(page.locator("#correct-meeting-startsAt-error").textContent()).resolves.toContain(
      "record a meeting once it has happened",
    );
    await expect(page.getByLabel("Meeting notes").inputValue()).resolves.toBe(
      "We agreed on one action eac",
    );
    await expectAccessible(page);

    await page.getByLabel("Date and time").fill(`${addDays(today, -1)}T16:30`);
    await page.getByLabel("Meeting notes").fill("We agreed on one action each.");
    await page.getByRole("checkbox", { name: /family/ }).uncheck();
    await page.getByRole("button", { name: "Save the correction" }).click();
    await page.waitForURL(/saved=meetingCorrected/);

    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "Meeting record corrected.",
    );
    const item = meetingItem(page, meetingId);
    await expect(item.textContent()).resolves.toContain("We agreed on one action each.");
    await expect(item.textContent()).resolves.not.toContain("Gloria");
    const history = page.locator("#history");
    await expect(history.textContent()).resolves.toContain("corrected the record of the meeting");
    await expect(history.textContent()).resolves.toContain("We agred on one action ech.");
    await page.screenshot({ path: "test-results/meeting-corrected.png", fullPage: true });
    await expectAccessible(page);
  });

  it("a correction over a record changed meanwhile shows both versions to merge", async () => {
    const meetingId = await recorded("Talked about fractions");
    const path = `${planPath()}/meetings/${meetingId}/correct`;
    const page = await pageSignedInAs(session, { personId: room.teacher.id, next: path });
    await correctMeeting(
      session.running.deps,
      actorFor(room.administrator),
      { planId: room.planId, meetingId },
      { startsAt: `${today}T00:00`, place: "Library", notes: "Talked about fractions", seen: 1 },
    );

    await page.getByLabel("Meeting notes").fill("Talked about fractions and decimals");
    await page.getByRole("button", { name: "Save the correction" }).click();

    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "This meeting record changed while you were correcting it",
    );
    await expect(page.getByText("Library").count()).resolves.toBeGreaterThan(0);
    await expect(page.getByLabel("Meeting notes").inputValue()).resolves.toBe(
      "Talked about fractions and decimals",
    );
    await expectAccessible(page);

    await page.getByRole("button", { name: "Save the correction" }).click();
    await page.waitForURL(/saved=meetingCorrected/);
    await expect(meetingItem(page, meetingId).textContent()).resolves.toContain("decimals");
  });

  it("a meeting removed as a mistake is gone from the family's page too", async () => {
    const meetingId = await recorded("Notes meant for another student's plan");
    const page = await pageSignedInAs(session, { personId: room.teacher.id, next: planPath() });

    await meetingItem(page, meetingId).getByRole("link", { name: "Remove", exact: true }).click();
    await page.waitForURL(/\/remove$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Remove this meeting record?",
    );
    await expectAccessible(page);
    await page.getByRole("button", { name: "Remove the meeting record" }).click();
    await page.waitForURL(/saved=meetingRemoved/);

    await expect(meetingItem(page, meetingId).count()).resolves.toBe(0);
    await expect(page.locator("#history").textContent()).resolves.toContain(
      "removed the record of the meeting",
    );
    await expectAccessible(page);

    const family = await pageSignedInAs(session, {
      personId: room.guardian.id,
      next: planPath(),
      window: phoneWindow,
    });
    await expect(family.locator("main").textContent()).resolves.not.toContain(
      "another student's plan",
    );
    await expect(family.getByRole("link", { name: "Remove", exact: true }).count()).resolves.toBe(
      0,
    );
    await expectAccessible(family);
  });
});
