import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coachChecksPerMinute } from "../../../src/domain/language-coach/coach-wording.ts";
import { dayIn } from "../../../src/domain/plans/school-time.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { startClassroomPlan } from "../../support/plans.ts";

/*
 * The wording coach over HTTP: the fragment htmx swaps in as someone types, and the note on the
 * plan page after their words are saved. It advises; it never stops a save.
 */

describe.each(dialects)("the wording coach on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const classroomWithPlan = () => startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });

  async function check(cookie: string, fields: Record<string, string>, language = "en") {
    const response = await testApp.request("/language-coach/check", {
      method: "POST",
      cookie,
      headers: { "accept-language": language, "hx-request": "true" },
      body: new URLSearchParams(fields),
    });
    expect(response.status).toBe(200);

    return response.text();
  }

  async function saveAndFollow(cookie: string, path: string, fields: Record<string, string>) {
    const saved = await testApp.request(path, {
      method: "POST",
      cookie,
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    expect(saved.status).toBe(303);
    const location = saved.headers.get("location") ?? "";
    const page = await testApp.request(location, { cookie });

    return { location, text: await page.text() };
  }

  it("a teacher typing a deficit phrase gets the phrase and a strength-based way to say it", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const hint = await check(cookie, { section: "strength", body: "Sam struggles with ratios." });

    expect(hint).toContain("A thought on wording");
    expect(hint).toContain("“struggles”");
    expect(hint).toContain("is building fluency with");
    expect(hint).toContain("you can save your words as they are");
    expect(await check(cookie, { body: "Sam explains ratios with tables." })).toBe("");
  });

  it("a family member reading the page in Spanish gets the hint in Spanish, for Spanish words", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.guardian.id);

    const hint = await check(cookie, { body: "A mi hijo le cuesta mucho dividir." }, "es");

    expect(hint).toContain("Una idea sobre la redacción");
    expect(hint).toContain('<span lang="es">«le cuesta mucho»</span>');
    expect(hint).toContain("está desarrollando fluidez con");
  });

  it("English words on a Vietnamese page are read with the English list, the hint in Vietnamese", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const hint = await check(cookie, { body: "He is lazy about showing work." }, "vi");

    expect(hint).toContain("Một gợi ý về cách diễn đạt");
    expect(hint).toContain('<span lang="en">“lazy”</span>');
  });

  it("a text past 2,000 characters is not read, and the person is told so politely", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const hint = await check(cookie, { body: `He struggles. ${"x".repeat(2000)}` });

    expect(hint).toContain("reads up to 2,000 characters at a time");
    expect(hint).not.toContain("struggles");
  });

  it("someone typing for a long time is asked to pause after the minute's checks", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.student.id);

    for (let count = 0; count < coachChecksPerMinute; count += 1) {
      expect(await check(cookie, { body: "I am bad at math" })).toContain("“bad at”");
    }

    expect(await check(cookie, { body: "I am bad at math" })).toContain("is pausing");
  });

  it("a visitor without a session is refused", async () => {
    const response = await testApp.request("/language-coach/check", {
      method: "POST",
      body: new URLSearchParams({ body: "struggles" }),
    });

    expect(response.status).toBe(401);
  });

  it("a deficit-framed strength is saved as written and the plan page then shows the coach's note", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const { location, text } = await saveAndFollow(cookie, `/plans/${room.planId}/statements`, {
      section: "strength",
      body: "Sam is a slow learner but careful.",
    });

    expect(location).toMatch(/saved=statement&coached=[0-9a-f-]+#statement-/);
    expect(text).toContain("Sam is a slow learner but careful.");
    expect(text).toContain("Your words were saved as you wrote them.");
    expect(text).toContain("“slow learner”");
  });

  it("comments and conference notes get the note after saving; words that read well get none", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const comment = await saveAndFollow(cookie, `/plans/${room.planId}/comments`, {
      body: "He can't sit still during number talks.",
    });
    expect(comment.text).toContain("“can&#39;t”");

    const note = await saveAndFollow(cookie, `/plans/${room.planId}/conference-notes`, {
      prompt: "confident",
      body: "Dad says he is behind in math.",
    });
    expect(note.text).toContain("“is behind”");

    const strength = await saveAndFollow(cookie, `/plans/${room.planId}/statements`, {
      section: "strength",
      body: "Sam no longer struggles with place value.",
    });
    expect(strength.text).not.toContain("A thought on wording");
  });

  it("a meeting's notes get the note after saving, and the notes field asks as people type", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const meeting = await saveAndFollow(cookie, `/plans/${room.planId}/meetings`, {
      // Midnight at the school: already past whenever the test runs, so the meeting was held.
      startsAt: `${dayIn("America/New_York", new Date())}T00:00`,
      place: "Room 4",
      notes: "Mom worries he is lazy about homework.",
      attendeeIds: room.student.id,
    });

    expect(meeting.location).toMatch(/saved=meeting&coached=[0-9a-f-]+#meetings/);
    expect(meeting.text).toContain("“lazy”");
    expect(meeting.text).toMatch(/id="meeting-notes"[^>]*hx-post="\/language-coach\/check"/);
  });

  it("the text areas for strengths, actions, comments and notes ask the coach as people type", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const page = await (await testApp.request(`/plans/${room.planId}`, { cookie })).text();

    expect(page).toContain('id="add-strength-body" name="body"');
    expect(page).toMatch(
      /id="add-strength-body"[^>]*hx-post="\/language-coach\/check" hx-trigger="keyup changed delay:500ms"/,
    );
    expect(page).toContain('<div class="coach" id="add-strength-body-coach" aria-live="polite">');
    expect(page).toContain('id="conference-note-body-coach"');
    expect(page).toContain('id="comment-body-coach"');
  });
});
