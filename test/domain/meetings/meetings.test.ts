import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  askForAnotherTime,
  chooseMeetingTime,
} from "../../../src/domain/meetings/answer-meeting.ts";
import {
  cancelMeeting,
  rescheduleMeeting,
} from "../../../src/domain/meetings/change-agreed-meeting.ts";
import { proposeMeeting } from "../../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../../src/domain/meetings/read-meeting-times.ts";
import { foldedWithinOctets } from "../../calendar/parse-calendar.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor, createGuardian } from "../../support/factories.ts";
import { eventsOf, failure } from "../../support/plans.ts";
import { classroomForMeetings, emailsOfKind, meetingNow } from "./meeting-flow.ts";

const times = {
  firstTime: "2025-10-31T16:00",
  secondTime: "2025-11-03T16:00",
  thirdTime: "2025-11-04T08:15",
  place: "Room 12, main building",
  videoLink: "",
  durationMinutes: "30",
};

describe.each(dialects)("meeting times on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const readTimes = async (room: Awaited<ReturnType<typeof classroomForMeetings>>) =>
    readMeetingTimes(testApp.deps, actorFor(room.guardian), room.planId);

  /** A classroom whose teacher has proposed the three times above. */
  async function proposedMeeting() {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);
    const { proposalId } = await proposeMeeting(testApp.deps, teacher, room.planId, times);

    return { room, proposalId };
  }

  it("a teacher proposes three times and the family gets them in Spanish with a link", async () => {
    const room = await classroomForMeetings(testApp.db);

    const { proposalId } = await proposeMeeting(
      testApp.deps,
      actorFor(room.teacher),
      room.planId,
      times,
    );

    const view = await readTimes(room);
    expect(view.proposals).toHaveLength(1);
    // New York is on daylight time until 2 November 2025, standard time after.
    expect(view.proposals[0]?.times.map((time) => time.startsAt)).toEqual([
      "2025-10-31T20:00:00.000Z",
      "2025-11-03T21:00:00.000Z",
      "2025-11-04T13:15:00.000Z",
    ]);
    expect(view.may).toEqual({ propose: false, answer: true });
    const [email] = await emailsOfKind(testApp.db, room.district.id, "meeting.proposed");
    expect(email?.row.to_address).toBe(room.emailOf(room.guardian.id));
    expect(email?.row.subject).toContain("Elige un horario");
    expect(email?.row.text_body).toContain("viernes, 31 de octubre de 2025");
    expect(email?.row.text_body).toContain(
      `next=${encodeURIComponent(`/plans/${room.planId}/meeting-times`)}`,
    );
    const events = await eventsOf(testApp.db, room.planId);
    expect(events.at(-1)).toMatchObject({ kind: "meeting.proposed" });
    expect(JSON.parse(events.at(-1)?.summary ?? "{}")).toMatchObject({ proposalId, times: 3 });
  });

  it("a guardian's one tap agrees the meeting; everyone is invited in their language", async () => {
    const { room, proposalId } = await proposedMeeting();
    const before = await readTimes(room);
    const monday = before.proposals[0]?.times[1];

    await chooseMeetingTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      timeId: monday?.id,
    });

    const after = await readTimes(room);
    expect(after.proposals[0]).toMatchObject({
      status: "agreed",
      startsAt: "2025-11-03T21:00:00.000Z",
    });
    const invitations = await emailsOfKind(testApp.db, room.district.id, "meeting.invitation");
    expect(invitations.map((email) => email.row.to_address).sort()).toEqual(
      [room.guardian.id, room.student.id, room.teacher.id].map((id) => room.emailOf(id)).sort(),
    );
    const byAddress = (id: string) =>
      invitations.find((email) => email.row.to_address === room.emailOf(id));
    expect(byAddress(room.guardian.id)?.row.subject).toContain("Reunión sobre el plan");
    expect(byAddress(room.student.id)?.row.subject).toContain("اجتماع");
    expect(byAddress(room.teacher.id)?.row.subject).toContain("Meeting about");
    for (const email of invitations) {
      expect(email.calendarMethod).toBe("REQUEST");
      expect(foldedWithinOctets(email.calendarText ?? "")).toBe(true);
      expect(email.calendar?.method).toBe("REQUEST");
      const [event] = email.calendar?.events ?? [];
      expect(event).toMatchObject({
        uid: `meeting-${proposalId}@localhost`,
        sequence: 0,
        startZone: "America/New_York",
        startWallTime: "2025-11-03T16:00",
        start: "2025-11-03T21:00:00.000Z",
        end: "2025-11-03T21:30:00.000Z",
        location: "Room 12, main building",
        organizer: `mailto:${room.emailOf(room.teacher.id)}`,
      });
      expect(event?.attendees.every((attendee) => attendee.rsvp === "TRUE")).toBe(true);
    }
    expect(byAddress(room.guardian.id)?.calendar?.events[0]?.summary).toContain("Reunión");
    expect(byAddress(room.student.id)?.calendar?.events[0]?.summary).toContain("اجتماع");
    const events = await eventsOf(testApp.db, room.planId);
    expect(events.at(-1)).toMatchObject({ kind: "meeting.chosen", actor_id: room.guardian.id });
  });

  it("moving the meeting keeps its UID and raises SEQUENCE; cancelling sends CANCEL", async () => {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);
    const { proposalId } = await proposeMeeting(testApp.deps, teacher, room.planId, times);
    const friday = (await readTimes(room)).proposals[0]?.times[0];
    await chooseMeetingTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      timeId: friday?.id,
    });

    await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-03T16:00",
      sequence: "0",
    });
    await cancelMeeting(testApp.deps, teacher, room.planId, proposalId, { sequence: "1" });

    const [invitation] = await emailsOfKind(testApp.db, room.district.id, "meeting.invitation");
    const updates = await emailsOfKind(testApp.db, room.district.id, "meeting.update");
    const cancellations = await emailsOfKind(testApp.db, room.district.id, "meeting.cancel");
    expect(updates).toHaveLength(3);
    expect(cancellations).toHaveLength(3);
    const first = invitation?.calendar?.events[0];
    const update = updates[0]?.calendar?.events[0];
    const cancel = cancellations[0]?.calendar?.events[0];
    // Friday 31 October is daylight time; the new Monday is standard time, an hour later in UTC.
    expect(first).toMatchObject({ sequence: 0, start: "2025-10-31T20:00:00.000Z" });
    expect(update).toMatchObject({
      uid: first?.uid,
      sequence: 1,
      startWallTime: "2025-11-03T16:00",
      start: "2025-11-03T21:00:00.000Z",
    });
    for (const email of updates) {
      expect(email.calendar?.method).toBe("REQUEST");
      expect(email.calendar?.events[0]).toMatchObject({ uid: first?.uid, sequence: 1 });
      expect(email.calendar?.events[0]?.start).toBe("2025-11-03T21:00:00.000Z");
    }
    for (const email of cancellations) {
      expect(email.calendarMethod).toBe("CANCEL");
      expect(email.calendar?.method).toBe("CANCEL");
      expect(email.calendar?.events[0]).toMatchObject({ uid: first?.uid, sequence: 2 });
    }
    expect(cancellations[0]?.calendarMethod).toBe("CANCEL");
    expect(cancellations[0]?.calendar?.method).toBe("CANCEL");
    expect(cancel).toMatchObject({ uid: first?.uid, sequence: 2, status: "CANCELLED" });
    const kinds = (await eventsOf(testApp.db, room.planId)).map((event) => event.kind);
    expect(kinds.slice(-2)).toEqual(["meeting.rescheduled", "meeting.cancelled"]);
    expect((await readTimes(room)).proposals[0]?.status).toBe("cancelled");
  });

  it("a Berlin family's meeting after the March change is at 9:00 local, 7:00 UTC", async () => {
    const room = await classroomForMeetings(testApp.db, { timeZone: "Europe/Berlin" });
    const berlinNow = { ...testApp.deps, clock: () => new Date("2026-03-20T10:00:00Z") };
    const { proposalId } = await proposeMeeting(berlinNow, actorFor(room.teacher), room.planId, {
      ...times,
      firstTime: "2026-03-27T09:00",
      secondTime: "2026-03-30T09:00",
      thirdTime: "",
    });
    const monday = (await readTimes(room)).proposals[0]?.times[1];

    await chooseMeetingTime(berlinNow, actorFor(room.guardian), room.planId, proposalId, {
      timeId: monday?.id,
    });

    const [email] = await emailsOfKind(testApp.db, room.district.id, "meeting.invitation");
    expect(email?.calendar?.timeZones).toEqual(["Europe/Berlin"]);
    expect(email?.calendar?.events[0]).toMatchObject({
      startWallTime: "2026-03-30T09:00",
      start: "2026-03-30T07:00:00.000Z",
    });
  });

  it("a family asks for another time with a note, and can still choose one later", async () => {
    const { room, proposalId } = await proposedMeeting();

    await askForAnotherTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      note: "Mornings before 8, please; <b>not</b> Fridays",
    });

    const view = await readTimes(room);
    expect(view.proposals[0]).toMatchObject({
      status: "asked",
      familyNote: "Mornings before 8, please; <b>not</b> Fridays",
    });
    expect((await eventsOf(testApp.db, room.planId)).at(-1)?.kind).toBe(
      "meeting.another_time_asked",
    );
    await chooseMeetingTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      timeId: view.proposals[0]?.times[2]?.id,
    });
    expect((await readTimes(room)).proposals[0]?.status).toBe("agreed");
  });

  it("a time already agreed cannot be chosen again, and nothing more is sent", async () => {
    const { room, proposalId } = await proposedMeeting();
    const guardian = actorFor(room.guardian);
    const [first, second] = (await readTimes(room)).proposals[0]?.times ?? [];
    await chooseMeetingTime(testApp.deps, guardian, room.planId, proposalId, { timeId: first?.id });

    const error = await failure(
      chooseMeetingTime(testApp.deps, guardian, room.planId, proposalId, { timeId: second?.id }),
    );

    expect(error.kind).toBe("conflict");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.invitation")).toHaveLength(3);
  });

  it("a time in the past is refused, naming the field, and nothing is written", async () => {
    const room = await classroomForMeetings(testApp.db);

    const error = await failure(
      proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
        ...times,
        secondTime: "2025-10-01T09:00",
      }),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems).toEqual([
      { field: "secondTime", message: "Second time has to be later than now." },
    ]);
    expect((await readTimes(room)).proposals).toEqual([]);
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.proposed")).toEqual([]);
  });

  it("a plain http video link is refused, naming the field, and no times are sent", async () => {
    const room = await classroomForMeetings(testApp.db);

    const error = await failure(
      proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
        ...times,
        videoLink: "HTTP://video.example.org/room/7",
      }),
    );

    expect(error.problems).toEqual([
      {
        field: "videoLink",
        message:
          "Video link starts with http://, which is not safe for families to open. Please " +
          "give the meeting's address that starts with https:// (video services show one).",
      },
    ]);
    expect((await readTimes(room)).proposals).toEqual([]);
  });

  it("a proposal needs two different times and a place or a link", async () => {
    const room = await classroomForMeetings(testApp.db);

    const error = await failure(
      proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
        ...times,
        secondTime: times.firstTime,
        place: "",
      }),
    );

    expect(error.problems.map((problem) => problem.field).sort()).toEqual(["place", "secondTime"]);
  });

  it("only the family chooses, only staff propose, and another family sees nothing", async () => {
    const { room, proposalId } = await proposedMeeting();
    const [time] = (await readTimes(room)).proposals[0]?.times ?? [];
    const outsider = await createGuardian(testApp.db, { districtId: room.district.id });
    const choose = (person: typeof room.teacher) =>
      failure(
        chooseMeetingTime(testApp.deps, actorFor(person), room.planId, proposalId, {
          timeId: time?.id,
        }),
      );

    expect((await choose(room.teacher)).kind).toBe("forbidden");
    expect((await choose(room.student)).kind).toBe("forbidden");
    expect((await choose(outsider)).kind).toBe("not_found");
    const proposing = await failure(
      proposeMeeting(testApp.deps, actorFor(room.guardian), room.planId, times),
    );
    expect(proposing.kind).toBe("forbidden");
  });
});
