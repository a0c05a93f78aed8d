import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addConferenceNote } from "../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { recordMeeting } from "../../src/domain/plans/record-meeting.ts";
import { dayIn } from "../../src/domain/plans/school-time.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";
import { takeOffRoster } from "../support/student-off-roster.ts";

describe("the plan pages in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let planId: string;
  beforeAll(async () => {
    const deps = session.running.deps;
    room = await startClassroomPlan(deps);
    planId = room.planId;
    const strength = await addStatement(deps, actorFor(room.student), planId, {
      section: "strength",
      body: "I find patterns in times tables",
    });
    await addStatement(deps, actorFor(room.guardian), planId, {
      section: "strength",
      body: "Sam splits the bill fairly at dinner",
    });
    await addStatement(deps, actorFor(room.teacher), planId, {
      section: "area",
      body: "Explain fraction steps out loud",
      helpedBy: [strength.statementId],
    });
    await addStatement(deps, actorFor(room.student), planId, {
      section: "student_action",
      body: "Explain one problem to a friend each week",
    });
    await addConferenceNote(deps, actorFor(room.teacher), planId, {
      prompt: "confident",
      body: "Sam lights up talking about patterns",
    });
    await recordMeeting(deps, actorFor(room.teacher), planId, {
      // Midnight at the school: already past whenever the test runs, so the meeting was held.
      startsAt: `${dayIn("America/New_York", new Date())}T00:00`,
      videoLink: "https://video.example.org/sam",
      attendeeIds: [room.student.id, room.guardian.id],
    });
  });

  /** Signs a person in as a family member does; `phone` opens the page in a phone's window. */
  const signedInPage = (personId: string, next: string, phone = false) =>
    pageSignedInAs(session, { personId, next, window: phone ? phoneWindow : {} });

  const openEveryForm = (page: Page) =>
    page.locator("details").evaluateAll((all) => {
      for (const details of all) details.setAttribute("open", "");
    });

  it("a teacher's student list and plan pages pass an accessibility check", async () => {
    const page = await signedInPage(room.teacher.id, "/students");
    await expectAccessible(page);

    await page.getByRole("link", { name: /Open plan/ }).click();
    await page.waitForURL(`${session.running.baseUrl}/plans/${planId}`);
    await openEveryForm(page);
    await expect(page.getByRole("heading", { name: "Conference notes" }).count()).resolves.toBe(1);
    await expectAccessible(page);
  });

  it("a family member reads the plan on a phone and adds a strength they see at home", async () => {
    const page = await signedInPage(room.guardian.id, `/plans/${planId}`, true);
    await expect(page.getByText("Sam lights up talking about patterns").count()).resolves.toBe(0);
    await expectAccessible(page);

    await page.getByText("Add a strength we see at home").click();
    await page.getByLabel("Strength").fill("Sam counts steps on our walks");
    await page.getByRole("button", { name: "Add to the plan" }).first().click();
    await page.waitForURL(/saved=statement/);

    await expect(page.getByRole("status").textContent()).resolves.toContain("Added to the plan");
    // Once on the plan; the family's form for an area also offers it as a strength that helps.
    const strength = page.locator(".statement-body", { hasText: "Sam counts steps on our walks" });
    await expect(strength.count()).resolves.toBe(1);
    await expectAccessible(page);
  });

  it("a student who writes too much sees the problem by the field, words kept", async () => {
    const page = await signedInPage(room.student.id, `/plans/${planId}`);
    const tooLong = "I like ".repeat(80);

    await page.getByText("Add something I will do").click();
    await page.getByLabel("Student action").fill(tooLong);
    await page.getByRole("button", { name: "Add to the plan" }).last().click();
    await page.waitForLoadState();

    const field = page.getByLabel("Student action");
    await expect(field.inputValue()).resolves.toBe(tooLong);
    await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "Student action can be at most 500 characters.",
    );
    await expectAccessible(page);
  });

  it("an administrator reads on the plan that the roster no longer lists the student", async () => {
    const deps = session.running.deps;
    const left = await startClassroomPlan(deps);
    await addStatement(deps, actorFor(left.student), left.planId, {
      section: "strength",
      body: "I check my answers with a drawing",
    });
    await takeOffRoster(deps.db, left.student.id);

    const page = await signedInPage(left.administrator.id, `/plans/${left.planId}`);

    const notice = page.getByRole("note").filter({ hasText: "no longer on the school's roster" });
    await expect(notice.count()).resolves.toBe(1);
    await expect(notice.textContent()).resolves.toMatch(
      /Sam Example\s*is no longer on the school's roster \(inactive since a roster import\)/,
    );
    const kept = page.locator(".statement-body", { hasText: "I check my answers with a drawing" });
    await expect(kept.count()).resolves.toBe(1);
    await expectAccessible(page);

    // Their teacher's list no longer offers the plan.
    const list = await signedInPage(left.teacher.id, "/students");
    await expect(list.locator(`a[href="/plans/${left.planId}"]`).count()).resolves.toBe(0);
  });

  it("the print layout passes an accessibility check and has a print button", async () => {
    const page = await signedInPage(room.teacher.id, `/plans/${planId}/print`);

    await expect(page.getByRole("button", { name: "Print" }).count()).resolves.toBe(1);
    await expect(page.locator("article form").count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
