import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { startClassroomPlan } from "../../support/plans.ts";

/*
 * The Mathematics Progress is written together: the student and the family add areas of
 * improvement in their own voice, as the teacher does, and the form's hint speaks as the person
 * writing (a student about "my" thinking, a family about their child, a teacher about the
 * student, whose words show under a Teacher badge).
 */

describe.each(dialects)("areas of improvement in every voice, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function plan() {
    const room = await startClassroomPlan({ db: testApp.db, clock: testApp.deps.clock });

    return { ...room, path: `/plans/${room.planId}` };
  }

  async function addArea(path: string, cookie: string, body: string) {
    const saved = await testApp.request(`${path}/statements`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({ section: "area", body }),
    });
    const location = saved.headers.get("location") ?? "";

    return { status: saved.status, location, page: await pageOf(location, cookie) };
  }

  const pageOf = async (path: string, cookie: string) =>
    (await testApp.request(path, { cookie })).text();

  /** The "add an area" form of a page: its summary and its hint. */
  function areaForm(page: string) {
    const forms = page.split('<details class="add-form">').slice(1);
    const form = forms.find((each) => each.includes('name="section" value="area"')) ?? "";
    const summary = form.match(/<summary>([^<]*)<\/summary>/)?.[1];
    const hint = form.match(/<p class="hint" id="add-area-body-hint">([^<]*)<\/p>/)?.[1];

    return { summary, hint };
  }

  it("a family member adds an area of improvement, shown in the family's voice", async () => {
    const room = await plan();
    const cookie = await testApp.cookieFor(room.guardian.id);

    const saved = await addArea(room.path, cookie, "Sam could practise telling the time");

    expect(saved.status).toBe(303);
    expect(saved.location).toMatch(/\?saved=statement&coached=[0-9a-f-]+#statement-/);
    const area = await testApp.db
      .selectFrom("statements")
      .select(["section", "voice", "author_id"])
      .where("plan_id", "=", room.planId)
      .executeTakeFirstOrThrow();
    expect(area).toEqual({ section: "area", voice: "family", author_id: room.guardian.id });
  });

  it("a student's area of improvement gets the wording coach's note like others", async () => {
    const room = await plan();
    const cookie = await testApp.cookieFor(room.student.id);

    const saved = await addArea(room.path, cookie, "I am bad at math.");

    expect(saved.status).toBe(303);
    expect(saved.page).toContain("I am bad at math.");
    expect(saved.page).toContain("Your words were saved as you wrote them.");
  });

  it("each person's form for an area speaks in their own voice", async () => {
    const room = await plan();
    const forms = {
      student: areaForm(await pageOf(room.path, await testApp.cookieFor(room.student.id))),
      family: areaForm(await pageOf(room.path, await testApp.cookieFor(room.guardian.id))),
      teacher: areaForm(await pageOf(room.path, await testApp.cookieFor(room.teacher.id))),
    };

    expect(forms.student.summary).toBe("Add something I want to get better at");
    expect(forms.student.hint).toContain("Something you want to get better at in math");
    expect(forms.student.hint).toContain("“explain my thinking with fractions”");
    expect(forms.family.summary).toBe("Add an area of improvement we see at home");
    expect(forms.family.hint).toContain("Something you would like your child to grow in");
    expect(forms.teacher.summary).toBe("Add an area of improvement");
    expect(forms.teacher.hint).toContain("this student’s learning");
    // A teacher's words show under a Teacher badge: no first-person example for them.
    expect(forms.teacher.hint).not.toMatch(/\bmy\b/);
  });
});
