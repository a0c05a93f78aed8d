import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createClassroom } from "../../support/factories.ts";

describe.each(dialects)("editing words someone changed meanwhile, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function studentWithStrength() {
    const room = await createClassroom(testApp.db);
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    const { planId } = await startPlan(deps, actorFor(room.teacher), {
      studentId: room.student.id,
    });
    const { statementId } = await addStatement(deps, actorFor(room.student), planId, {
      section: "strength",
      body: "I like finding patterns",
    });
    const cookie = await testApp.cookieFor(room.student.id);
    const editPath = `/plans/${planId}/statements/${statementId}/edit`;

    return { planId, statementId, cookie, editPath };
  }

  async function seenOn(path: string, cookie: string) {
    const page = await (await testApp.request(path, { cookie })).text();
    const seen = /name="seen" value="([^"]+)"/.exec(page)?.[1];
    if (!seen) throw new Error("the edit form carries no version");

    return seen;
  }

  const save = (path: string, cookie: string, fields: Record<string, string>) =>
    testApp.request(path, { method: "POST", cookie, body: new URLSearchParams(fields) });

  it("a student saving from a second tab sees both texts and can merge them", async () => {
    const plan = await studentWithStrength();
    const firstTab = await seenOn(plan.editPath, plan.cookie);
    const secondTab = await seenOn(plan.editPath, plan.cookie);

    const first = await save(plan.editPath, plan.cookie, {
      body: "I find patterns in tables",
      seen: firstTab,
    });
    expect(first.status).toBe(303);
    const second = await save(plan.editPath, plan.cookie, {
      body: "I find patterns <b>and</b> rules",
      seen: secondTab,
    });

    expect(second.status).toBe(409);
    const page = await second.text();
    expect(page).toContain("These words changed while you were editing");
    expect(page).toContain(
      "You saved a change to these words in another tab or window while you were editing them " +
        "here.",
    );
    expect(page).not.toContain("Someone saved");
    expect(page).toContain("I find patterns in tables");
    expect(page).toContain("I find patterns &lt;b&gt;and&lt;/b&gt; rules");
    expect(page).not.toContain("<b>and</b>");
    const merged = /name="seen" value="([^"]+)"/.exec(page)?.[1] ?? "";
    expect(merged).not.toBe(secondTab);
    expect(page).toMatch(/<textarea[^>]*name="body"[^>]*>I find patterns &lt;b&gt;and/);

    const again = await save(plan.editPath, plan.cookie, {
      body: "I find patterns in tables and rules",
      seen: merged,
    });
    expect(again.status).toBe(303);
    const planPage = await (
      await testApp.request(`/plans/${plan.planId}`, { cookie: plan.cookie })
    ).text();
    expect(planPage).toContain("I find patterns in tables and rules");
  });

  it("words taken off the plan while being edited come back to copy, saying so", async () => {
    const plan = await studentWithStrength();
    const seen = await seenOn(plan.editPath, plan.cookie);
    const retired = await testApp.request(
      `/plans/${plan.planId}/statements/${plan.statementId}/retire`,
      { method: "POST", cookie: plan.cookie },
    );
    expect(retired.status).toBe(303);

    const response = await save(plan.editPath, plan.cookie, {
      body: "Words I spent a long time on",
      seen,
    });

    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain("Your words could not be saved");
    expect(page).toContain("You removed this strength in another tab or window");
    expect(page).toMatch(/<textarea[^>]*readonly>Words I spent a long time on<\/textarea>/);
  });

  it("a form that comes back with a problem keeps the version the person started from", async () => {
    const plan = await studentWithStrength();
    const seen = await seenOn(plan.editPath, plan.cookie);

    const response = await save(plan.editPath, plan.cookie, { body: "   ", seen });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain(`name="seen" value="${seen}"`);
  });
});
