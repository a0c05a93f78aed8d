import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConferenceNote } from "../../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { recordCheckIn } from "../../../src/domain/plans/record-check-in.ts";
import { dayIn } from "../../../src/domain/plans/school-time.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createClassroom, createStudent } from "../../support/factories.ts";
import { startClassroomPlan } from "../../support/plans.ts";

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }

  return body;
};

describe.each(dialects)("the plan pages on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function classroomWithPlan() {
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    const room = await startClassroomPlan(deps);

    return { ...room, deps };
  }

  async function post(path: string, cookie: string, fields: Record<string, string | string[]>) {
    return testApp.request(path, { method: "POST", cookie, body: form(fields) });
  }

  async function pageText(path: string, cookie: string) {
    const response = await testApp.request(path, { cookie });
    expect(response.status).toBe(200);

    return response.text();
  }

  it("a teacher sees their students with each plan's stage and starts a MAP", async () => {
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);

    const list = await pageText("/students", cookie);
    expect(list).toContain("Sam Example");
    expect(list).toContain("No plan yet");

    const started = await post(`/students/${room.student.id}/plans`, cookie, {});
    expect(started.status).toBe(303);
    const location = started.headers.get("location") ?? "";
    expect(location).toMatch(/^\/plans\/[0-9a-f-]+\?saved=started$/);

    const plan = await pageText(location, cookie);
    const order = ["Math Vision", "Mathematics Progress", "Strengths", "Areas of Improvement"]
      .concat(["Action Plan", "Student Actions", "Teacher Actions", "Family Actions"])
      .map((heading) => plan.indexOf(`>${heading}</h`));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(plan).toContain("The plan is started.");
    const odd = await testApp.request(location.replace("started", "constructor"), { cookie });
    expect(odd.status).toBe(200);
    expect(await pageText("/students", cookie)).toContain("Draft");

    const twice = await post(`/students/${room.student.id}/plans`, cookie, {});
    expect(twice.headers.get("location")).toBe(location.replace("?saved=started", ""));
  });

  it("an administrator sees every student by school and class, and those in none", async () => {
    const room = await createClassroom(testApp.db);
    await createStudent(testApp.db, { districtId: room.district.id, givenName: "Noor" });
    const cookie = await testApp.cookieFor(room.administrator.id);

    const page = await pageText("/students", cookie);

    const headings = [
      `<h2><bdi>${room.school.name}</bdi></h2>`,
      `><bdi>${room.klass.title}</bdi></h3>`,
      "><bdi>Sam Example</bdi></th>",
      ">Students not in a class</h2>",
      "><bdi>Noor Example</bdi></th>",
    ].map((heading) => page.indexOf(heading));
    expect(headings.every((position) => position > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  });

  it("a family member is refused the list of students", async () => {
    const room = await createClassroom(testApp.db);

    const response = await testApp.request("/students", {
      cookie: await testApp.cookieFor(room.guardian.id),
    });

    expect(response.status).toBe(403);
  });

  it("a student's strength with a script tag in it shows as text", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.student.id);

    const added = await post(`/plans/${room.planId}/statements`, cookie, {
      section: "strength",
      body: `<script>alert("hi")</script> I "love" puzzles & patterns`,
    });
    expect(added.status).toBe(303);

    const page = await pageText(`/plans/${room.planId}`, cookie);
    expect(page).toContain("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;");
    expect(page).not.toContain('<script>alert("hi")');
    expect(page).toContain('class="voice voice-student"');
  });

  it("an over-long strength comes back with a message by the field, words kept", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.student.id);
    const typed = `I can explain ${"my thinking ".repeat(60)}`;

    const response = await post(`/plans/${room.planId}/statements`, cookie, {
      section: "strength",
      body: typed,
    });

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain(
      '<p class="field-error" id="add-strength-body-error">' +
        "Strength can be at most 500 characters.</p>",
    );
    expect(page).toContain('aria-describedby="add-strength-body-hint add-strength-body-error"');
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain(`${typed}</textarea>`);
    expect(page).toMatch(/<details class="add-form" open>\s*<summary>Add a strength of mine/);
    const stored = await testApp.db
      .selectFrom("statements")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(stored).toEqual([]);
  });

  it("a teacher closes a plan only after a second step that says it cannot be undone", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const page = await pageText(`/plans/${room.planId}`, cookie);
    const offer = /<details class="add-form close-plan">([\s\S]*?)<\/details>/.exec(page)?.[1];

    expect(offer).toContain("<summary>Close this plan</summary>");
    expect(offer).toContain("A closed plan cannot be opened again");
    expect(offer).toMatch(/<button type="submit"[^>]*>Yes, close this plan<\/button>/);
    expect(page.match(/\/close"/g)).toHaveLength(1);
  });

  it("a student sees only the forms for their own words", async () => {
    const room = await classroomWithPlan();

    const page = await pageText(`/plans/${room.planId}`, await testApp.cookieFor(room.student.id));

    expect(page).toContain("Add a strength of mine");
    expect(page).toContain("Add something I will do");
    expect(page).not.toContain("Add a teacher action");
    expect(page).not.toContain("Record a meeting");
    expect(page).not.toContain("Mark the plan agreed");
  });

  it("a family member's page never shows the conference notes", async () => {
    const room = await classroomWithPlan();
    const note = "Sam feels unsure about word problems";
    await addConferenceNote(room.deps, actorFor(room.teacher), room.planId, {
      prompt: "confident",
      body: note,
    });

    const family = await pageText(
      `/plans/${room.planId}`,
      await testApp.cookieFor(room.guardian.id),
    );
    const staff = await pageText(`/plans/${room.planId}`, await testApp.cookieFor(room.teacher.id));

    expect(family).not.toContain(note);
    expect(family).not.toContain("Conference notes");
    expect(family).toContain("Add a strength we see at home");
    expect(family).toContain("Add something our family will do");
    expect(staff).toContain(note);
    expect(staff).toContain("What do you feel confident about in math?");
    expect(staff).toContain(`href="/plans/${room.planId}/share"`);
  });

  it("a family member cannot open another child's plan", async () => {
    const room = await classroomWithPlan();
    const other = await createClassroom(testApp.db);

    const response = await testApp.request(`/plans/${room.planId}`, {
      cookie: await testApp.cookieFor(other.guardian.id),
    });

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Sam Example");
  });

  it("a family member cannot add a teacher action by posting the form by hand", async () => {
    const room = await classroomWithPlan();

    const response = await post(
      `/plans/${room.planId}/statements`,
      await testApp.cookieFor(room.guardian.id),
      { section: "teacher_action", body: "Give less homework" },
    );

    expect(response.status).toBe(403);
  });

  it("someone signed out is sent to sign in", async () => {
    const room = await classroomWithPlan();

    const response = await testApp.request(`/plans/${room.planId}`);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/sign-in?next=${encodeURIComponent(`/plans/${room.planId}`)}`,
    );
  });

  it("a teacher cannot rewrite a student's words but answers them with a comment", async () => {
    const room = await classroomWithPlan();
    const { statementId } = await addStatement(room.deps, actorFor(room.student), room.planId, {
      section: "strength",
      body: "I never give up",
    });
    const cookie = await testApp.cookieFor(room.teacher.id);

    const editPage = await testApp.request(`/plans/${room.planId}/statements/${statementId}/edit`, {
      cookie,
    });
    const edit = await post(`/plans/${room.planId}/statements/${statementId}/edit`, cookie, {
      body: "Rarely gives up",
    });
    const comment = await post(`/plans/${room.planId}/comments`, cookie, {
      statementId,
      body: "I see that every day in class!",
    });

    expect(editPage.status).toBe(403);
    expect(edit.status).toBe(403);
    expect(comment.status).toBe(303);
    const page = await pageText(`/plans/${room.planId}`, cookie);
    expect(page).toContain("I never give up");
    expect(page).not.toContain("Rarely gives up");
    expect(page).toContain("I see that every day in class!");
  });

  it("a student changes their own words through the edit page", async () => {
    const room = await classroomWithPlan();
    const { statementId } = await addStatement(room.deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Practice on Mondays",
    });
    const cookie = await testApp.cookieFor(room.student.id);

    const editPage = await pageText(`/plans/${room.planId}/statements/${statementId}/edit`, cookie);
    const saved = await post(`/plans/${room.planId}/statements/${statementId}/edit`, cookie, {
      body: "Practice on Mondays and Thursdays",
    });

    expect(editPage).toContain("Practice on Mondays</textarea>");
    expect(saved.status).toBe(303);
    const page = await pageText(`/plans/${room.planId}`, cookie);
    expect(page).toContain("Practice on Mondays and Thursdays");
    expect(page).toContain("(edited)");
  });

  it("a teacher records the meeting, agrees the plan and checks in by forms", async () => {
    const room = await classroomWithPlan();
    const { statementId } = await addStatement(room.deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Ask one question in class each day",
    });
    const cookie = await testApp.cookieFor(room.teacher.id);
    const plan = `/plans/${room.planId}`;

    const meeting = await post(`${plan}/meetings`, cookie, {
      // Midnight at the school: already past whenever the test runs, so the meeting was held.
      startsAt: `${dayIn("America/New_York", new Date())}T00:00`,
      place: "Room 12",
      videoLink: "",
      attendeeIds: [room.student.id, room.guardian.id],
      notes: "",
    });
    const agreed = await post(`${plan}/agree`, cookie, { firstCheckInOn: "" });
    const checkIn = await post(`${plan}/check-ins`, cookie, {
      [`progress-${statementId}`]: "under_way",
      note: "Two questions yesterday!",
      nextCheckInOn: "",
    });

    expect([meeting.status, agreed.status, checkIn.status]).toEqual([303, 303, 303]);
    const family = await pageText(plan, await testApp.cookieFor(room.guardian.id));
    expect(family).toContain("Room 12");
    expect(family).toContain("Attended: ");
    expect(family).toContain("Progress: Under way");
    expect(family).toContain("Two questions yesterday!");
    expect(family).toContain("Stage: Checking in");
    expect(family).toContain("recorded a check-in with progress on 1 action.");
  });

  it("a meeting without a place or link comes back with what the teacher typed", async () => {
    const room = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const response = await post(`/plans/${room.planId}/meetings`, cookie, {
      startsAt: "2030-05-06T16:00",
      place: "",
      videoLink: "",
      notes: "Bring the math journal",
      attendeeIds: [room.student.id],
    });

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('id="meeting-place-error">Please give a place, a video link, or both.');
    expect(page).toContain('value="2030-05-06T16:00"');
    expect(page).toContain("Bring the math journal</textarea>");
    expect(page).toMatch(new RegExp(`value="${room.student.id}" checked`));
  });

  it("the print layout has the sections in order and no forms or staff notes", async () => {
    const room = await classroomWithPlan();
    await addStatement(room.deps, actorFor(room.guardian), room.planId, {
      section: "strength",
      body: "Sam measures wood for the garden",
    });
    await addConferenceNote(room.deps, actorFor(room.teacher), room.planId, {
      body: "Private words",
    });

    const page = await pageText(
      `/plans/${room.planId}/print`,
      await testApp.cookieFor(room.teacher.id),
    );
    const article = page.slice(page.indexOf("<article"), page.indexOf("</article>"));

    expect(article).toContain("data-print");
    expect(article).not.toContain("<form");
    expect(article).not.toContain("Private words");
    expect(article).toContain("Sam measures wood for the garden");
    expect(article).toContain('class="voice voice-family"');
    const order = ["Math Vision", "Mathematics Progress", "Action Plan"].map((heading) =>
      article.indexOf(`>${heading}</h2>`),
    );
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("the print layout shows check-ins already held, with progress and the note", async () => {
    const room = await classroomWithPlan();
    const action = await addStatement(room.deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Explain one problem to my sister each week",
    });
    await agreePlan(room.deps, actorFor(room.teacher), room.planId, {});
    await recordCheckIn(room.deps, actorFor(room.teacher), room.planId, {
      progress: { [action.statementId]: "under_way" },
      note: "Sam explained area models at home.",
    });

    const page = await pageText(
      `/plans/${room.planId}/print`,
      await testApp.cookieFor(room.guardian.id),
    );
    const article = page.slice(page.indexOf("<article"), page.indexOf("</article>"));
    const checkIns = article.slice(article.indexOf('id="print-check-ins"'));

    expect(checkIns).toContain("Check-ins");
    expect(checkIns).toContain("<bdi>Explain one problem to my sister each week</bdi>: Under way");
    expect(checkIns).toContain("Sam explained area models at home.");
  });
});
