import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { addDays, dayIn } from "../../src/domain/plans/school-time.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * A family member picks a meeting time and finds it agreed on the plan itself, on a phone; a
 * teacher cancels an agreed meeting only after a page that says who will be told. Every page is
 * checked with axe-core.
 */

const timeZone = "America/New_York";

describe("an agreed meeting on the plan, and cancelling it with care", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  beforeAll(async () => {
    room = await startClassroomPlan(session.running.deps);
    // The family has an address, so an invitation and a cancellation have someone to reach.
    await session.running.database.db
      .updateTable("people")
      .set({ email: `gloria-${room.guardian.id}@family.example` })
      .where("id", "=", room.guardian.id)
      .execute();
  });

  /** Two times next week, 4 PM at the school, in Room 12. */
  async function proposedTimes() {
    const nextWeek = addDays(dayIn(timeZone, new Date()), 7);
    const { proposalId } = await proposeMeeting(
      session.running.deps,
      actorFor(room.teacher),
      room.planId,
      {
        firstTime: `${nextWeek}T16:00`,
        secondTime: `${addDays(nextWeek, 1)}T16:00`,
        place: "Room 12",
      },
    );

    return proposalId;
  }

  const meetingsPart = (page: Page) => page.locator("#meetings");
  const cancellations = () =>
    session.running.database.db
      .selectFrom("outbox_emails")
      .select("id")
      .where("kind", "=", "meeting.cancel")
      .execute();

  it("a family member picks a time and the plan says the meeting is agreed", async () => {
    const proposalId = await proposedTimes();
    const family = await pageSignedInAs(session, {
      personId: room.guardian.id,
      next: `/plans/${room.planId}/meeting-times`,
      window: phoneWindow,
    });

    await family.locator(".choices button").first().click();
    await family.waitForURL(/saved=chosen/);
    await family.getByRole("link", { name: "Back to the plan" }).click();
    await family.waitForURL(new RegExp(`/plans/${room.planId}$`));

    const meetings = meetingsPart(family);
    await expect(meetings.textContent()).resolves.toMatch(/Agreed: \w+day, .+ 4:00\s?PM, Room 12/);
    await expect(meetings.textContent()).resolves.not.toContain("No meeting yet.");
    const details = meetings.getByRole("link", { name: "Details on the meeting times page" });
    await expect(details.getAttribute("href")).resolves.toBe(
      `/plans/${room.planId}/meeting-times#meeting-${proposalId}`,
    );
    await expectAccessible(family);
    await family.screenshot({ path: "test-results/agreed-meeting-on-plan.png", fullPage: true });
    await family.context().close();
  });

  it("a teacher confirms on a page of its own before the family is told", async () => {
    const teacher = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: `/plans/${room.planId}/meeting-times`,
    });
    await expect(
      teacher.getByRole("button", { name: "Cancel the meeting and tell everyone" }).count(),
    ).resolves.toBe(0);
    await expectAccessible(teacher);
    await teacher.screenshot({ path: "test-results/agreed-meeting-times.png", fullPage: true });

    await teacher.getByRole("link", { name: "Cancel this meeting…" }).click();
    await teacher.waitForURL(/\/cancel$/);
    await expect(teacher.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Cancel this meeting?",
    );
    await expect(teacher.locator("main").textContent()).resolves.toContain(
      "Sam Example’s family too, is emailed at once",
    );
    await expectAccessible(teacher);
    await teacher.screenshot({ path: "test-results/cancel-meeting.png", fullPage: true });

    await teacher.getByRole("link", { name: "Keep the meeting" }).click();
    await teacher.waitForURL(/\/meeting-times#meeting-/);
    expect(await cancellations()).toEqual([]);

    await teacher.getByRole("link", { name: "Cancel this meeting…" }).click();
    await teacher.getByRole("button", { name: "Cancel the meeting and tell everyone" }).click();
    await teacher.waitForURL(/saved=cancelled/);
    await expect(teacher.getByRole("status").textContent()).resolves.toBe(
      "The meeting is cancelled. Everyone is told.",
    );
    expect((await cancellations()).length).toBeGreaterThan(0);
    await expectAccessible(teacher);

    await teacher.goto(`${session.running.baseUrl}/plans/${room.planId}`);
    await expect(meetingsPart(teacher).textContent()).resolves.toContain("No meeting yet.");
    await expectAccessible(teacher);
    await teacher.context().close();
  });
});
