import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/schema.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { fixedNow, planDeps, startClassroomPlan } from "../../support/plans.ts";

/*
 * Going Back after a save and pressing save again, a retried request, a second tap: the same
 * rendered "add" form sent twice saves once, and the second send lands on what was saved with a
 * note. Each form carries a one-time token from the page it was sent with.
 */

const formToken = /<input type="hidden" name="formToken" value="([0-9a-f-]{36})">/;

/** The forms of a page, each as the address it posts to and its markup. */
function formsOf(page: string) {
  const forms = page.matchAll(/<form method="post" action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g);

  return [...forms].map((form) => ({ action: form[1] ?? "", markup: form[2] ?? "" }));
}

/** The token of the page's form that posts to `action` and holds `marker` (a hidden value). */
function tokenOf(page: string, action: string, marker = "") {
  const form = formsOf(page).find((each) => each.action === action && each.markup.includes(marker));
  const token = form?.markup.match(formToken)?.[1];
  if (!token) throw new Error(`no form token for ${action} ${marker}`);

  return token;
}

describe.each(dialects)("an add form sent twice saves once, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => fixedNow });
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function agreedPlan() {
    const deps = planDeps(testApp.db);
    const room = await startClassroomPlan(deps);
    const action = await addStatement(deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Explain one problem to my sister each week",
    });
    await agreePlan(deps, actorFor(room.teacher), room.planId, {});
    const plan = `/plans/${room.planId}`;
    const cookies = {
      teacher: await testApp.cookieFor(room.teacher.id),
      student: await testApp.cookieFor(room.student.id),
      guardian: await testApp.cookieFor(room.guardian.id),
    };

    return { ...room, plan, cookies, actionId: action.statementId };
  }

  const post = (path: string, cookie: string, fields: Record<string, string>) =>
    testApp.request(path, { method: "POST", cookie, body: new URLSearchParams(fields) });

  const page = async (path: string, cookie: string) =>
    (await testApp.request(path, { cookie })).text();

  /** Sends the same fields twice; both answers, second last. */
  async function sendTwice(path: string, cookie: string, fields: Record<string, string>) {
    const first = await post(path, cookie, fields);
    const second = await post(path, cookie, fields);

    return [first, second].map((answer) => ({
      status: answer.status,
      location: answer.headers.get("location") ?? "",
    }));
  }

  async function rows(table: keyof Database, planId: string) {
    const found = await testApp.db
      .selectFrom(table)
      .select("plan_id")
      .where("plan_id", "=", planId)
      .execute();

    return found.length;
  }

  it("every add form on a teacher's plan page carries a token of its own", async () => {
    const room = await agreedPlan();

    const forms = formsOf(await page(room.plan, room.cookies.teacher));

    const adding = ["/statements", "/comments", "/conference-notes", "/meetings", "/check-ins"].map(
      (path) => `${room.plan}${path}`,
    );
    const tokens = forms
      .filter((form) => adding.includes(form.action))
      .map((form) => form.markup.match(formToken)?.[1]);
    // Five sections, a comment on the one action and on the plan, a note, a meeting, a check-in.
    expect(tokens).toHaveLength(10);
    expect(new Set(tokens).size).toBe(10);
    expect(tokens).not.toContain(undefined);
  });

  it("a family strength sent again from the same page is saved once, and says so", async () => {
    const room = await agreedPlan();
    const form = await page(room.plan, room.cookies.guardian);
    const fields = {
      section: "strength",
      body: "Sam doubles recipes in the kitchen",
      formToken: tokenOf(form, `${room.plan}/statements`, 'value="strength"'),
    };

    const [first, second] = await sendTwice(
      `${room.plan}/statements`,
      room.cookies.guardian,
      fields,
    );

    expect(first?.location).toMatch(/\?saved=statement&coached=([0-9a-f-]+)#statement-\1$/);
    const statementId = first?.location.split("#statement-")[1];
    expect(second).toEqual({
      status: 303,
      location: `${room.plan}?saved=already#statement-${statementId}`,
    });
    const strengths = await testApp.db
      .selectFrom("statements")
      .select("body")
      .where("plan_id", "=", room.planId)
      .where("section", "=", "strength")
      .execute();
    expect(strengths).toEqual([{ body: "Sam doubles recipes in the kitchen" }]);
    const landing = await page(second?.location ?? "", room.cookies.guardian);
    expect(landing).toContain(
      "This was already saved. Sending the same form again did not add it a second time.",
    );
  });

  it("a check-in sent again is recorded once and schedules one next check-in", async () => {
    const room = await agreedPlan();
    const form = await page(room.plan, room.cookies.teacher);
    const fields = {
      [`progress-${room.actionId}`]: "under_way",
      note: "Two questions yesterday!",
      nextCheckInOn: "",
      formToken: tokenOf(form, `${room.plan}/check-ins`),
    };

    const [first, second] = await sendTwice(`${room.plan}/check-ins`, room.cookies.teacher, fields);

    expect(first?.location).toContain("?saved=checkIn");
    expect(second).toEqual({ status: 303, location: `${room.plan}?saved=already#check-ins` });
    const checkIns = await testApp.db
      .selectFrom("check_ins")
      .select(["held_at", "note"])
      .where("plan_id", "=", room.planId)
      .orderBy("due_on")
      .execute();
    expect(checkIns.map((checkIn) => checkIn.note)).toEqual(["Two questions yesterday!", null]);
  });

  it("comments, conference notes and meetings sent twice are each written once", async () => {
    const room = await agreedPlan();
    const form = await page(room.plan, room.cookies.teacher);
    const sends = [
      {
        path: "/comments",
        fields: { statementId: room.actionId, body: "Which problem did you pick?" },
        marker: room.actionId,
        landing: `#statement-${room.actionId}`,
      },
      {
        path: "/comments",
        fields: { body: "Thank you all for meeting." },
        // The plan's own comment form, not one answering a statement.
        marker: 'id="comment-body"',
        landing: "#comments",
      },
      {
        path: "/conference-notes",
        fields: { prompt: "proud", body: "Sam is proud of the number line poster." },
        marker: "",
        landing: "#conference-notes",
      },
      {
        path: "/meetings",
        fields: { startsAt: "2025-03-07T15:30", place: "Room 12", notes: "We met." },
        marker: "",
        landing: "#meetings",
      },
    ];

    for (const send of sends) {
      const action = `${room.plan}${send.path}`;
      const token = tokenOf(form, action, send.marker);
      const fields = { ...send.fields, formToken: token };
      const [, second] = await sendTwice(action, room.cookies.teacher, fields);
      expect(second).toEqual({
        status: 303,
        location: `${room.plan}?saved=already${send.landing}`,
      });
    }

    expect(await rows("comments", room.planId)).toBe(2);
    expect(await rows("conference_notes", room.planId)).toBe(1);
    expect(await rows("meetings", room.planId)).toBe(1);
  });

  it("a student's update sent again from an older page does not undo a newer one", async () => {
    const room = await agreedPlan();
    const updatePage = `${room.plan}/check-in-update`;
    const older = tokenOf(await page(updatePage, room.cookies.student), updatePage);
    const first = { wentWell: "I explained fractions", wasHard: "", formToken: older };
    await post(updatePage, room.cookies.student, first);
    const newer = tokenOf(await page(updatePage, room.cookies.student), updatePage);
    const second = {
      wentWell: "I explained fractions to my sister",
      wasHard: "",
      formToken: newer,
    };
    await post(updatePage, room.cookies.student, second);

    const again = await post(updatePage, room.cookies.student, first);

    expect(again.headers.get("location")).toBe(`${updatePage}?saved=already`);
    const updates = await testApp.db
      .selectFrom("check_in_updates")
      .select("went_well")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(updates).toEqual([{ went_well: "I explained fractions to my sister" }]);
    expect(await page(`${updatePage}?saved=already`, room.cookies.student)).toContain(
      "This was already saved.",
    );
  });

  it("meeting times proposed twice from one page are proposed, and emailed, once", async () => {
    const room = await agreedPlan();
    await testApp.db
      .updateTable("people")
      .set({ email: `family-${room.guardian.id}@family.example` })
      .where("id", "=", room.guardian.id)
      .execute();
    const times = `${room.plan}/meeting-times`;
    const fields = {
      firstTime: "2025-03-20T16:00",
      secondTime: "2025-03-21T16:00",
      place: "Room 12",
      durationMinutes: "30",
      formToken: tokenOf(await page(times, room.cookies.teacher), times),
    };

    const [first, second] = await sendTwice(times, room.cookies.teacher, fields);

    const proposalId = first?.location.split("#meeting-")[1];
    expect(second).toEqual({
      status: 303,
      location: `${times}?saved=already#meeting-${proposalId}`,
    });
    expect(await rows("meeting_proposals", room.planId)).toBe(1);
    const emails = await testApp.db
      .selectFrom("outbox_emails")
      .select("id")
      .where("district_id", "=", room.district.id)
      .where("kind", "=", "meeting.proposed")
      .execute();
    expect(emails).toHaveLength(1);
  });

  it("a reflection and a team decision sent twice are each kept once", async () => {
    const room = await agreedPlan();
    const reflections = `/program/reflections?school=${room.school.id}`;
    const form = await page(reflections, room.cookies.teacher);
    const sends = [
      { path: `/program/reflections/${room.school.id}`, list: "reflections" },
      { path: `/program/reflections/${room.school.id}/decisions`, list: "decisions" },
    ];

    for (const send of sends) {
      const fields = { planId: "", body: "Families came to every meeting.", formToken: "" };
      fields.formToken = tokenOf(form, send.path);
      const [, second] = await sendTwice(send.path, room.cookies.teacher, fields);
      expect(second?.location).toBe(`${reflections}&saved=already#${send.list}`);
    }

    for (const table of ["reflections", "team_decisions"] as const) {
      const kept = await testApp.db
        .selectFrom(table)
        .select("id")
        .where("school_id", "=", room.school.id)
        .execute();
      expect(kept, table).toHaveLength(1);
    }
  });

  it("a token is the person's own: another person's used token does not stop a save", async () => {
    const room = await agreedPlan();
    const token = randomUUID();
    const strength = { section: "strength", formToken: token };
    await post(`${room.plan}/statements`, room.cookies.student, { ...strength, body: "I count" });

    const family = await post(`${room.plan}/statements`, room.cookies.guardian, {
      ...strength,
      body: "Sam counts the change",
    });

    expect(family.headers.get("location")).toContain("?saved=statement");
    expect(await rows("statements", room.planId)).toBe(3);
  });
});
