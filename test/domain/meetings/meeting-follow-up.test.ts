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
import { withdrawMeetingTimes } from "../../../src/domain/meetings/withdraw-meeting-times.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import {
  actorFor,
  createClass,
  createClassroom,
  createTeacher,
  enroll,
} from "../../support/factories.ts";
import { eventsOf, failure } from "../../support/plans.ts";
import { classroomForMeetings, emailsOfKind, meetingNow } from "./meeting-flow.ts";

const januaryTimes = {
  firstTime: "2026-01-11T10:00",
  secondTime: "2026-01-12T10:00",
  place: "Room 12",
};

/** Intl puts a narrow no-break space before AM/PM; people read it as a space. */
const plainSpaces = (text: string | undefined) => (text ?? "").replace(/\s/g, " ");

describe.each(dialects)("what happens after meeting times are proposed, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function proposedInJanuary() {
    const room = await classroomForMeetings(testApp.db);
    const { proposalId } = await proposeMeeting(
      testApp.deps,
      actorFor(room.teacher),
      room.planId,
      januaryTimes,
    );

    return { room, proposalId };
  }

  it("the teacher sees the times she proposed and which one the family chose", async () => {
    const { room, proposalId } = await proposedInJanuary();
    const teacher = actorFor(room.teacher);

    const before = await readMeetingTimes(testApp.deps, teacher, room.planId);
    expect(before.proposals[0]?.times).toMatchObject([
      { startsAt: "2026-01-11T15:00:00.000Z", chosen: false },
      { startsAt: "2026-01-12T15:00:00.000Z", chosen: false },
    ]);

    const monday = before.proposals[0]?.times[1]?.id;
    await chooseMeetingTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      timeId: monday,
    });
    const after = await readMeetingTimes(testApp.deps, teacher, room.planId);
    expect(after.proposals[0]?.times.map((time) => time.chosen)).toEqual([false, true]);
  });

  it("a family asking for another time emails each teacher in their language", async () => {
    const room = await classroomForMeetings(testApp.db);
    // An administrator who teaches no class of Sam proposes; a second teacher of Sam reads
    // Vietnamese; a third has no address and is left out.
    const inSchool = { districtId: room.district.id, schoolId: room.school.id };
    const science = await createClass(testApp.db, inSchool);
    const vo = await createTeacher(testApp.db, { ...inSchool, email: "vo@school.example" });
    const silent = await createTeacher(testApp.db, inSchool);
    await enroll(testApp.db, { classId: science.id, person: room.student, role: "student" });
    await enroll(testApp.db, { classId: science.id, person: vo, role: "teacher" });
    await enroll(testApp.db, { classId: science.id, person: silent, role: "teacher" });
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "vi" })
      .where("id", "=", vo.id)
      .execute();
    await testApp.db
      .updateTable("people")
      .set({ email: "ada@school.example", preferred_locale: "es" })
      .where("id", "=", room.administrator.id)
      .execute();
    const { proposalId } = await proposeMeeting(
      testApp.deps,
      actorFor(room.administrator),
      room.planId,
      januaryTimes,
    );

    await askForAnotherTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      note: "<b>Mornings</b> & after 8, please",
    });

    const emails = await emailsOfKind(testApp.db, room.district.id, "meeting.another_time_asked");
    const to = (address: string | undefined) =>
      emails.find((email) => email.row.to_address === address)?.row;
    expect(emails.map((email) => email.row.to_address).sort()).toEqual(
      ["ada@school.example", room.emailOf(room.teacher.id), "vo@school.example"].sort(),
    );
    expect(to(room.emailOf(room.teacher.id))?.subject).toContain("asked for another time");
    expect(to("ada@school.example")?.subject).toContain("pidió otro horario");
    expect(to("vo@school.example")?.subject).toContain("xin một thời gian khác");
    const english = to(room.emailOf(room.teacher.id));
    expect(english?.text_body).toContain("<b>Mornings</b> & after 8, please");
    expect(english?.html_body).toContain("&lt;b&gt;Mornings&lt;/b&gt; &amp; after 8, please");
    expect(english?.html_body).not.toContain("<b>Mornings");
    expect(english?.text_body).toContain(`/plans/${room.planId}/meeting-times\n`);
    expect(english?.text_body).not.toContain("sign-in");
  });

  it("a teacher withdraws the times: the family no longer sees nor chooses them", async () => {
    const { room, proposalId } = await proposedInJanuary();
    const family = actorFor(room.guardian);
    await askForAnotherTime(testApp.deps, family, room.planId, proposalId, {
      note: "Afternoons",
    });
    const [firstTime] =
      (await readMeetingTimes(testApp.deps, family, room.planId)).proposals[0]?.times ?? [];

    await withdrawMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId, proposalId);

    const familyView = await readMeetingTimes(testApp.deps, family, room.planId);
    expect(familyView.proposals).toEqual([]);
    const staffView = await readMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId);
    expect(staffView.proposals[0]).toMatchObject({ id: proposalId, status: "withdrawn" });
    const choosing = await failure(
      chooseMeetingTime(testApp.deps, family, room.planId, proposalId, { timeId: firstTime?.id }),
    );
    expect(choosing.kind).toBe("conflict");
    const events = await eventsOf(testApp.db, room.planId);
    expect(events.at(-1)).toMatchObject({ kind: "meeting.withdrawn", actor_id: room.teacher.id });
  });

  it("a family member cannot withdraw times, and an agreed meeting is not withdrawn", async () => {
    const { room, proposalId } = await proposedInJanuary();
    const family = actorFor(room.guardian);

    const byFamily = await failure(
      withdrawMeetingTimes(testApp.deps, family, room.planId, proposalId),
    );
    expect(byFamily.kind).not.toBe("conflict");
    const [firstTime] =
      (await readMeetingTimes(testApp.deps, family, room.planId)).proposals[0]?.times ?? [];
    await chooseMeetingTime(testApp.deps, family, room.planId, proposalId, {
      timeId: firstTime?.id,
    });
    const agreed = await failure(
      withdrawMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId, proposalId),
    );
    expect(agreed.kind).toBe("conflict");
    await cancelMeeting(testApp.deps, actorFor(room.teacher), room.planId, proposalId, {
      sequence: "0",
    });
  });

  it("several proposals are listed newest first, each with when it was sent", async () => {
    const { room, proposalId } = await proposedInJanuary();
    const later = { ...testApp.deps, clock: () => new Date("2025-10-21T15:00:00.000Z") };
    const second = await proposeMeeting(later, actorFor(room.teacher), room.planId, {
      ...januaryTimes,
      firstTime: "2026-01-13T10:00",
    });

    const view = await readMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId);
    expect(view.proposals.map(({ id, proposedAt }) => ({ id, proposedAt }))).toEqual([
      { id: second.proposalId, proposedAt: "2025-10-21T15:00:00.000Z" },
      { id: proposalId, proposedAt: meetingNow.toISOString() },
    ]);
  });

  it("new times replace the ones the family has not answered: one set is open", async () => {
    const { room, proposalId } = await proposedInJanuary();
    await askForAnotherTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      note: "Afternoons, please",
    });

    const { replaced } = await proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
      ...januaryTimes,
      firstTime: "2026-01-13T16:00",
    });

    expect(replaced).toBe(1);
    const staffView = await readMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId);
    const statusOf = (id: string) => staffView.proposals.find((each) => each.id === id)?.status;
    expect(statusOf(proposalId)).toBe("withdrawn");
    expect(staffView.proposals.filter((each) => each.status === "proposed")).toHaveLength(1);
    const familyView = await readMeetingTimes(testApp.deps, actorFor(room.guardian), room.planId);
    expect(familyView.proposals.map((proposal) => proposal.status)).toEqual(["proposed"]);
    const events = await eventsOf(testApp.db, room.planId);
    expect(events.slice(-2).map((event) => event.kind)).toEqual([
      "meeting.withdrawn",
      "meeting.proposed",
    ]);
    // Gloria reads Spanish: only the second email says the earlier times are withdrawn.
    const asked = await emailsOfKind(testApp.db, room.district.id, "meeting.proposed");
    const bodies = asked.map((email) => email.row.text_body.replace(/\s+/g, " "));
    const replacing =
      "Estos horarios reemplazan a los que te enviamos antes, que quedan retirados.";
    expect(bodies).toHaveLength(2);
    expect(bodies.filter((body) => body.includes(replacing))).toHaveLength(1);
  });

  it("an agreed meeting stays when new times are proposed for another meeting", async () => {
    const { room, proposalId } = await proposedInJanuary();
    const family = actorFor(room.guardian);
    const [first] =
      (await readMeetingTimes(testApp.deps, family, room.planId)).proposals[0]?.times ?? [];
    await chooseMeetingTime(testApp.deps, family, room.planId, proposalId, { timeId: first?.id });

    const { replaced } = await proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
      ...januaryTimes,
      firstTime: "2026-01-13T16:00",
    });

    expect(replaced).toBe(0);
    const view = await readMeetingTimes(testApp.deps, family, room.planId);
    expect(view.proposals.map((proposal) => proposal.status).sort()).toEqual([
      "agreed",
      "proposed",
    ]);
  });

  it("of proposals sent at the same moment, only the last one stays open", async () => {
    // A family without an address: the race is about the proposals, not their sign-in links.
    const room = await createClassroom(testApp.db, { timeZone: "America/New_York" });
    const teacher = actorFor(room.teacher);
    const { planId } = await startPlan(testApp.deps, teacher, { studentId: room.student.id });
    const days = ["2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16", "2026-01-19"];

    await Promise.all(
      days.map((day) =>
        proposeMeeting(testApp.deps, teacher, planId, {
          ...januaryTimes,
          firstTime: `${day}T16:00`,
        }),
      ),
    );

    const view = await readMeetingTimes(testApp.deps, teacher, planId);
    const open = view.proposals.filter((proposal) => proposal.status === "proposed");
    expect(open).toHaveLength(1);
    expect(view.proposals).toHaveLength(days.length);
  });

  it("a time the clocks skip in spring is refused, naming the field", async () => {
    const room = await classroomForMeetings(testApp.db);

    const error = await failure(
      proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
        ...januaryTimes,
        firstTime: "2026-03-08T02:30",
      }),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems?.map((problem) => problem.field)).toEqual(["firstTime"]);
    expect(plainSpaces(error.problems?.[0]?.message)).toBe(
      "First time: 2:30 AM does not exist on March 8 in New York: clocks move forward; " +
        "choose another time.",
    );
    const rows = await testApp.db
      .selectFrom("meeting_proposals")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(rows).toEqual([]);
  });

  it("moving a meeting into the skipped hour is refused and the meeting stays", async () => {
    const { room, proposalId } = await proposedInJanuary();
    const family = actorFor(room.guardian);
    const [firstTime] =
      (await readMeetingTimes(testApp.deps, family, room.planId)).proposals[0]?.times ?? [];
    await chooseMeetingTime(testApp.deps, family, room.planId, proposalId, {
      timeId: firstTime?.id,
    });

    const error = await failure(
      rescheduleMeeting(testApp.deps, actorFor(room.teacher), room.planId, proposalId, {
        newTime: "2026-03-08T02:00",
      }),
    );

    expect(error.problems?.map((problem) => problem.field)).toEqual(["newTime"]);
    expect(plainSpaces(error.problems?.[0]?.message)).toContain(
      "New time: 2:00 AM does not exist on March 8 in New York",
    );
    const view = await readMeetingTimes(testApp.deps, family, room.planId);
    expect(view.proposals[0]?.startsAt).toBe("2026-01-11T15:00:00.000Z");
  });

  it("the repeated hour in autumn is still accepted, as its first occurrence", async () => {
    const room = await classroomForMeetings(testApp.db);

    await proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
      ...januaryTimes,
      firstTime: "2025-11-02T01:30",
    });

    const view = await readMeetingTimes(testApp.deps, actorFor(room.teacher), room.planId);
    expect(view.proposals[0]?.times[0]?.startsAt).toBe("2025-11-02T05:30:00.000Z");
  });
});
