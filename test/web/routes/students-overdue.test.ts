import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom, createPlan } from "../../support/factories.ts";

describe.each(dialects)("overdue check-ins on the teacher's list on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("lists overdue check-ins first, with a link to each plan", async () => {
    testApp = await createTestApp(dialect, { clock: () => new Date("2025-03-10T15:00:00Z") });
    const room = await createClassroom(testApp.db, { timeZone: "America/New_York" });
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "checking_in",
    });
    await testApp.db
      .insertInto("check_ins")
      .values({
        id: "late-check-in",
        district_id: room.district.id,
        plan_id: plan.id,
        due_on: "2025-03-07",
        held_at: null,
        note: null,
        recorded_by: null,
        created_at: "2025-02-21T15:00:00.000Z",
      })
      .execute();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const page = await (await testApp.request("/students", { cookie })).text();

    expect(page).toContain("1 check-in is overdue");
    expect(page).toMatch(
      new RegExp(
        `<a href="/plans/${plan.id}"><bdi>Sam Example</bdi></a>\\s*` +
          '<span class="hint">was due Mar 7, 2025',
      ),
    );
    await testApp.db.updateTable("check_ins").set({ due_on: "2025-03-11" }).execute();
    const onTime = await (await testApp.request("/students", { cookie })).text();
    expect(onTime).not.toContain("overdue-summary");
  });
});
