import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createClassroom } from "../../support/factories.ts";
import { fixedNow, startClassroomPlan } from "../../support/plans.ts";

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }

  return body;
};

describe.each(dialects)("correcting and removing a meeting record on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    // Held on a school day, so each meeting's day is one a record can be kept for.
    testApp = await createTestApp(dialect, { clock: () => fixedNow });
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** A plan whose teacher recorded a meeting with a typo in its notes. */
  async function planWithMeeting() {
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    const room = await startClassroomPlan(deps);
    const { meetingId } = await recordMeeting(deps, actorFor(room.teacher), room.planId, {
      startsAt: "2025-03-10T09:30",
      place: "Room 12",
      notes: "We chose one acton each.",
      attendeeIds: [room.guardian.id, room.teacher.id],
    });
    const meetingPath = `/plans/${room.planId}/meetings/${meetingId}`;
    const teacherCookie = await testApp.cookieFor(room.teacher.id);

    return { ...room, deps, meetingId, meetingPath, teacherCookie };
  }

  const post = (path: string, cookie: string, fields: Record<string, string | string[]>) =>
    testApp.request(path, { method: "POST", cookie, body: form(fields) });

  const notesOf = async (meetingId: string) =>
    (await testApp.db
      .selectFrom("meetings")
      .select(["notes", "version"])
      .where("id", "=", meetingId)
      .executeTakeFirst()) ?? null;

  const corrected = (fields: Record<string, string | string[]> = {}) => ({
    seen: "1",
    startsAt: "2025-03-10T10:00",
    place: "Room 12",
    videoLink: "",
    notes: "We chose one action each.",
    ...fields,
  });

  it("the plan page offers a teacher to correct or remove a meeting, not the family", async () => {
    const room = await planWithMeeting();
    const family = await testApp.cookieFor(room.guardian.id);

    const forTeacher = await (
      await testApp.request(`/plans/${room.planId}`, { cookie: room.teacherCookie })
    ).text();
    const forFamily = await (
      await testApp.request(`/plans/${room.planId}`, { cookie: family })
    ).text();

    expect(forTeacher).toContain(`href="${room.meetingPath}/correct"`);
    expect(forTeacher).toContain(`href="${room.meetingPath}/remove"`);
    expect(forFamily).toContain("We chose one acton each.");
    expect(forFamily).not.toContain(`${room.meetingPath}/correct`);
    expect(forFamily).not.toContain(`${room.meetingPath}/remove`);
  });

  it("a teacher's correction form is filled with what was recorded", async () => {
    const room = await planWithMeeting();

    const response = await testApp.request(`${room.meetingPath}/correct`, {
      cookie: room.teacherCookie,
    });

    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('name="seen" value="1"');
    expect(page).toMatch(/name="startsAt"[^>]*value="2025-03-10T09:30"/);
    expect(page).toMatch(/name="place"[^>]*value="Room 12"/);
    expect(page).toMatch(/<textarea[^>]*name="notes"[^>]*>We chose one acton each\.<\/textarea>/);
    expect(page).toMatch(new RegExp(`value="${room.guardian.id}" checked`));
    expect(page).toMatch(new RegExp(`value="${room.student.id}">`));
  });

  it("a corrected meeting shows in the plan's history with what it said before", async () => {
    const room = await planWithMeeting();

    const saved = await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({
        attendeeIds: [room.guardian.id, room.student.id],
      }),
    );

    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(
      `/plans/${room.planId}?saved=meetingCorrected&coached=${room.meetingId}` +
        `#meeting-${room.meetingId}`,
    );
    const family = await testApp.cookieFor(room.guardian.id);
    const plan = await (await testApp.request(`/plans/${room.planId}`, { cookie: family })).text();
    expect(plan).toContain("We chose one action each.");
    expect(plan).toMatch(
      /<bdi>Tamara Example<\/bdi> corrected the record of the meeting on [^<]*10:00/,
    );
    expect(plan).toContain("Every version of this meeting record");
    expect(plan).toContain("We chose one acton each.");
    expect(plan).toMatch(/Attended: [\s\S]*?<bdi>Sam Example<\/bdi>/);
  });

  it("a date in the wrong form and overlong notes come back at their fields as typed", async () => {
    const room = await planWithMeeting();
    const notes = `Fixed <script>alert(1)</script> ${"x".repeat(2000)}`;

    const response = await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({ startsAt: "12/03/2025 4pm", notes }),
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('id="correct-meeting-startsAt-error"');
    expect(page).toContain("Date and time must be a date and a time.");
    expect(page).toContain('id="correct-meeting-notes-error"');
    expect(page).toContain("Meeting notes can be at most 2,000 characters.");
    expect(page).toMatch(/name="startsAt"[^>]*aria-invalid="true" value="12\/03\/2025 4pm"/);
    expect(page).toContain("Fixed &lt;script&gt;alert(1)&lt;/script&gt; xxx");
    expect(page).not.toContain("<script>alert(1)");
    expect(await notesOf(room.meetingId)).toEqual({
      notes: "We chose one acton each.",
      version: 1,
    });
  });

  it("a meeting recorded before its time later today comes back at its field", async () => {
    const room = await planWithMeeting();
    const typed = { formToken: "later-today", place: "Library", notes: "Talked it through" };

    const recording = await post(`/plans/${room.planId}/meetings`, room.teacherCookie, {
      ...typed,
      startsAt: "2025-03-10T15:00",
    });
    const correcting = await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({ startsAt: "2025-03-10T15:00" }),
    );

    // The held clock says 11:00 in New York, the school's zone.
    for (const [response, form] of [
      [recording, "meeting"],
      [correcting, "correct-meeting"],
    ] as const) {
      expect(response.status).toBe(422);
      const page = await response.text();
      expect(page).toMatch(
        new RegExp(`id="${form}-startsAt-error">Date and time is later than now \\(11:00`),
      );
      expect(page).toMatch(/name="startsAt"[^>]*aria-invalid="true" value="2025-03-10T15:00"/);
    }
    const meetings = await testApp.db
      .selectFrom("meetings")
      .select(["starts_at", "version"])
      .where("plan_id", "=", room.planId)
      .execute();
    expect(meetings).toEqual([{ starts_at: "2025-03-10T13:30:00.000Z", version: 1 }]);
  });

  it("notes too long come back with the limit named", async () => {
    const room = await planWithMeeting();

    const response = await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({
        notes: "n".repeat(2001),
      }),
    );

    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Meeting notes can be at most 2,000 characters.");
  });

  it("a correction over a record changed meanwhile answers 409 with both versions", async () => {
    const room = await planWithMeeting();
    const administrator = await testApp.cookieFor(room.administrator.id);
    const first = await post(
      `${room.meetingPath}/correct`,
      administrator,
      corrected({
        notes: "Agreed on practice at home.",
      }),
    );
    expect(first.status).toBe(303);

    const second = await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({
        notes: "We chose one action each.",
      }),
    );

    expect(second.status).toBe(409);
    const page = await second.text();
    expect(page).toContain("This meeting record changed while you were correcting it");
    expect(page).toContain("Agreed on practice at home.");
    expect(page).toMatch(/<textarea[^>]*name="notes"[^>]*>We chose one action each\.<\/textarea>/);
    expect(page).toContain('name="seen" value="2"');
    expect((await notesOf(room.meetingId))?.notes).toBe("Agreed on practice at home.");
  });

  it("a correction whose version is missing or damaged is refused as stale", async () => {
    const room = await planWithMeeting();
    const { seen: _seen, ...withoutSeen } = corrected({ notes: "Tampered with." });

    for (const fields of [
      corrected({ notes: "Tampered with.", seen: "abc" }),
      corrected({ notes: "Tampered with.", seen: "-1" }),
      corrected({ notes: "Tampered with.", seen: "99999999999999999999" }),
      withoutSeen,
    ]) {
      const response = await post(`${room.meetingPath}/correct`, room.teacherCookie, fields);
      expect(response.status).toBe(409);
      expect(await response.text()).toContain('name="seen" value="1"');
    }
    expect(await notesOf(room.meetingId)).toEqual({
      notes: "We chose one acton each.",
      version: 1,
    });
  });

  it("an over-long video link is told it is too long; place and notes show limits", async () => {
    const room = await planWithMeeting();
    const videoLink = `https://meet.example/${"a".repeat(3000)}`;

    const response = await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({ videoLink }),
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain("Video link can be at most 500 characters.");
    expect(page).not.toContain("must be a web address");
    expect(page).toMatch(/<input type="text" maxlength="200" id="correct-meeting-place"/);
    expect(page).toMatch(/<textarea id="correct-meeting-notes"[^>]* maxlength="2000"/);
    expect(page).toContain("Give a place, a video link or both. At most 200 characters.");
  });

  it("a confirmed removal leaves the plan and is written in the audit trail", async () => {
    const room = await planWithMeeting();

    const confirm = await testApp.request(`${room.meetingPath}/remove`, {
      cookie: room.teacherCookie,
    });
    expect(confirm.status).toBe(200);
    const confirmation = await confirm.text();
    expect(confirmation).toContain("Remove this meeting record?");
    expect(confirmation).toContain("We chose one acton each.");
    expect(await notesOf(room.meetingId)).not.toBeNull();

    const removed = await post(`${room.meetingPath}/remove`, room.teacherCookie, { seen: "1" });

    expect(removed.status).toBe(303);
    expect(removed.headers.get("location")).toBe(
      `/plans/${room.planId}?saved=meetingRemoved#meetings`,
    );
    expect(await notesOf(room.meetingId)).toBeNull();
    const family = await testApp.cookieFor(room.guardian.id);
    const plan = await (await testApp.request(`/plans/${room.planId}`, { cookie: family })).text();
    expect(plan).not.toContain("We chose one acton each.");
    expect(plan).toContain("No meeting yet.");
    expect(plan).toMatch(/<bdi>Tamara Example<\/bdi> removed the record of the meeting on/);
    const audit = await testApp.db
      .selectFrom("audit_entries")
      .select(["actor_id", "action", "student_id"])
      .where("plan_id", "=", room.planId)
      .where("route", "=", "POST /plans/:planId/meetings/:meetingId/remove")
      .execute();
    expect(audit).toEqual([
      { actor_id: room.teacher.id, action: "change", student_id: room.student.id },
    ]);
  });

  it("a removal confirmed on an older version removes nothing and shows it now", async () => {
    const room = await planWithMeeting();
    await post(
      `${room.meetingPath}/correct`,
      room.teacherCookie,
      corrected({ notes: "Corrected" }),
    );

    const response = await post(`${room.meetingPath}/remove`, room.teacherCookie, { seen: "1" });

    expect(response.status).toBe(409);
    const page = await response.text();
    expect(page).toContain("so nothing was removed");
    expect(page).toContain('name="seen" value="2"');
    expect((await notesOf(room.meetingId))?.notes).toBe("Corrected");
  });

  it("family, student, another school's teacher and a closed plan are refused", async () => {
    const room = await planWithMeeting();
    const elsewhere = await createClassroom(testApp.db);
    const closed = await planWithMeeting();
    await closePlan(testApp.deps, actorFor(closed.teacher), closed.planId);
    const attempts = [
      { who: "family", cookie: await testApp.cookieFor(room.guardian.id), room, status: 403 },
      { who: "student", cookie: await testApp.cookieFor(room.student.id), room, status: 403 },
      {
        who: "another school's teacher",
        cookie: await testApp.cookieFor(elsewhere.teacher.id),
        room,
        status: 404,
      },
      { who: "teacher of a closed plan", cookie: closed.teacherCookie, room: closed, status: 409 },
    ];

    const outcomes: string[] = [];
    for (const attempt of attempts) {
      const path = attempt.room.meetingPath;
      const answers = [
        await testApp.request(`${path}/correct`, { cookie: attempt.cookie }),
        await post(`${path}/correct`, attempt.cookie, corrected({ notes: "Not theirs" })),
        await testApp.request(`${path}/remove`, { cookie: attempt.cookie }),
        await post(`${path}/remove`, attempt.cookie, { seen: "1" }),
      ];
      const statuses = answers.map((answer) => answer.status);
      if (statuses.some((status) => status !== attempt.status)) {
        outcomes.push(`${attempt.who}: ${statuses.join(", ")}`);
      }
    }

    expect(outcomes).toEqual([]);
    for (const each of [room, closed]) {
      expect(await notesOf(each.meetingId)).toEqual({
        notes: "We chose one acton each.",
        version: 1,
      });
    }
  });
});
