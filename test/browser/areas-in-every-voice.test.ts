import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * The student and the educator write the Mathematics Progress together, and the family adds
 * what it sees at home: each adds areas of improvement in their own voice, guided by a hint
 * that speaks as they do.
 */

describe("areas of improvement written in every voice", () => {
  const session = useRunningAppAndBrowser();

  async function planWithStrength() {
    const deps = session.running.deps;
    const room = await startClassroomPlan(deps);
    const strength = "I spot patterns in tables";
    await addStatement(deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: strength,
    });

    return { ...room, strength, planPath: `/plans/${room.planId}` };
  }

  /** Opens the "add an area" form by its summary and returns the form. */
  async function openAreaForm(page: Page, summary: string) {
    await page.getByText(summary, { exact: true }).click();

    return page.locator("form[data-draft='add-area']");
  }

  const areaItem = (page: Page, words: string) =>
    page.locator("li.statement", { has: page.locator(".statement-body", { hasText: words }) });

  it("a student adds something they want to get better at, helped by a strength", async () => {
    const room = await planWithStrength();
    const page = await pageSignedInAs(session, {
      personId: room.student.id,
      next: room.planPath,
      window: phoneWindow,
    });

    const form = await openAreaForm(page, "Add something I want to get better at");
    await expect(form.locator("#add-area-body-hint").textContent()).resolves.toContain(
      "Something you want to get better at in math, said as a goal",
    );
    await expectAccessible(page);
    const words = "Explain my thinking with fractions out loud";
    await form.getByLabel("Area of improvement").fill(words);
    await form.getByLabel(room.strength).check();
    await form.getByRole("button", { name: "Add to the plan" }).click();

    await page.waitForURL(/saved=statement/);
    const area = areaItem(page, words);
    await expect(area.locator(".voice").textContent()).resolves.toBe("Student");
    await expect(area.locator(".helped-by").textContent()).resolves.toContain(room.strength);
    await expectAccessible(page);
  });

  it("a family member adds an area they see at home, with a hint about their child", async () => {
    const room = await planWithStrength();
    const page = await pageSignedInAs(session, {
      personId: room.guardian.id,
      next: room.planPath,
      window: phoneWindow,
    });

    const form = await openAreaForm(page, "Add an area of improvement we see at home");
    await expect(form.locator("#add-area-body-hint").textContent()).resolves.toContain(
      "Something you would like your child to grow in",
    );
    const words = "Sam is learning to tell the time on the kitchen clock";
    await form.getByLabel("Area of improvement").fill(words);
    await form.getByRole("button", { name: "Add to the plan" }).click();

    await page.waitForURL(/saved=statement/);
    const area = areaItem(page, words);
    await expect(area.locator(".voice").textContent()).resolves.toBe("Family");
    await expectAccessible(page);
  });

  it("a teacher's hint for an area speaks about the student, never as them", async () => {
    const room = await planWithStrength();
    const page = await pageSignedInAs(session, { personId: room.teacher.id, next: room.planPath });

    const form = await openAreaForm(page, "Add an area of improvement");
    const hint = (await form.locator("#add-area-body-hint").textContent()) ?? "";

    expect(hint).toContain("A next step in this student’s learning");
    expect(hint).not.toMatch(/\bmy\b/);
    await expectAccessible(page);
  });
});
