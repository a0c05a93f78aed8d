import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chooseMeetingTime } from "../../src/domain/meetings/answer-meeting.ts";
import { rescheduleMeeting } from "../../src/domain/meetings/change-agreed-meeting.ts";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../src/domain/meetings/read-meeting-times.ts";
import { addDays, dayIn } from "../../src/domain/plans/school-time.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * What the last tester found about meetings, walked through as a teacher: closing a plan with a
 * meeting agreed, a move or a cancel sent from a page opened before someone else's move, new
 * times that replace the ones still open, and a recorded meeting's words shown as typed. Every
 * page is checked with axe-core.
 */

const timeZone = "America/New_York";
const script = "<script>alert(1)</script>";

describe("meetings changed meanwhile, closed with their plan, or replaced", () => {
  const session = useRunningAppAndBrowser();
  const today = () => dayIn(timeZone, new Date());
  const nextWeek = () => addDays(today(), 7);

  /** A plan whose family has an address and has proposed times waiting, or agreed one. */
  async function planWithTimes(options: { agree: boolean }) {
    const { deps, database } = session.running;
    const room = await startClassroomPlan(deps);
    await database.db
      .updateTable("people")
      .set({ email: `gloria-${room.guardian.id}@family.example` })
      .where("id", "=", room.guardian.id)
      .execute();
    const { proposalId } = await proposeMeeting(deps, actorFor(room.teacher), room.planId, {
      firstTime: `${nextWeek()}T16:00`,
      secondTime: `${addDays(nextWeek(), 1)}T16:00`,
      place: "Room 12",
    });
    if (options.agree) {
      const family = actorFor(room.guardian);
      const view = await readMeetingTimes(deps, family, room.planId);
      const timeId = view.proposals[0]?.times[0]?.id;
      await chooseMeetingTime(deps, family, room.planId, proposalId, { timeId });
    }

    return { ...room, proposalId };
  }

  const teacherOn = (room: { teacher: { id: string } }, next: string) =>
    pageSignedInAs(session, { personId: room.teacher.id, next });
  const words = async (page: Page, selector: string) =>
    ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ");
  const outboxOf = (kind: string) =>
    session.running.database.db
      .selectFrom("outbox_emails")
      .select("to_address")
      .where("kind", "=", kind)
      .execute();

  it("closing a plan names the meeting it cancels; the plan then shows none", async () => {
    const room = await planWithTimes({ agree: true });
    // Times for a second meeting, with a video link, are still waiting for the family.
    const open = await proposeMeeting(session.running.deps, actorFor(room.teacher), room.planId, {
      firstTime: `${addDays(nextWeek(), 7)}T16:00`,
      secondTime: `${addDays(nextWeek(), 8)}T16:00`,
      videoLink: "https://meet.example/plan",
    });
    const page = await teacherOn(room, `/plans/${room.planId}`);
    const before = (await outboxOf("meeting.cancel")).length;

    await page.getByText("Close this plan", { exact: true }).click();
    const step = await words(page, ".close-plan");
    expect(step).toMatch(/The meeting agreed for \w+day, .+ 4:00\s?PM is cancelled with the plan/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Yes, close this plan" }).click();
    await page.waitForURL(/saved=closed/);

    const meetings = await words(page, "#meetings");
    expect(meetings).toContain("No meeting yet.");
    expect(meetings).not.toContain("Agreed:");
    const history = await words(page, "#history");
    expect(history).toMatch(/closed the plan, which cancelled the meeting on .+ 4:00\s?PM\./);
    expect(history).toContain("closed the plan, which withdrew the meeting times still open.");
    expect((await outboxOf("meeting.cancel")).length).toBeGreaterThan(before);
    expect(await outboxOf("meeting.withdrawn")).toEqual([
      { to_address: `gloria-${room.guardian.id}@family.example` },
    ]);
    await expectAccessible(page);
    await page.context().close();

    // The family sees the plan is closed and what became of each proposal, with nothing to do.
    const family = await pageSignedInAs(session, {
      personId: room.guardian.id,
      next: `/plans/${room.planId}/meeting-times`,
    });
    expect(await words(family, "main")).toMatch(/This plan was closed on \w+day, \w+ \d+\./);
    const cancelled = await words(family, `#meeting-${room.proposalId}`);
    expect(cancelled).toMatch(
      /Cancelled when the plan was closed: the meeting on \w+day, .+ 4:00\s?PM does not take/,
    );
    expect(await family.locator(`#meeting-${room.proposalId} h3`).count()).toBe(0);
    expect(await words(family, `#meeting-${open.proposalId}`)).toContain(
      "These times were withdrawn when the plan was closed.",
    );
    expect(await family.getByRole("link", { name: "Join by video" }).count()).toBe(0);
    expect(await family.locator("main form").count()).toBe(0);
    expect(await words(family, "main")).not.toContain("No meeting times have been proposed yet");
    await expectAccessible(family);
    await family.context().close();
  });

  it("a move sent after someone else's says so and keeps the time typed", async () => {
    const room = await planWithTimes({ agree: true });
    const page = await teacherOn(room, `/plans/${room.planId}/meeting-times`);
    await rescheduleMeeting(
      session.running.deps,
      actorFor(room.administrator),
      room.planId,
      room.proposalId,
      { newTime: `${addDays(nextWeek(), 2)}T16:00`, sequence: "0" },
    );

    const typed = `${addDays(nextWeek(), 3)}T09:30`;
    await page.getByText("Move this meeting", { exact: true }).click();
    await page.getByLabel("New time").fill(typed);
    await page.getByRole("button", { name: "Move the meeting and send an update" }).click();

    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "This meeting was moved meanwhile",
    );
    expect(await words(page, "[role=alert]")).toMatch(/The meeting is now on \w+day, .+ 4:00/);
    await expect(page.getByLabel("New time").inputValue()).resolves.toBe(typed);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/meeting-moved-meanwhile.png", fullPage: true });

    await page.getByRole("button", { name: "Move the meeting and send an update" }).click();
    await page.waitForURL(/saved=rescheduled/);
    expect(await words(page, `#meeting-${room.proposalId}-status`)).toMatch(/9:30\s?AM/);
    await expectAccessible(page);
    await page.context().close();
  });

  it("a cancel confirmed before someone's move cancels nothing; a link leads back", async () => {
    const room = await planWithTimes({ agree: true });
    const page = await teacherOn(room, `/plans/${room.planId}/meeting-times`);
    await page.getByRole("link", { name: "Cancel this meeting…" }).click();
    await page.waitForURL(/\/cancel$/);
    await rescheduleMeeting(
      session.running.deps,
      actorFor(room.administrator),
      room.planId,
      room.proposalId,
      { newTime: `${addDays(nextWeek(), 2)}T16:00`, sequence: "0" },
    );

    await page.getByRole("button", { name: "Cancel the meeting and tell everyone" }).click();

    expect(await words(page, "[role=alert]")).toContain(
      "This meeting was moved after you opened this page, so nothing was cancelled.",
    );
    await expectAccessible(page);
    await page.getByRole("link", { name: "Back to the plan" }).click();
    await page.waitForURL(new RegExp(`/plans/${room.planId}$`));
    expect(await words(page, "#meetings")).toContain("Agreed:");
    await page.context().close();
  });

  it("new times say which they replace, and the family is asked about one set", async () => {
    const room = await planWithTimes({ agree: false });
    const page = await teacherOn(room, `/plans/${room.planId}/meeting-times`);

    const form = page.locator("#propose");
    expect(await words(page, "#propose")).toMatch(
      /These times replace the ones Tamara \w+ proposed on .+: once you send them/,
    );
    await expectAccessible(page);
    await form.getByLabel("First time").fill(`${addDays(nextWeek(), 3)}T16:00`);
    await form.getByLabel("Second time").fill(`${addDays(nextWeek(), 4)}T16:00`);
    await form.getByLabel("Place", { exact: true }).fill("Library");
    await form.getByRole("button", { name: "Send the times to the family" }).click();
    await page.waitForURL(/saved=replaced/);

    expect(await words(page, "[role=status]")).toContain(
      "The times proposed before are withdrawn.",
    );
    expect(await words(page, `#meeting-${room.proposalId}-status`)).toContain(
      "These times were withdrawn",
    );
    await expectAccessible(page);
    await page.context().close();
  });

  it("a recorded meeting keeps a script tag as words; every problem is named at once", async () => {
    const room = await planWithTimes({ agree: false });
    const page = await teacherOn(room, `/plans/${room.planId}`);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const form = page.locator(`form[action="/plans/${room.planId}/meetings"]`);

    await page.getByText("Record a meeting", { exact: true }).click();
    // Midnight at the school: already past whenever the test runs, so the meeting was held.
    await form.getByLabel("Date and time").fill(`${today()}T00:00`);
    await form.getByLabel("Place", { exact: true }).fill(`Room 12 ${script}`);
    await form.getByLabel("Meeting notes").fill(`We agreed ${script}`);
    await form.getByRole("button", { name: "Save meeting" }).click();
    await page.waitForURL(/saved=meeting/);

    const meetings = await words(page, "#meetings");
    expect(meetings).toContain(`Room 12 ${script}`);
    expect(meetings).toContain(`We agreed ${script}`);
    expect(dialogs).toEqual([]);
    await expectAccessible(page);

    // A browser that does not keep the field to its bounds sends tomorrow with no place.
    await page.getByText("Record a meeting", { exact: true }).click();
    const startsAt = form.getByLabel("Date and time");
    await expect(startsAt.getAttribute("max")).resolves.toBe(`${today()}T23:59`);
    await startsAt.evaluate((input) => input.removeAttribute("max"));
    await startsAt.fill(`${addDays(today(), 1)}T08:00`);
    await form.getByLabel("Meeting notes").fill("Talked about fractions");
    await form.getByRole("button", { name: "Save meeting" }).click();

    expect(await words(page, "#meeting-startsAt-error")).toContain(
      "record a meeting once it has happened",
    );
    expect(await words(page, "#meeting-place-error")).toContain("Please give a place");
    await expect(form.getByLabel("Meeting notes").inputValue()).resolves.toBe(
      "Talked about fractions",
    );
    await expectAccessible(page);
    await page.context().close();
  });
});
