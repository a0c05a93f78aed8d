import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { agreedPlanWithActions } from "../../support/plans.ts";

/** A page's text without the marks that set names apart (<bdi>, isolates). */
const plain = (page: string) => page.replace(/<\/?bdi>/g, "").replace(/[\u2066-\u2069]/g, "");

/*
 * A tester's report: the family's update page spoke to the parent as if they were the student
 * ("tell your teacher", Spanish "tu maestro"). A family member is written to as the family,
 * about the student; the student as the student.
 */
describe.each(dialects)("the update before a check-in, in whose words, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const updatePage = async (personId: string, planId: string, query = "") => {
    const cookie = await testApp.cookieFor(personId);
    const response = await testApp.request(`/plans/${planId}/check-in-update${query}`, {
      cookie,
    });
    expect(response.status).toBe(200);
    return plain(await response.text());
  };

  it("a family member is asked to tell the student's teacher, about the family's actions", async () => {
    const room = await agreedPlanWithActions(testApp.db);
    const studentName = `${room.student.givenName} ${room.student.familyName}`;

    const page = await updatePage(room.guardian.id, room.planId);
    const saved = await updatePage(room.guardian.id, room.planId, "?saved=1");

    expect(page).toContain(`tell ${studentName}’s teacher in a few words how it is going at home`);
    expect(page).toContain("Progress on the family’s actions");
    expect(page).not.toContain("tell your teacher");
    expect(page).not.toContain("Progress on my actions");
    expect(saved).toContain(`Your update is sent. ${studentName}’s teacher will see it`);
    expect(saved).not.toContain("Your teacher will see it");
  });

  it("a student is asked to tell their own teacher, about their own actions", async () => {
    const room = await agreedPlanWithActions(testApp.db);

    const page = await updatePage(room.student.id, room.planId);
    const saved = await updatePage(room.student.id, room.planId, "?saved=1");

    expect(page).toContain("tell your teacher in a few words");
    expect(page).toContain("Progress on my actions");
    expect(saved).toContain("Your teacher will see it at the check-in.");
  });

  it("in Spanish the family reads about the student's teacher, and tú throughout", async () => {
    const room = await agreedPlanWithActions(testApp.db);
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "es" })
      .where("id", "in", [room.guardian.id, room.student.id])
      .execute();
    const studentName = `${room.student.givenName} ${room.student.familyName}`;

    const family = await updatePage(room.guardian.id, room.planId, "?saved=1");
    const student = await updatePage(room.student.id, room.planId, "?saved=1");

    expect(family).toContain(`cuéntale al docente de ${studentName}`);
    expect(family).toContain(`El docente de ${studentName} las verá en el seguimiento.`);
    expect(family).not.toContain("tu maestro");
    expect(student).toContain("cuéntale a tu docente");
    expect(student).not.toContain("tu maestro");
  });
});
