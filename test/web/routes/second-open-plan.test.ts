import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createClassroom, createPlan } from "../../support/factories.ts";

describe.each(dialects)("a plan closed as a student's second open plan on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it("its history tells the teacher the app closed it and the newer plan stays open", async () => {
    const room = await createClassroom(testApp.db);
    const inSchool = { student: room.student, schoolId: room.school.id, startedBy: room.teacher };
    const closed = await createPlan(testApp.db, { ...inSchool, stage: "closed" });
    const kept = await createPlan(testApp.db, inSchool);
    // What migration 014 writes on the older of two open plans it found.
    await testApp.db
      .insertInto("plan_events")
      .values({
        district_id: room.district.id,
        plan_id: closed.id,
        actor_id: null,
        kind: "plan.closed",
        summary: JSON.stringify({ reason: "secondOpenPlan", keptPlanId: kept.id }),
        created_at: new Date().toISOString(),
      })
      .execute();

    const response = await testApp.request(`/plans/${closed.id}`, {
      cookie: await testApp.cookieFor(room.teacher.id),
    });

    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("The app closed this plan when it was updated");
    expect(page).not.toContain("Someone closed the plan");
  });
});
