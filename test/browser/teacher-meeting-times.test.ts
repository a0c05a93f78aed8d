import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { issueSignInToken } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { askForAnotherTime } from "../../src/domain/meetings/answer-meeting.ts";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { addDays, dayIn } from "../../src/domain/plans/school-time.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { translator } from "../../src/i18n/translate.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { actorFor, createClassroom } from "../support/factories.ts";

/*
 * The teacher's side of meeting times: the times she proposed on each card, the family's note,
 * withdrawing times the family cannot make, and the spring-forward hour refused. Every page is
 * checked with axe-core (two proposal cards once made landmark-unique fail).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFolder = path.join(here, "../../test-results");
const timeZone = "America/New_York";
const t = translator("en");

describe("a teacher follows up on proposed meeting times", () => {
  const session = useRunningAppAndBrowser();

  it("the teacher sees her times, withdraws the ones the family cannot make", async () => {
    const { room, planId, askedId } = await twoProposals();
    const teacher = await signedIn(room.teacher.id, `/plans/${planId}/meeting-times`);

    await expect(teacher.locator(".times").count()).resolves.toBe(2);
    await expect(teacher.getByText("Afternoons after 3, please").count()).resolves.toBe(1);
    await expectAccessible(teacher);
    await teacher.screenshot({
      path: path.join(resultsFolder, "teacher-meeting-times.png"),
      fullPage: true,
    });

    const asked = teacher.locator(`#meeting-${askedId}`);
    await submit(teacher, asked.getByRole("button", { name: t("meetings.withdraw.submit") }));

    await expect(teacher.getByRole("status").textContent()).resolves.toBe(
      t("meetings.saved.withdrawn"),
    );
    await expect(teacher.locator(`#meeting-${askedId} .stage`).textContent()).resolves.toBe(
      t("meetings.status.withdrawn"),
    );
    await expectAccessible(teacher);

    const form = teacher.locator("#propose");
    await form.getByLabel(t("meetings.field.firstTime")).fill("2027-03-14T02:30");
    await form.getByLabel(t("meetings.field.secondTime")).fill("2027-03-15T10:00");
    await form.getByLabel(t("meetings.field.place")).fill("Room 12");
    await submit(teacher, form.getByRole("button", { name: t("meetings.propose.submit") }));

    const problem = (await teacher.locator("#propose").textContent()) ?? "";
    expect(problem.replace(/\s+/g, " ")).toContain(
      "2:30 AM does not exist on March 14 in New York",
    );
    await expectAccessible(teacher);
    await teacher.screenshot({
      path: path.join(resultsFolder, "teacher-meeting-times-withdrawn.png"),
      fullPage: true,
    });
    await teacher.context().close();
  });

  /** Two proposals: the first replaced by the second, where the family asked for another time. */
  async function twoProposals() {
    const db = session.running.database.db;
    const { deps } = session.running;
    const room = await createClassroom(db, { timeZone });
    await db
      .updateTable("people")
      .set({ given_name: "Ana", family_name: "Lopez", email: "ana@school.example" })
      .where("id", "=", room.teacher.id)
      .execute();
    const { planId } = await startPlan(deps, actorFor(room.teacher), {
      studentId: room.student.id,
    });
    const nextWeek = addDays(dayIn(timeZone, new Date()), 7);
    const proposal = (day: string) => ({
      firstTime: `${day}T10:00`,
      secondTime: `${addDays(day, 1)}T10:00`,
      place: "Room 12",
    });
    await proposeMeeting(deps, actorFor(room.teacher), planId, proposal(addDays(nextWeek, 3)));
    const asked = await proposeMeeting(deps, actorFor(room.teacher), planId, proposal(nextWeek));
    await askForAnotherTime(deps, actorFor(room.guardian), planId, asked.proposalId, {
      note: "Afternoons after 3, please",
    });

    return { room, planId, askedId: asked.proposalId };
  }

  /** A browser page signed in as the person, through the emailed-link confirmation page. */
  async function signedIn(personId: string, next: string): Promise<Page> {
    const { deps, baseUrl, database } = session.running;
    const person = await findPerson(database.db, personId);
    if (!person) throw new Error(`no person ${personId}`);
    const token = await issueSignInToken({
      auth: deps.auth,
      pickup: deps.tokens,
      db: deps.db,
      person,
    });
    const link = new URL("/sign-in/link", baseUrl);
    link.searchParams.set("token", token);
    link.searchParams.set("next", next);
    const page = await session.browser
      .newContext({ locale: "en" })
      .then((context) => context.newPage());
    await page.goto(link.toString());
    await submit(page, page.getByRole("button", { name: t("signIn.confirmButton") }));

    return page;
  }
});

async function submit(page: Page, control: Locator) {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await control.click();
  await navigated;
  await page.waitForLoadState();
}
