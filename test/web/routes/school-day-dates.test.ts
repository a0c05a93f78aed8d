import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { createSignInCard } from "../../../src/domain/sign-in/create-sign-in-card.ts";
import { pdfWords } from "../../pdf/pdf-tools.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createClassroom } from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";

/*
 * Friday 4 December 2026, 9:53 PM in New York is already the 5th in UTC. Every day the app
 * shows for a moment it keeps is the school's day, not the server's.
 */
const evening = new Date("2026-12-05T02:53:00.000Z");
const earlier = new Date("2026-12-05T02:48:00.000Z");

describe.each(dialects)("days shown for an evening in New York, on %s", (dialect) => {
  let testApp: TestApp;
  let room: Awaited<ReturnType<typeof createClassroom>>;
  let planId: string;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => evening });
    room = await createClassroom(testApp.db, { timeZone: "America/New_York" });
    const teacher = actorFor(room.teacher);
    ({ planId } = await startPlan(planDeps(testApp.db, earlier), teacher, {
      studentId: room.student.id,
    }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const pageFor = async (personId: string, path: string) =>
    (await testApp.request(path, { cookie: await testApp.cookieFor(personId) })).text();

  it("a family member's list says the plan started on the school's day", async () => {
    const page = await pageFor(room.guardian.id, "/my-plans");

    expect(page).toContain("Plan started Dec 4, 2026");
  });

  it("a teacher's carry-forward table says the plan closed on the school's day", async () => {
    await closePlan(planDeps(testApp.db, evening), actorFor(room.teacher), planId);

    const page = await pageFor(room.teacher.id, `/program/next-year?class=${room.klass.id}`);

    expect(page).toMatch(/<td>Dec 4, 2026<\/td>/);
  });

  it("a teacher's calendar page says the feed was made on the school's day", async () => {
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request("/calendar", { method: "POST", cookie });

    const page = await (await testApp.request("/calendar", { cookie })).text();

    expect(page).toContain("Dec 4, 2026");
    expect(page).not.toContain("Dec 5, 2026");
  });

  it("staff read the day a sign-in card was made on the school's clock", async () => {
    await createSignInCard(testApp.deps, actorFor(room.teacher), room.student.id);

    const page = await pageFor(room.teacher.id, `/people/${room.student.id}/card`);

    expect(page).toContain("A card made on Dec 4, 2026 is in use.");
  });

  it("a family's records download is named and dated on the school's day", async () => {
    const cookie = await testApp.cookieFor(room.guardian.id);

    const json = await testApp.request(`/students/${room.student.id}/records.json`, { cookie });
    const pdf = await testApp.request(`/students/${room.student.id}/records.pdf`, { cookie });

    expect(json.headers.get("content-disposition")).toContain('filename="records-2026-12-04.json"');
    expect(((await json.json()) as { timeZone: string }).timeZone).toBe("America/New_York");
    expect(pdf.headers.get("content-disposition")).toContain('filename="records-2026-12-04.pdf"');
    const text = pdfWords(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain("Made on Dec 4, 2026, 9:53 PM");
    expect(text).not.toContain("Dec 5, 2026");
  });
});
