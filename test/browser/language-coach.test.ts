import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * A teacher writes a strength the way many of us first would, sees the coach's suggestion as
 * they type, saves anyway, and finds the suggestion again beside the saved words.
 */

describe("the wording coach in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let planId: string;
  beforeAll(async () => {
    room = await startClassroomPlan(session.running.deps);
    planId = room.planId;
    fs.mkdirSync("test-results", { recursive: true });
  });

  const signedInPage = (personId: string, next: string) =>
    pageSignedInAs(session, { personId, next });

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
