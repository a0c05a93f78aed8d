import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../src/domain/plans/agree-plan.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * Growth between check-ins: the student answers the math identity check at the start of the
 * plan and again before the first check-in, the student and the family send their updates, and
 * the teacher sees both answers on the chart and both updates at the check-in.
 */

const results = path.resolve(import.meta.dirname, "../../test-results");
const words = {
  studentAction: "Explain one homework problem to my brother each week",
  familyAction: "Cook together on Sundays and let Sam measure",
  studentWentWell: "I explained fractions to my brother twice.",
  studentWasHard: "Word problems with many steps.",
  familyWentWell: "Sam doubled the pancake recipe by himself.",
};

describe("a check-in with everyone's updates and the student's growth, in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let planId: string;
  beforeAll(async () => {
    const deps = session.running.deps;
    room = await startClassroomPlan(deps);
    planId = room.planId;
    await addStatement(deps, actorFor(room.student), planId, {
      section: "student_action",
      body: words.studentAction,
    });
    await addStatement(deps, actorFor(room.guardian), planId, {
      section: "family_action",
      body: words.familyAction,
    });
    fs.mkdirSync(results, { recursive: true });
  });

  const signedInPage = (personId: string, next: string) =>
    pageSignedInAs(session, { personId, next, window: phoneWindow });

  it("the teacher sees two identity answers and the student's and family's updates", async () => {
    const student = await signedInPage(room.student.id, `/plans/${planId}`);
    await student.getByRole("link", { name: "Answer the math identity check" }).click();
    await student.waitForURL(`${session.running.baseUrl}/plans/${planId}/identity`);
    await expectAccessible(student);
    await expect(submitEmptyCheck(student)).resolves.toBe(8);
    await answerEveryStatement(student, "Disagree");
    await expectAccessible(student);
    await student.screenshot({ path: path.join(results, "identity-check.png"), fullPage: true });
    await twoWeeksPass();

    await agreePlan(session.running.deps, actorFor(room.teacher), planId, {});
    await student.goto(`${session.running.baseUrl}/plans/${planId}/identity`);
    await expect(student.locator("main .stage").textContent()).resolves.toMatch(
      /^Before the check-in on /,
    );
    await answerEveryStatement(student, "Agree");
    await sendUpdate(student, {
      wentWell: words.studentWentWell,
      wasHard: words.studentWasHard,
      action: words.studentAction,
      progress: "Under way",
    });

    const family = await signedInPage(room.guardian.id, `/plans/${planId}`);
    await expect(family.locator("#identity").textContent()).resolves.toContain(
      "keeps these answers between them and their teachers",
    );
    await expectAccessible(family);
    await sendUpdate(family, {
      wentWell: words.familyWentWell,
      action: words.familyAction,
      progress: "Done",
    });

    await teacherSeesTheCheckIn();
  }, 240_000);

  it("an administrator rewords one statement and retires another", async () => {
    const admin = await signedInPage(room.administrator.id, "/school");
    await admin.getByRole("link", { name: "Math identity statements" }).click();
    await admin.waitForURL(/\/school\/identity\?id=/);
    await expectAccessible(admin);
    await admin.screenshot({ path: path.join(results, "identity-statements.png"), fullPage: true });

    const enjoy = admin.getByRole("listitem").filter({ hasText: "I enjoy doing math." });
    await enjoy.getByRole("link", { name: "Reword" }).click();
    await admin.waitForURL(/\/school\/identity\/[0-9a-f-]{36}$/);
    await expect(admin.getByLabel("The statement in Spanish").inputValue()).resolves.toBe(
      "Disfruto haciendo matemáticas.",
    );
    await admin.getByLabel("The statement in English").fill("");
    await submit(admin, admin.getByRole("button", { name: "Save the wording" }));
    await expect(admin.locator("#problems").textContent()).resolves.toContain(
      "Please fill in “The statement in English”.",
    );
    await expectAccessible(admin);
    await admin.getByLabel("The statement in English").fill("I like doing math.");
    await submit(admin, admin.getByRole("button", { name: "Save the wording" }));
    await expect(admin.getByRole("status").textContent()).resolves.toBe("The statement is saved.");

    const outside = admin
      .getByRole("listitem")
      .filter({ hasText: "I can use math outside school." });
    await submit(admin, outside.getByRole("button", { name: "Retire" }));
    const current = await admin.locator("ol.identity-statements > li > span").allTextContents();
    expect(current).toHaveLength(7);
    expect(current).toContain("I like doing math.");
    expect(current).not.toContain("I can use math outside school.");
    await expectAccessible(admin);
  }, 120_000);

  /** The form refuses to save until every statement has an answer, naming each one. */
  async function submitEmptyCheck(page: Page) {
    await page.getByRole("button", { name: "Save my answers" }).click();
    await page.waitForLoadState();
    await expectAccessible(page);

    return page.locator("#problems li").count();
  }

  async function answerEveryStatement(page: Page, level: string) {
    const groups = page.locator("fieldset.identity-question");
    const count = await groups.count();
    expect(count).toBe(8);
    for (let index = 0; index < count; index += 1) {
      await groups.nth(index).getByLabel(level, { exact: true }).check();
    }
    await submit(page, page.getByRole("button", { name: "Save my answers" }));
    await expect(page.getByRole("status").textContent()).resolves.toBe(
      "Your answers are saved. Thank you.",
    );
  }

  /** The plan-start answers were given two weeks before the check-in answers. */
  async function twoWeeksPass() {
    const day = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
    await session.running.deps.db
      .updateTable("identity_checks")
      .set({ answered_on: day })
      .where("plan_id", "=", planId)
      .execute();
  }

  async function sendUpdate(
    page: Page,
    update: { wentWell: string; wasHard?: string; action: string; progress: string },
  ) {
    await page.goto(`${session.running.baseUrl}/plans/${planId}`);
    await page.getByRole("link", { name: "Send an update before the check-in" }).click();
    await page.waitForURL(`${session.running.baseUrl}/plans/${planId}/check-in-update`);
    await expectAccessible(page);

    await page.getByLabel("What went well").fill("x".repeat(601));
    await submit(page, page.getByRole("button", { name: "Send my update" }));
    await expect(page.locator("#problems").textContent()).resolves.toContain(
      "What went well can be at most 600 characters.",
    );
    await expectAccessible(page);

    await page.getByLabel("What went well").fill(update.wentWell);
    if (update.wasHard) await page.getByLabel("What was hard").fill(update.wasHard);
    await page.getByLabel(`Progress on: ${update.action}`).selectOption({ label: update.progress });
    await submit(page, page.getByRole("button", { name: "Send my update" }));
    await expect(page.getByRole("status").textContent()).resolves.toContain("Your update is sent.");
    await expectAccessible(page);
  }

  async function teacherSeesTheCheckIn() {
    const teacher = await signedInPage(room.teacher.id, `/plans/${planId}`);
    await teacher.setViewportSize({ width: 1000, height: 900 });
    const chart = teacher.locator("#identity svg.identity-svg.chart-wide");
    await expect(chart.getAttribute("role")).resolves.toBe("img");
    await expect(chart.locator("title").textContent()).resolves.toContain("answers over time");
    const series = chart.locator("g.identity-series");
    await expect(series.count()).resolves.toBe(8);
    for (let index = 0; index < 8; index += 1) {
      await expect(series.nth(index).locator(".identity-marker").count()).resolves.toBe(2);
    }
    const first = series.first().locator(".identity-marker");
    const [start, later] = await Promise.all([first.nth(0), first.nth(1)].map(markerAt));
    expect(later?.x ?? 0).toBeGreaterThan(start?.x ?? 0);
    // Higher agreement sits higher on the chart: "Agree" above "Disagree".
    expect(later?.y ?? 0).toBeLessThan(start?.y ?? 0);

    const rows = teacher.locator("#identity table.identity-table tbody tr");
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).locator("td").first().textContent()).resolves.toBe("2 · Disagree");
    await expect(rows.nth(1).locator("td").first().textContent()).resolves.toBe("4 · Agree");

    const updates = teacher.locator("#check-in-updates li.check-in-update");
    await expect(updates.count()).resolves.toBe(2);
    await expect(updates.nth(0).locator(".voice").textContent()).resolves.toBe("Student");
    await expect(updates.nth(0).textContent()).resolves.toContain(words.studentWentWell);
    await expect(updates.nth(0).textContent()).resolves.toContain(
      `${words.studentAction}: Under way`,
    );
    await expect(updates.nth(1).locator(".voice").textContent()).resolves.toBe("Family");
    await expect(updates.nth(1).textContent()).resolves.toContain(words.familyWentWell);
    await expect(updates.nth(1).textContent()).resolves.toContain(`${words.familyAction}: Done`);
    await expectAccessible(teacher);
    // On a phone, in Arabic, the chart's table scrolls inside its focusable region.
    await teacher.setViewportSize({ width: 390, height: 844 });
    await teacher.goto(`${session.running.baseUrl}/plans/${planId}?lang=ar`);
    await expectAccessible(teacher);
    await teacher.goto(`${session.running.baseUrl}/plans/${planId}?lang=en`);
    await teacher.setViewportSize({ width: 1000, height: 900 });
    await teacher
      .locator("#identity")
      .screenshot({ path: path.join(results, "identity-chart.png") });
    await teacher
      .locator("#check-ins")
      .screenshot({ path: path.join(results, "check-in-updates.png") });

    await teacher.goto(`${session.running.baseUrl}/plans/${planId}/print`);
    await expect(
      teacher.locator("article svg.identity-svg.chart-wide .identity-marker").count(),
    ).resolves.toBe(16);
    await expectAccessible(teacher);
  }
});

async function markerAt(marker: Locator) {
  const transform = (await marker.getAttribute("transform")) ?? "";
  const [x, y] = (/translate\(([^,]+),([^)]+)\)/.exec(transform) ?? []).slice(1).map(Number);

  return { x: x ?? 0, y: y ?? 0 };
}

/** Presses a button that posts a form and waits for the page it leads to. */
async function submit(page: Page, button: Locator) {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await button.click();
  await navigated;
  await page.waitForLoadState();
}
