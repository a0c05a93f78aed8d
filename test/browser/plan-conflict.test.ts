import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { retireStatement } from "../../src/domain/plans/retire-statement.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

describe("a student editing the same words in two tabs", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let planId: string;
  beforeAll(async () => {
    room = await startClassroomPlan(session.running.deps);
    planId = room.planId;
  });

  /** The student's own browser context, signed in; every tab opened in it shares the sign-in. */
  async function signedInContext(personId: string): Promise<BrowserContext> {
    const page = await pageSignedInAs(session, { personId, next: `/plans/${planId}` });
    await page.close();

    return page.context();
  }

  async function twoTabsOnOneStrength(body: string) {
    const { statementId } = await addStatement(
      session.running.deps,
      actorFor(room.student),
      planId,
      {
        section: "strength",
        body,
      },
    );
    const context = await signedInContext(room.student.id);
    const editUrl = `${session.running.baseUrl}/plans/${planId}/statements/${statementId}/edit`;
    const tabs: Page[] = [];
    for (const _ of [1, 2]) {
      const tab = await context.newPage();
      await tab.goto(editUrl);
      tabs.push(tab);
    }

    return { statementId, tabs: tabs as [Page, Page] };
  }

  it("the second save shows both texts side by side and merges on top of the first", async () => {
    const { statementId, tabs } = await twoTabsOnOneStrength("I like patterns");
    const [first, second] = tabs;

    await first.getByLabel("Strength").fill("I find patterns in tables");
    await first.getByRole("button", { name: "Save" }).click();
    await first.waitForURL(/saved=edited/);
    await second.getByLabel("Strength").fill("I explain patterns to my group");
    await second.getByRole("button", { name: "Save" }).click();

    await expect(second.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "These words changed while you were editing",
    );
    await expect(second.getByRole("alert").textContent()).resolves.toContain(
      "You saved a change to these words in another tab or window",
    );
    await expect(second.getByLabel("Strength").inputValue()).resolves.toBe(
      "I explain patterns to my group",
    );
    await expect(second.getByText("I find patterns in tables").count()).resolves.toBe(1);
    await second.screenshot({ path: "test-results/plan-conflict.png", fullPage: true });
    await expectAccessible(second);

    await second.getByLabel("Strength").fill("I find patterns in tables and explain them");
    await second.getByRole("button", { name: "Save" }).click();
    await second.waitForURL(/saved=edited/);
    const merged = second.locator(`#statement-${statementId}`);
    await expect(merged.textContent()).resolves.toContain(
      "I find patterns in tables and explain them",
    );
  });

  it("words taken off the plan while being edited are shown again to copy", async () => {
    const { statementId, tabs } = await twoTabsOnOneStrength("I like puzzles");
    const [tab] = tabs;
    await retireStatement(session.running.deps, actorFor(room.student), { planId, statementId });

    await tab.getByLabel("Strength").fill("I like logic puzzles with my sister");
    await tab.getByRole("button", { name: "Save" }).click();

    await expect(tab.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Your words could not be saved",
    );
    await expect(tab.getByLabel("What you typed").inputValue()).resolves.toBe(
      "I like logic puzzles with my sister",
    );
    await tab.screenshot({ path: "test-results/plan-conflict-gone.png", fullPage: true });
    await expectAccessible(tab);
  });
});
