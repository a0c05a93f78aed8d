import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { startClassroomPlan } from "../../support/plans.ts";

/*
 * A save refused for a reason the form itself cannot show (the plan closed or archived meanwhile,
 * no longer allowed, the sign-in ended) answers with the words the person typed, to copy.
 */

const words = "Sam <b>explains</b> patterns to the group & listens";
const escaped = "Sam &lt;b&gt;explains&lt;/b&gt; patterns to the group &amp; listens";

/** The read-only boxes of a page, each as its label and the words in it. */
function typedBoxes(page: string) {
  const box =
    /<label for="(typed-words-\d+)">([^<]*)<\/label>\s*<textarea id="\1"[^>]*readonly>([^<]*)</g;
  const boxes = page.matchAll(box);

  return [...boxes].map((box) => ({ label: box[2], text: box[3] }));
}

describe.each(dialects)("a refused save keeps the typed words, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function openPlan() {
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    const room = await startClassroomPlan(deps);

    return { ...room, deps };
  }

  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    testApp.request(path, {
      method: "POST",
      body: new URLSearchParams(fields),
      ...(cookie ? { cookie } : {}),
    });

  it("a teacher whose plan was closed meanwhile is told so and sees their comment", async () => {
    const room = await openPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);
    await closePlan(testApp.deps, actorFor(room.teacher), room.planId);

    const response = await post(`/plans/${room.planId}/comments`, { body: words }, cookie);

    expect(response.status).toBe(409);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const page = await response.text();
    expect(page).toContain("Your words could not be saved");
    expect(page).toContain("This plan is closed, so it cannot change any more.");
    expect(typedBoxes(page)).toEqual([{ label: "Comment", text: escaped }]);
    expect(page).not.toContain("<b>explains</b>");
    expect(page).toContain(`href="/plans/${room.planId}"`);
  });

  it("a teacher whose school year was closed meanwhile sees their conference note", async () => {
    const room = await openPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.db
      .updateTable("plans")
      .set({ stage: "closed", archived_at: new Date().toISOString() })
      .where("id", "=", room.planId)
      .execute();

    const response = await post(
      `/plans/${room.planId}/conference-notes`,
      { prompt: "", body: words },
      cookie,
    );

    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain("belongs to a closed school year");
    expect(typedBoxes(page)).toEqual([{ label: "What the student said", text: escaped }]);
  });

  it("a teacher no longer teaching the student sees each field of their meeting", async () => {
    const room = await openPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.db.deleteFrom("enrollments").where("person_id", "=", room.teacher.id).execute();

    const response = await post(
      `/plans/${room.planId}/meetings`,
      { startsAt: "2025-03-12T15:30", place: "Room 12", videoLink: "", notes: words },
      cookie,
    );

    expect([403, 404]).toContain(response.status);
    const page = await response.text();
    expect(page).toContain("What you were writing about is no longer on the plan");
    expect(typedBoxes(page)).toEqual([
      { label: "Place", text: "Room 12" },
      { label: "Meeting notes", text: escaped },
    ]);
  });

  it("a student whose sign-in ended sees their strength and a way to sign in again", async () => {
    const room = await openPlan();

    const response = await post(`/plans/${room.planId}/statements`, {
      section: "strength",
      body: words,
    });

    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const page = await response.text();
    expect(page).toContain("Your sign-in had ended before you saved.");
    // The page says once that nothing was saved, not again in the reason.
    expect(page.match(/not saved|Nothing was saved/g)).toEqual(["Nothing was saved"]);
    expect(typedBoxes(page)).toEqual([{ label: "What you typed", text: escaped }]);
    const next = encodeURIComponent(`/plans/${room.planId}`);
    expect(page).toContain(`href="/sign-in?next=${next}"`);
  });

  it("a family member whose sign-in ended sees the words of their check-in update", async () => {
    const room = await openPlan();
    await agreePlan(room.deps, actorFor(room.teacher), room.planId, {});

    const response = await post(`/plans/${room.planId}/check-in-update`, {
      wentWell: "Sam counted the change at the shop",
      wasHard: "",
    });

    expect(response.status).toBe(401);
    const page = await response.text();
    expect(typedBoxes(page)).toEqual([
      { label: "What went well", text: "Sam counted the change at the shop" },
    ]);
    const next = encodeURIComponent(`/plans/${room.planId}/check-in-update`);
    expect(page).toContain(`href="/sign-in?next=${next}"`);
  });

  it("a family member whose sign-in ended keeps their note asking for another time", async () => {
    const room = await openPlan();

    const response = await post(`/plans/${room.planId}/meeting-times/any-proposal/another-time`, {
      note: "Tuesdays after five suit us",
    });

    expect(response.status).toBe(401);
    const page = await response.text();
    expect(typedBoxes(page)).toEqual([
      { label: "A short note for the teacher", text: "Tuesdays after five suit us" },
    ]);
    expect(page).toContain(`href="/plans/${room.planId}/meeting-times"`);
  });

  it("a teacher whose sign-in had ended keeps the check-in note and the reflection", async () => {
    const room = await openPlan();

    const checkIn = await post(`/plans/${room.planId}/check-ins`, { note: words });
    const reflection = await post(`/program/reflections/${room.school.id}`, { body: words });
    const decision = await post(`/program/reflections/${room.school.id}/decisions`, {
      body: words,
    });

    expect(typedBoxes(await checkIn.text())).toEqual([{ label: "Check-in note", text: escaped }]);
    const reflectionPage = await reflection.text();
    expect(typedBoxes(reflectionPage)).toEqual([{ label: "Reflection", text: escaped }]);
    expect(reflectionPage).toContain(
      `href="/sign-in?next=${encodeURIComponent(`/program/reflections?school=${room.school.id}`)}"`,
    );
    expect(typedBoxes(await decision.text())).toEqual([{ label: "Team decision", text: escaped }]);
  });

  it("a student editing their words after their sign-in had ended sees the new words", async () => {
    const room = await openPlan();

    const response = await post(`/plans/${room.planId}/statements/any-statement/edit`, {
      body: words,
      seen: "1",
    });

    expect(response.status).toBe(401);
    expect(typedBoxes(await response.text())).toEqual([{ label: "What you typed", text: escaped }]);
  });

  it("the refusal is in the reader's language, labels included", async () => {
    const room = await openPlan();

    const response = await testApp.request(`/plans/${room.planId}/check-ins`, {
      method: "POST",
      body: new URLSearchParams({ note: "Va mejor" }),
      headers: { "accept-language": "es" },
    });

    expect(response.status).toBe(401);
    const spanish = await response.text();
    expect(spanish).toContain('<html lang="es"');
    expect(spanish).toContain("No se pudieron guardar tus palabras");
    expect(typedBoxes(spanish)).toEqual([{ label: "Nota del seguimiento", text: "Va mejor" }]);
  });

  it("a form posted from another site never has its words shown back", async () => {
    const room = await openPlan();

    const response = await testApp.app.request(`${testBaseUrl}/plans/${room.planId}/comments`, {
      method: "POST",
      body: new URLSearchParams({ body: "Call 555-0100 to keep your account" }),
      headers: { origin: "https://elsewhere.example" },
    });

    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).not.toContain("555-0100");
    expect(typedBoxes(page)).toEqual([]);
  });

  it("a refused form without words, or not one of words, gets the usual error page", async () => {
    const room = await openPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);
    await closePlan(testApp.deps, actorFor(room.teacher), room.planId);

    const empty = await post(`/plans/${room.planId}/comments`, { body: "  " }, cookie);
    const closing = await post(`/plans/${room.planId}/close`, { body: words }, cookie);

    expect(empty.status).toBe(409);
    expect(await empty.text()).not.toContain("Your words could not be saved");
    expect(closing.status).toBe(409);
    expect(await closing.text()).not.toContain("explains");
  });
});
