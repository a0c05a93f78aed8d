import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSignInToken } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { addConferenceNote } from "../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { recordMeeting } from "../../src/domain/plans/record-meeting.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import {
  expectAccessible,
  launchBrowser,
  type RunningApp,
  startRunningApp,
} from "../support/browser.ts";
import { actorFor, createClassroom } from "../support/factories.ts";

describe("the plan pages in a browser", () => {
  let running: RunningApp;
  let browser: Browser;
  let room: Awaited<ReturnType<typeof createClassroom>>;
  let planId: string;
  beforeAll(async () => {
    running = await startRunningApp();
    browser = await launchBrowser();
    room = await createClassroom(running.deps.db);
    const deps = running.deps;
    ({ planId } = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id }));
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
      startsAt: "2030-05-06T16:00",
      videoLink: "https://video.example.org/sam",
      attendeeIds: [room.student.id, room.guardian.id],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  /** Signs a person in the way a family member does: open the link, press the button. */
  async function signedInPage(personId: string, next: string, phone = false): Promise<Page> {
    const person = await findPerson(running.deps.db, personId);
    if (!person) throw new Error(`no person ${personId}`);
    const { auth, tokens, db } = running.deps;
    const token = await issueSignInToken({ auth, pickup: tokens, db, person });
    const context = await browser.newContext(
      phone ? { viewport: { width: 390, height: 844 }, isMobile: true } : {},
    );
    const page = await context.newPage();
    await page.goto(`${running.baseUrl}/sign-in/link?${new URLSearchParams({ token, next })}`);
    await page.getByRole("button").click();
    await page.waitForURL(`${running.baseUrl}${next}`);

    return page;
  }

  const openEveryForm = (page: Page) =>
    page.locator("details").evaluateAll((all) => {
      for (const details of all) details.setAttribute("open", "");
    });

  it("a teacher's student list and plan pages pass an accessibility check", async () => {
    const page = await signedInPage(room.teacher.id, "/students");
    await expectAccessible(page);

    await page.getByRole("link", { name: /Open plan/ }).click();
    await page.waitForURL(`${running.baseUrl}/plans/${planId}`);
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
    await expect(page.getByText("Sam counts steps on our walks").count()).resolves.toBe(1);
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

  it("the print layout passes an accessibility check and has a print button", async () => {
    const page = await signedInPage(room.teacher.id, `/plans/${planId}/print`);

    await expect(page.getByRole("button", { name: "Print" }).count()).resolves.toBe(1);
    await expect(page.locator("article form").count()).resolves.toBe(0);
    await expectAccessible(page);
  });
});
