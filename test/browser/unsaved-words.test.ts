import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { issueSignInToken } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { closePlan } from "../../src/domain/plans/close-plan.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

describe("words typed into a plan's forms are never lost with a refused save", () => {
  const session = useRunningAppAndBrowser();
  const address = (path: string) => `${session.running.baseUrl}${path}`;

  const openPlan = () => startClassroomPlan(session.running.deps);

  /** Signs in again in the same tab, from an emailed link, as a person whose sign-in ended. */
  async function signInAgainHere(page: Page, personId: string, next: string) {
    const { auth, tokens, db } = session.running.deps;
    const person = await findPerson(db, personId);
    if (!person) throw new Error(`no person ${personId}`);
    const token = await issueSignInToken({ auth, pickup: tokens, db, person });

    await page.goto(address(`/sign-in/link?${new URLSearchParams({ token, next })}`));
    await page.locator("main").getByRole("button").click();
    await page.waitForURL(address(next));
  }

  /** The drafts this tab keeps, by key. */
  const drafts = (page: Page) =>
    page.evaluate(() =>
      Object.keys(window.sessionStorage).filter((key) => key.startsWith("maps-draft:")),
    );

  it("a teacher whose plan was closed meanwhile sees the comment they typed, to copy", async () => {
    const room = await openPlan();
    const page = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: `/plans/${room.planId}`,
    });
    const comment = "Sam explained the pattern in the tiles to the whole table.";
    await page.getByLabel("Comment", { exact: true }).fill(comment);
    await closePlan(session.running.deps, actorFor(room.teacher), room.planId);

    await page.getByRole("button", { name: "Post comment" }).click();

    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Your words could not be saved",
    );
    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "This plan is closed, so it cannot change any more.",
    );
    const typed = page.getByLabel("Comment", { exact: true });
    await expect(typed.inputValue()).resolves.toBe(comment);
    await expect(typed.getAttribute("readonly")).resolves.not.toBeNull();
    await expectAccessible(page);
  });

  it("a teacher whose sign-in ended gets their strength back in the form, signed in", async () => {
    const room = await openPlan();
    const planPath = `/plans/${room.planId}`;
    const page = await pageSignedInAs(session, { personId: room.teacher.id, next: planPath });
    const strength = "Sam builds clear tables to find the rule in a pattern.";
    await page.getByText("Add a strength", { exact: true }).click();
    await page.getByLabel("Strength").fill(strength);
    // The sign-in ends while the teacher writes (it expired, or was signed out elsewhere).
    await page.context().clearCookies();

    await page.getByRole("button", { name: "Add to the plan" }).click();

    await expect(page.getByRole("alert").textContent()).resolves.toContain(
      "Your sign-in had ended before you saved",
    );
    await expect(page.getByLabel("What you typed").inputValue()).resolves.toBe(strength);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sign in again" }).click();
    await page.waitForURL(address(`/sign-in?next=${encodeURIComponent(planPath)}`));

    await signInAgainHere(page, room.teacher.id, planPath);
    const form = page.locator("form[data-draft='add-strength']");
    await expect(form.getByLabel("Strength").inputValue()).resolves.toBe(strength);
    await expect(form.getByRole("status").textContent()).resolves.toContain("Filled back in");
    await expectAccessible(page);

    await form.getByRole("button", { name: "Add to the plan" }).click();
    await page.waitForURL(/saved=statement/);
    await expect(page.locator(".statement-body", { hasText: strength }).count()).resolves.toBe(1);
    await page.goto(address(planPath));
    await expect(form.getByLabel("Strength").inputValue()).resolves.toBe("");
    await expect(drafts(page)).resolves.toEqual([]);
  });

  it("a teacher's unsaved words go at sign-out and never reach the next person", async () => {
    const room = await openPlan();
    const planPath = `/plans/${room.planId}`;
    const page = await pageSignedInAs(session, { personId: room.teacher.id, next: planPath });
    await page.getByLabel("Comment", { exact: true }).fill("Notes only Tamara should see");
    await expect(drafts(page)).resolves.toHaveLength(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/(sign-in)?$/);
    await expect(drafts(page)).resolves.toEqual([]);
    await signInAgainHere(page, room.teacher.id, planPath);
    await expect(page.getByLabel("Comment", { exact: true }).inputValue()).resolves.toBe("");

    // The sign-in ends with words typed; the student then signs in in the same tab.
    await page.getByLabel("Comment", { exact: true }).fill("A second note only for Tamara");
    await page.context().clearCookies();
    await signInAgainHere(page, room.student.id, planPath);
    await expect(drafts(page)).resolves.toEqual([]);
    await expect(page.getByText("A second note only for Tamara").count()).resolves.toBe(0);
    await expect(page.getByLabel("Comment", { exact: true }).inputValue()).resolves.toBe("");
  });
});

describe("the language picker keeps the whole address", () => {
  const session = useRunningAppAndBrowser();
  const address = (path: string) => `${session.running.baseUrl}${path}`;

  it("a family member on their sign-in link chooses Español and lands on the plan", async () => {
    const room = await startClassroomPlan(session.running.deps);
    const planPath = `/plans/${room.planId}`;
    const { auth, tokens, db } = session.running.deps;
    const person = await findPerson(db, room.guardian.id);
    if (!person) throw new Error("no guardian");
    const token = await issueSignInToken({ auth, pickup: tokens, db, person });
    const link = address(`/sign-in/link?${new URLSearchParams({ token, next: planPath })}`);
    const page = await (await session.browser.newContext()).newPage();
    await page.goto(link);

    await expectAccessible(page);
    await pressAndWait(page, page.getByRole("button", { name: "Español" }));

    expect(page.url()).toBe(link);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    await expectAccessible(page);
    await page.locator("main").getByRole("button").click();
    await page.waitForURL(address(planPath));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    await expectAccessible(page);
  });

  it("a language chosen at an address naming another site stays on this site", async () => {
    const page = await (await session.browser.newContext()).newPage();

    for (const hostile of [
      "//evil.example/",
      "/\\evil.example/",
      "/%5C%5Cevil.example/",
      "/%2F%2Fevil.example/",
      "/sign-in?next=https%3A%2F%2Fevil.example",
    ]) {
      await page.goto(address(hostile));
      await pressAndWait(page, page.getByRole("button", { name: "Español" }));
      expect(new URL(page.url()).origin, hostile).toBe(session.running.baseUrl);
    }
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    await expectAccessible(page);
  });
});

/** Presses a button that posts a form and waits for the page it leads to. */
async function pressAndWait(page: Page, button: Locator) {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await button.click();
  await navigated;
  await page.waitForLoadState();
}
