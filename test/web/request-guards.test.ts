import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { createClassroom, createPlan } from "../support/factories.ts";

describe.each(dialects)("hostile or broken requests on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
  });

  async function classroomWithPlan() {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const plan = await createPlan(testApp.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    return { testApp, room, plan };
  }

  it("invisible control characters are taken out of typed words, which are saved", async () => {
    const { testApp, room, plan } = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const response = await testApp.request(`/plans/${plan.id}/statements`, {
      method: "POST",
      cookie,
      body: new URLSearchParams({
        section: "strength",
        body: "Explains\u0000 her\u0007 thinking\u000b\u001b\u0085 step\tby step\nto others",
      }),
    });

    expect(response.status).toBe(303);
    const statements = await testApp.db.selectFrom("statements").select("body").execute();
    expect(statements).toEqual([{ body: "Explains her thinking step\tby step\nto others" }]);
  });

  it("a multipart form is cleaned the same way", async () => {
    const { testApp, room, plan } = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);
    const form = new FormData();
    form.append("section", "strength");
    form.append("body", "Checks\u0000 answers\u0008 twice");

    const response = await testApp.request(`/plans/${plan.id}/statements`, {
      method: "POST",
      cookie,
      body: form,
    });

    expect(response.status).toBe(303);
    const statements = await testApp.db.selectFrom("statements").select("body").execute();
    expect(statements).toEqual([{ body: "Checks answers twice" }]);
  });

  it("a broken multipart body gets a clear message, not a server error", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/sign-in", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nbroken',
    });

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("The form could not be read");
  });

  it("a form body over a megabyte is refused before it is read", async () => {
    testApp = await createTestApp(dialect);

    const response = await testApp.request("/sign-in", {
      method: "POST",
      body: new URLSearchParams({ email: "x".repeat(1_100_000) }),
    });

    expect(response.status).toBe(422);
  });

  it("a signed-in family member's plan page is never kept in a shared browser's cache", async () => {
    const { testApp, room, plan } = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.guardian.id);

    const response = await testApp.request(`/plans/${plan.id}`, { cookie });

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("a student signed in with a card is signed out when the teacher stops the card", async () => {
    const { testApp, room, plan } = await classroomWithPlan();
    const teacher = await testApp.cookieFor(room.teacher.id);
    const made = await testApp.request(`/people/${room.student.id}/card`, {
      method: "POST",
      cookie: teacher,
    });
    const token = (await made.text()).match(/\/card\/([A-Za-z0-9_-]{20,})/)?.[1];
    expect(token).toBeDefined();
    const signIn = await testApp.request(`/card/${token}`, { method: "POST", redirect: "manual" });
    const student = signIn.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    const before = await testApp.request(`/plans/${plan.id}`, { cookie: student });
    expect(before.status).toBe(200);

    await testApp.request(`/people/${room.student.id}/card/revoke`, {
      method: "POST",
      cookie: teacher,
    });
    // Only the session cookie: the five-minute cookie cache is the documented grace period.
    const sessionOnly = student
      .split("; ")
      .filter((cookie) => cookie.includes("session_token"))
      .join("; ");
    const after = await testApp.request(`/plans/${plan.id}`, {
      cookie: sessionOnly,
      redirect: "manual",
    });

    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toMatch(/^\/sign-in/);
  });

  it("the share page offers a sign-in card for the student and each family member", async () => {
    const { testApp, room, plan } = await classroomWithPlan();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const page = await (await testApp.request(`/plans/${plan.id}/share`, { cookie })).text();

    expect(page).toContain(`/people/${room.student.id}/card`);
    expect(page).toContain(`/people/${room.guardian.id}/card`);
  });
});
