import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { issueSignInToken } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { actorFor, createClassroom } from "../support/factories.ts";

/*
 * A teacher writes a strength the way many of us first would, sees the coach's suggestion as
 * they type, saves anyway, and finds the suggestion again beside the saved words.
 */

describe("the wording coach in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof createClassroom>>;
  let planId: string;
  beforeAll(async () => {
    room = await createClassroom(session.running.deps.db);
    ({ planId } = await startPlan(session.running.deps, actorFor(room.teacher), {
      studentId: room.student.id,
    }));
    fs.mkdirSync("test-results", { recursive: true });
  });

  async function signedInPage(personId: string, next: string): Promise<Page> {
    const { running, browser } = session;
    const person = await findPerson(running.deps.db, personId);
    if (!person) throw new Error(`no person ${personId}`);
    const { auth, tokens, db } = running.deps;
    const token = await issueSignInToken({ auth, pickup: tokens, db, person });
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${running.baseUrl}/sign-in/link?${new URLSearchParams({ token, next })}`);
    await page.getByRole("button").click();
    await page.waitForURL(`${running.baseUrl}${next}`);

    return page;
  }

  it("a teacher typing a deficit-framed strength sees a suggestion, saves, and sees it again", async () => {
    const page = await signedInPage(room.teacher.id, `/plans/${planId}`);
    await page.locator("details.add-form summary").first().click();
    const strength = page.locator("#add-strength-body");
    const hint = page.locator("#add-strength-body-coach");

    await strength.pressSequentially("Sam struggles with fractions and is a slow learner.");

    await expect
      .poll(() => hint.textContent(), { timeout: 10_000 })
      .toContain("A thought on wording");
    expect(await hint.getAttribute("aria-live")).toBe("polite");
    expect(await hint.textContent()).toContain("“slow learner”");
    expect(await hint.textContent()).toContain("is building fluency with");
    await expectAccessible(page);
    await strength
      .locator("xpath=ancestor::form")
      .screenshot({ path: "test-results/language-coach-typing.png" });

    await strength.fill("");
    await strength.pressSequentially("Sam explains fractions with drawings.");
    await expect.poll(() => hint.textContent(), { timeout: 10_000 }).toBe("");

    await strength.fill("");
    await strength.pressSequentially("Sam struggles with fractions and is a slow learner.");
    await expect.poll(() => hint.textContent(), { timeout: 10_000 }).toContain("slow learner");
    await page
      .locator("#add-strength-body")
      .locator("xpath=ancestor::form")
      .getByRole("button")
      .click();
    await page.waitForURL(/saved=statement/);

    const saved = page.locator(".coach-saved");
    expect(await saved.textContent()).toContain("Your words were saved as you wrote them.");
    expect(await saved.textContent()).toContain("“struggles”");
    expect(await page.locator(".statement-body").first().textContent()).toBe(
      "Sam struggles with fractions and is a slow learner.",
    );
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "test-results/language-coach-saved.png" });
  });
});
