import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proposeMeeting } from "../../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../../src/domain/meetings/read-meeting-times.ts";
import { withdrawMeetingTimes } from "../../../src/domain/meetings/withdraw-meeting-times.ts";
import { addStatement } from "../../../src/domain/plans/add-statement.ts";
import { retireStatement } from "../../../src/domain/plans/retire-statement.ts";
import { classroomForMeetings, meetingNow } from "../../domain/meetings/meeting-flow.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { eventsOf, planDeps } from "../../support/plans.ts";

/*
 * What someone answered or chose changed in another session while they wrote: they are told
 * what happened and by whom, get a way back to the page, and keep the words they typed. None of
 * it is a page that cannot be found.
 */

describe.each(dialects)("changes made meanwhile in another session, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp.close();
  });

  const post = (path: string, cookie: string, fields: Record<string, string> = {}) =>
    testApp.request(path, { method: "POST", cookie, body: new URLSearchParams(fields) });

  async function familyStrength() {
    const room = await classroomForMeetings(testApp.db);
    const deps = planDeps(testApp.db, meetingNow);
    const { statementId } = await addStatement(deps, actorFor(room.guardian), room.planId, {
      section: "strength",
      body: "Sam doubles recipes in the kitchen",
    });

    return { ...room, deps, statementId, plan: `/plans/${room.planId}` };
  }

  it("a teacher's comment on a strength the family removed meanwhile says who did", async () => {
    const room = await familyStrength();
    const teacher = await testApp.cookieFor(room.teacher.id);
    const target = { planId: room.planId, statementId: room.statementId };
    await retireStatement(room.deps, actorFor(room.guardian), target);

    const answer = await post(`${room.plan}/comments`, teacher, {
      statementId: room.statementId,
      body: "How do you double a recipe with thirds?",
    });

    expect(answer.status).toBe(409);
    const page = await answer.text();
    expect(page).toContain(
      "This strength was removed by <bdi>Gloria Example</bdi> while you were writing.",
    );
    expect(page).not.toContain("We could not find that page");
    expect(page).toMatch(/<textarea[^>]*readonly>How do you double a recipe with thirds\?</);
    expect(page).toContain(`href="${room.plan}"`);
    const comments = await testApp.db
      .selectFrom("comments")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(comments).toEqual([]);
  });

  it("removing a strength already removed in another tab lands on the plan", async () => {
    const room = await familyStrength();
    const family = await testApp.cookieFor(room.guardian.id);
    const retire = `${room.plan}/statements/${room.statementId}/retire`;
    const first = await post(retire, family);

    const second = await post(retire, family);

    expect(first.headers.get("location")).toBe(`${room.plan}?saved=retired`);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe(`${room.plan}?saved=alreadyRetired`);
    const page = await (
      await testApp.request(`${room.plan}?saved=alreadyRetired`, { cookie: family })
    ).text();
    // Gloria reads Spanish.
    expect(page).toContain("Eso ya se había quitado del plan, así que nada cambió.");
    const kinds = (await eventsOf(testApp.db, room.planId)).map((event) => event.kind);
    expect(kinds.filter((kind) => kind === "statement.retired")).toHaveLength(1);
  });

  it("a family choosing times the teacher withdrew meanwhile is told on that page", async () => {
    const room = await familyStrength();
    const { proposalId } = await proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
      firstTime: "2025-11-10T10:00",
      secondTime: "2025-11-11T10:00",
      place: "Room 12",
    });
    const family = actorFor(room.guardian);
    const seen = await readMeetingTimes(testApp.deps, family, room.planId);
    const timeId = seen.proposals[0]?.times[0]?.id ?? "";
    await withdrawMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId, proposalId);
    const cookie = await testApp.cookieFor(room.guardian.id);
    const times = `${room.plan}/meeting-times`;

    const chosen = await post(`${times}/${proposalId}/choose`, cookie, { timeId });
    const asked = await post(`${times}/${proposalId}/another-time`, cookie, {
      note: "Tuesdays after five suit us",
    });

    expect(chosen.status).toBe(409);
    const page = await chosen.text();
    const withdrawn = "Estos horarios de reunión se retiraron mientras";
    expect(page).toContain(withdrawn);
    // New times would already be listed below the message, not still to come on the page.
    expect(page).toContain("Los horarios propuestos desde entonces aparecen abajo.");
    expect(page).not.toContain("aparecerán en esta página");
    expect(page).toContain(`href="${room.plan}"`);
    expect(page).not.toContain('<a href="/">');
    expect(asked.status).toBe(409);
    const note = await asked.text();
    expect(note).toContain(withdrawn);
    expect(note).toMatch(/<textarea[^>]*readonly>Tuesdays after five suit us</);
    expect(note).toContain(`href="${times}"`);
    const proposal = await testApp.db
      .selectFrom("meeting_proposals")
      .select(["status", "starts_at", "family_note"])
      .where("id", "=", proposalId)
      .executeTakeFirstOrThrow();
    expect(proposal).toEqual({ status: "withdrawn", starts_at: null, family_note: null });
  });
});
