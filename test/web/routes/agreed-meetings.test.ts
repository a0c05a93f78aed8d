import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseMeetingTime } from "../../../src/domain/meetings/answer-meeting.ts";
import { formatMeetingTime } from "../../../src/domain/meetings/meeting-time.ts";
import { proposeMeeting } from "../../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../../src/domain/meetings/read-meeting-times.ts";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { removeMeeting } from "../../../src/domain/plans/remove-meeting.ts";
import {
  classroomForMeetings,
  emailsOfKind,
  meetingNow,
} from "../../domain/meetings/meeting-flow.ts";
import { pdfText } from "../../pdf/pdf-tools.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";

/*
 * An agreed meeting on the plan page, its print layout and PDF; the bounds the meeting forms
 * show and keep; a "move" that changes nothing; cancelling only after a confirmation; and a
 * correction whose meeting was removed meanwhile. The clock stands at Monday 20 October 2025,
 * 11:00 in New York.
 */

const times = { firstTime: "2025-10-31T16:00", secondTime: "2025-11-03T16:00", place: "Room 12" };
const agreedAt = "2025-10-31T20:00:00.000Z";

function form(values: Record<string, string>) {
  return {
    method: "POST",
    body: new URLSearchParams(values),
    redirect: "manual" as const,
  };
}

/** A page's words as a reader meets them: without tags, spaces as spaces. */
const wordsOf = (page: string) =>
  page
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .replace(/&#39;/g, "'");

describe.each(dialects)("agreed meetings on the plan and the meeting forms, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const pageFor = async (path: string, personId: string) => {
    const response = await testApp.request(path, { cookie: await testApp.cookieFor(personId) });
    expect(response.status, path).toBe(200);
    return response.text();
  };

  /** The family chose Friday 31 October, 4 PM, in Room 12. */
  async function agreedMeeting() {
    const room = await classroomForMeetings(testApp.db);
    const { proposalId } = await proposeMeeting(
      testApp.deps,
      actorFor(room.teacher),
      room.planId,
      times,
    );
    const family = actorFor(room.guardian);
    const view = await readMeetingTimes(testApp.deps, family, room.planId);
    const timeId = view.proposals[0]?.times[0]?.id;
    await chooseMeetingTime(testApp.deps, family, room.planId, proposalId, { timeId });

    return { ...room, proposalId };
  }

  it("a plan with no meeting agreed or recorded says so", async () => {
    const room = await classroomForMeetings(testApp.db);

    const page = await pageFor(`/plans/${room.planId}`, room.teacher.id);

    expect(page).toContain('<p class="empty">No meeting yet.</p>');
  });

  it("the time the family chose is on the plan, its print layout and its PDF", async () => {
    const room = await agreedMeeting();
    const when = formatMeetingTime(agreedAt, "en", "America/New_York");
    const agreed = `Agreed: ${when}, Room 12`.replace(/\s+/g, " ");

    const page = await pageFor(`/plans/${room.planId}`, room.teacher.id);
    expect(wordsOf(page)).toContain(agreed);
    expect(page).toContain(`href="/plans/${room.planId}/meeting-times#meeting-${room.proposalId}"`);
    expect(page).not.toContain("No meeting yet.");
    const print = await pageFor(`/plans/${room.planId}/print`, room.teacher.id);
    expect(wordsOf(print)).toContain(agreed);

    const cookie = await testApp.cookieFor(room.teacher.id);
    const pdf = await testApp.request(`/plans/${room.planId}/plan.pdf`, { cookie });
    expect(pdf.status).toBe(200);
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain("Agreed: Friday, October 31, 2025");
    expect(text).toContain("Room 12");
    expect(text).not.toContain("No meeting yet.");
  });

  it("the family, who read Spanish, see the agreed time in the school's time zone", async () => {
    const room = await agreedMeeting();

    const page = await pageFor(`/plans/${room.planId}`, room.guardian.id);

    const when = formatMeetingTime(agreedAt, "es", "America/New_York");
    expect(wordsOf(page)).toContain(`Acordada: ${when}, Room 12`.replace(/\s+/g, " "));
    expect(page).toContain("Detalles en la página de horarios de reunión");
    expect(page).not.toContain("Todavía no hay ninguna reunión.");
    const cookie = await testApp.cookieFor(room.guardian.id);
    const pdf = await testApp.request(`/plans/${room.planId}/plan.pdf`, { cookie });
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain("Acordada: viernes, 31 de octubre de 2025");
  });

  it("the length of a meeting shows its range, and a length outside it is named", async () => {
    const room = await classroomForMeetings(testApp.db);
    const path = `/plans/${room.planId}/meeting-times`;

    const page = await pageFor(path, room.teacher.id);
    expect(page).toContain('id="propose-durationMinutes-hint">From 10 to 180 minutes.</p>');
    expect(page).toMatch(/ min="10" max="180" id="propose-durationMinutes"[^>]* value="30"/);
    expect(page).toMatch(/ min="2025-10-20T00:00" max="2026-10-20T23:59" id="propose-firstTime"/);

    const refused = await testApp.request(path, {
      ...form({ ...times, durationMinutes: "240" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(again).toContain(
      'id="propose-durationMinutes-error">Length in minutes must be a whole number from 10 to 180.',
    );
    expect(again).toMatch(/name="durationMinutes"[^>]*value="240"/);
  });

  it("a meeting dated 9999 with no place comes back with both problems at once", async () => {
    const room = await classroomForMeetings(testApp.db);
    const plan = `/plans/${room.planId}`;

    const page = await pageFor(plan, room.teacher.id);
    expect(page).toMatch(/ min="2024-08-01T00:00" max="2025-10-20T23:59" id="meeting-startsAt"/);

    const refused = await testApp.request(`${plan}/meetings`, {
      ...form({ startsAt: "9999-10-20T09:00", place: "", notes: "Talked it through" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(again).toContain(
      'id="meeting-startsAt-error">Date and time must be a day from Aug 1, 2024 to Oct 20, 2025',
    );
    expect(again).toContain('id="meeting-place-error">Please give a place, a video link, or both.');
    expect(again).toContain("Talked it through</textarea>");
  });

  it("the check-in days on the plan's forms end a year from today", async () => {
    const room = await classroomForMeetings(testApp.db);

    const draft = await pageFor(`/plans/${room.planId}`, room.teacher.id);
    expect(draft).toMatch(/ min="2025-10-21" max="2026-10-20" id="agree-firstCheckInOn"/);

    await agreePlan(testApp.deps, actorFor(room.teacher), room.planId, {});
    const agreed = await pageFor(`/plans/${room.planId}`, room.teacher.id);
    expect(agreed).toMatch(/ min="2025-10-21" max="2026-10-20" id="check-in-nextCheckInOn"/);
  });

  it("moving a meeting to its own time says nothing changed and sends no update", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times`;

    const moved = await testApp.request(`${path}/${room.proposalId}/reschedule`, {
      ...form({ newTime: times.firstTime }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });

    expect(moved.status).toBe(303);
    const location = moved.headers.get("location") ?? "";
    expect(location).toBe(`${path}?saved=unchanged#meeting-${room.proposalId}`);
    const page = await pageFor(location, room.teacher.id);
    expect(page).toContain(
      "The meeting is already at that time. Nothing changed, and no one was sent an update.",
    );
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toEqual([]);
  });

  it("cancelling a meeting asks first, on a page of its own, then tells everyone", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times/${room.proposalId}`;

    const times = await pageFor(`/plans/${room.planId}/meeting-times`, room.teacher.id);
    expect(times).not.toContain(`action="${path}/cancel"`);
    expect(times).toContain(`<p class="meeting-cancel">`);
    expect(times).toContain(`href="${path}/cancel"`);

    const confirm = await pageFor(`${path}/cancel`, room.teacher.id);
    expect(confirm).toContain("<h1>Cancel this meeting?</h1>");
    expect(confirm).toContain(`action="${path}/cancel"`);
    expect(confirm).toContain('name="sequence" value="0"');
    expect(confirm).toContain("Keep the meeting");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toEqual([]);

    const cancelled = await testApp.request(`${path}/cancel`, {
      ...form({ sequence: "0" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    expect(cancelled.status).toBe(303);
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toHaveLength(3);
    const plan = await pageFor(`/plans/${room.planId}`, room.teacher.id);
    expect(plan).not.toContain("Agreed:");
    expect(plan).toContain("No meeting yet.");
  });

  it("a move from a page opened before another move says so, keeping the time typed", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times/${room.proposalId}`;
    const opened = await pageFor(`/plans/${room.planId}/meeting-times`, room.teacher.id);
    expect(opened).toContain('name="sequence" value="0"');
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request(`${path}/reschedule`, {
      ...form({ newTime: "2025-11-03T16:00", sequence: "0" }),
      cookie,
    });

    const stale = await testApp.request(`${path}/reschedule`, {
      ...form({ newTime: "2025-11-04T09:30", sequence: "0" }),
      cookie,
    });

    expect(stale.status).toBe(409);
    const page = await stale.text();
    const words = wordsOf(page);
    expect(page).toContain("<h1>This meeting was moved meanwhile</h1>");
    const now = formatMeetingTime("2025-11-03T21:00:00.000Z", "en", "America/New_York");
    expect(words).toContain(`The meeting is now on ${now}.`);
    expect(page).toMatch(/name="newTime"[^>]* value="2025-11-04T09:30"/);
    expect(page).toContain('name="sequence" value="1"');
    expect(page).toContain(`href="/plans/${room.planId}"`);
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toHaveLength(3);

    const again = await testApp.request(`${path}/reschedule`, {
      ...form({ newTime: "2025-11-04T09:30", sequence: "1" }),
      cookie,
    });
    expect(again.status).toBe(303);
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toHaveLength(6);
  });

  it("a move whose page version is damaged or missing is refused, moving nothing", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times/${room.proposalId}`;
    const cookie = await testApp.cookieFor(room.teacher.id);

    for (const fields of [{ sequence: "abc" }, { sequence: "-1" }, {}]) {
      const response = await testApp.request(`${path}/reschedule`, {
        ...form({ newTime: "2025-11-04T09:30", ...fields }),
        cookie,
      });
      expect(response.status).toBe(409);
      expect(await response.text()).toContain('name="sequence" value="0"');
    }
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toEqual([]);
  });

  it("a cancel confirmed before a move says so, with the way back to the plan", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times/${room.proposalId}`;
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request(`${path}/reschedule`, {
      ...form({ newTime: "2025-11-03T16:00", sequence: "0" }),
      cookie,
    });

    const stale = await testApp.request(`${path}/cancel`, { ...form({ sequence: "0" }), cookie });

    expect(stale.status).toBe(409);
    const page = await stale.text();
    expect(wordsOf(page)).toContain("This meeting was moved after you opened this page");
    expect(page).toContain(`href="/plans/${room.planId}"`);
    expect(page).toContain('name="sequence" value="1"');
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toEqual([]);
  });

  it("a cancel sent twice says the meeting is no longer agreed, with the way back", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times/${room.proposalId}`;
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request(`${path}/cancel`, { ...form({ sequence: "0" }), cookie });

    const twice = await testApp.request(`${path}/cancel`, { ...form({ sequence: "0" }), cookie });

    expect(twice.status).toBe(409);
    const page = await twice.text();
    expect(page).toContain("Only an agreed meeting can be moved or cancelled.");
    expect(page).toContain(`href="/plans/${room.planId}"`);
  });

  it("a cancelled meeting shows the time that was cancelled, not the times proposed", async () => {
    const room = await agreedMeeting();
    const path = `/plans/${room.planId}/meeting-times/${room.proposalId}`;
    const cookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request(`${path}/reschedule`, {
      ...form({ newTime: "2025-11-05T15:00", sequence: "0" }),
      cookie,
    });
    await testApp.request(`${path}/cancel`, { ...form({ sequence: "1" }), cookie });

    const moved = (locale: string) =>
      formatMeetingTime("2025-11-05T20:00:00.000Z", locale, "America/New_York");
    const teacherPage = await pageFor(`/plans/${room.planId}/meeting-times`, room.teacher.id);
    const teacher = wordsOf(teacherPage);
    expect(teacher).toContain(`Cancelled: the meeting on ${moved("en")} does not take place.`);
    expect(teacherPage).not.toContain("<h3>Times proposed</h3>");
    // Gloria reads Spanish.
    const family = wordsOf(await pageFor(`/plans/${room.planId}/meeting-times`, room.guardian.id));
    expect(family).toContain(`Cancelada: la reunión del ${moved("es")} no se celebra.`);
  });

  it("new times say which they replace, and the saved page says those are withdrawn", async () => {
    const room = await classroomForMeetings(testApp.db);
    await proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, times);
    const meetingTimes = `/plans/${room.planId}/meeting-times`;

    const page = await pageFor(meetingTimes, room.teacher.id);
    const words = wordsOf(page);
    expect(words).toContain("These times replace the ones Tamara");
    expect(words).toMatch(/proposed on .+?: once you send them, the family sees only the new/);
    expect(words).not.toContain("(proposal 1)");
    expect(page).toMatch(/<button type="submit" aria-describedby="propose-replaces-[^"]+">Send/);

    const sent = await testApp.request(meetingTimes, {
      ...form({ firstTime: "2025-11-10T16:00", secondTime: "2025-11-11T16:00", place: "Room 12" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    expect(sent.status).toBe(303);
    const saved = await pageFor(sent.headers.get("location") ?? "", room.teacher.id);
    expect(saved).toContain("The times proposed before are withdrawn.");
  });

  it("the step that closes a plan names the meeting it will cancel", async () => {
    const room = await agreedMeeting();

    const page = await pageFor(`/plans/${room.planId}`, room.teacher.id);

    const when = formatMeetingTime(agreedAt, "en", "America/New_York");
    expect(wordsOf(page)).toContain(
      `The meeting agreed for ${when} is cancelled with the plan, and everyone invited`,
    );
    expect(page).toMatch(/aria-describedby="close-hint close-confirm close-cancels-1"/);

    const closed = await testApp.request(`/plans/${room.planId}/close`, {
      ...form({}),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    expect(closed.status).toBe(303);
    const after = await pageFor(`/plans/${room.planId}`, room.guardian.id);
    expect(after).not.toContain("Agreed:");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toHaveLength(3);
  });

  it("a correction of a meeting removed meanwhile shows the words typed and the plan", async () => {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);
    const { meetingId } = await recordMeeting(testApp.deps, teacher, room.planId, {
      startsAt: "2025-10-20T09:00",
      place: "Room 12",
      notes: "We talked about fractions",
    });
    const correctPath = `/plans/${room.planId}/meetings/${meetingId}/correct`;
    const correction = await pageFor(correctPath, room.teacher.id);
    expect(correction).toMatch(/<form method="post" action="[^"]+\/correct"[^>]* data-draft=/);
    await removeMeeting(testApp.deps, teacher, { planId: room.planId, meetingId }, { seen: "1" });

    const response = await testApp.request(correctPath, {
      ...form({
        seen: "1",
        startsAt: "2025-10-20T09:00",
        place: "Room 12",
        notes: "We talked about fractions and recipes at home",
      }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });

    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const page = await response.text();
    expect(page).toContain(
      "This meeting record is no longer on the plan: someone removed it while you were " +
        "correcting it.",
    );
    expect(page).toContain("We talked about fractions and recipes at home</textarea>");
    expect(page).toContain(`href="/plans/${room.planId}"`);
  });
});
