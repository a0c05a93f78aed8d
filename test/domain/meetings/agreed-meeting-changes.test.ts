import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseMeetingTime } from "../../../src/domain/meetings/answer-meeting.ts";
import {
  cancelMeeting,
  readAgreedMeeting,
  rescheduleMeeting,
} from "../../../src/domain/meetings/change-agreed-meeting.ts";
import { proposeMeeting } from "../../../src/domain/meetings/propose-meeting.ts";
import {
  readMeetingTimes,
  upcomingAgreedMeetings,
} from "../../../src/domain/meetings/read-meeting-times.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { eventsOf, failure } from "../../support/plans.ts";
import { classroomForMeetings, emailsOfKind, meetingNow } from "./meeting-flow.ts";

/*
 * What a proposal may hold (its length, times within the coming year), an agreed meeting on the
 * plan itself, and moving or cancelling it only when that is what the teacher meant. The clock
 * stands at Monday 20 October 2025, 11:00 in New York.
 */

const times = {
  firstTime: "2025-10-31T16:00",
  secondTime: "2025-11-03T16:00",
  place: "Room 12",
};

describe.each(dialects)("agreed meetings and what changes them, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** Times proposed, and the family chose the first: Friday 31 October, 4 PM. */
  async function agreedMeeting(proposal: Record<string, string> = {}) {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);
    const { proposalId } = await proposeMeeting(testApp.deps, teacher, room.planId, {
      ...times,
      ...proposal,
    });
    const family = actorFor(room.guardian);
    const view = await readMeetingTimes(testApp.deps, family, room.planId);
    const timeId = view.proposals[0]?.times[0]?.id;
    await chooseMeetingTime(testApp.deps, family, room.planId, proposalId, { timeId });

    return { room, teacher, proposalId };
  }

  const problemOf = async (promise: Promise<unknown>) => {
    const error = await failure(promise);
    expect(error.kind).toBe("invalid_input");
    return error.problems;
  };

  it("a meeting length outside 10 to 180 minutes is refused, naming the range", async () => {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);

    for (const durationMinutes of ["5", "181", "45.5", "half an hour"]) {
      const problems = await problemOf(
        proposeMeeting(testApp.deps, teacher, room.planId, { ...times, durationMinutes }),
      );
      expect(problems).toEqual([
        {
          field: "durationMinutes",
          message: "Length in minutes must be a whole number from 10 to 180.",
        },
      ]);
    }
    await proposeMeeting(testApp.deps, teacher, room.planId, { ...times, durationMinutes: "" });
    await proposeMeeting(testApp.deps, teacher, room.planId, { ...times, durationMinutes: "180" });
    const view = await readMeetingTimes(testApp.deps, teacher, room.planId);
    const lengths = view.proposals.map((proposal) => proposal.durationMinutes);
    expect(lengths.sort((a, b) => a - b)).toEqual([30, 180]);
  });

  it("a teacher who reads Vietnamese is told the range in Vietnamese", async () => {
    const room = await classroomForMeetings(testApp.db);
    const teacher = { ...actorFor(room.teacher), locale: "vi" };

    const problems = await problemOf(
      proposeMeeting(testApp.deps, teacher, room.planId, { ...times, durationMinutes: "200" }),
    );

    expect(problems?.[0]?.message).toBe("Thời lượng (phút) phải là một số nguyên từ 10 đến 180.");
  });

  it("times more than a year ahead, such as 9999, are refused at their field", async () => {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);

    for (const [field, label, time] of [
      ["secondTime", "Second time", "9999-01-04T16:00"],
      ["firstTime", "First time", "2026-10-21T09:00"],
    ] as const) {
      const problems = await problemOf(
        proposeMeeting(testApp.deps, teacher, room.planId, { ...times, [field]: time }),
      );
      expect(problems).toEqual([
        {
          field,
          message: `${label} must be no later than Oct 20, 2026, a year from today.`,
        },
      ]);
    }
    // A year from today is still within the year.
    await proposeMeeting(testApp.deps, teacher, room.planId, {
      ...times,
      firstTime: "2026-10-20T16:00",
    });
    const rows = await testApp.db
      .selectFrom("meeting_proposals")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("a time past, one a year off and no place are all named in one answer", async () => {
    const room = await classroomForMeetings(testApp.db);

    const problems = await problemOf(
      proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
        firstTime: "2025-10-01T16:00",
        secondTime: "9999-01-04T16:00",
        place: "",
      }),
    );

    expect(problems).toEqual([
      { field: "firstTime", message: "First time has to be later than now." },
      {
        field: "secondTime",
        message: "Second time must be no later than Oct 20, 2026, a year from today.",
      },
      { field: "place", message: "Please give a place, a video link, or both." },
    ]);
  });

  it("moving a meeting to the time it already has changes nothing and emails no one", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();
    const before = await eventsOf(testApp.db, room.planId);

    const moved = await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: times.firstTime,
    });

    expect(moved).toEqual({ moved: false });
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toEqual([]);
    expect(await eventsOf(testApp.db, room.planId)).toEqual(before);
    const view = await readMeetingTimes(testApp.deps, teacher, room.planId);
    expect(view.proposals[0]).toMatchObject({ status: "agreed", sequence: 0 });
  });

  it("a meeting moved to another time still sends the update", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();

    const moved = await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-10-31T16:30",
      sequence: "0",
    });

    expect(moved).toEqual({ moved: true });
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toHaveLength(3);
  });

  it("the moved meeting's email gives the time it had and the time it has now", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();

    await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-03T16:30",
      sequence: "0",
    });

    const updates = await emailsOfKind(testApp.db, room.district.id, "meeting.update");
    const english = updates.find((email) => email.row.to_address.startsWith("tamara"));
    const words = english?.row.text_body.replace(/\s+/g, " ") ?? "";
    expect(words).toMatch(/It was on Friday, October 31, 2025(,| at) 4:00\sPM; it is now on /);
    expect(words).toMatch(/it is now on Monday, November 3, 2025(,| at) 4:30\sPM\./);
  });

  it("a move or cancel whose page version is missing or damaged is refused as stale", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();
    const move = (sequence: string | undefined) =>
      failure(
        rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
          newTime: "2025-11-03T16:00",
          ...(sequence === undefined ? {} : { sequence }),
        }),
      );

    for (const sequence of [undefined, "", "abc", "-1", "1e3", "99999999999999999999"]) {
      expect((await move(sequence)).kind).toBe("conflict");
    }
    const cancel = await failure(
      cancelMeeting(testApp.deps, teacher, room.planId, proposalId, { sequence: "x" }),
    );
    expect(cancel.kind).toBe("conflict");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toEqual([]);
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toEqual([]);
  });

  it("a meeting is not moved more than a year ahead", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();

    const problems = await problemOf(
      rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
        newTime: "2099-10-31T16:00",
      }),
    );

    expect(problems).toEqual([
      {
        field: "newTime",
        message: "New time must be no later than Oct 20, 2026, a year from today.",
      },
    ]);
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toEqual([]);
  });

  it("a cancellation confirmed for a meeting moved meanwhile cancels nothing", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();
    const confirmed = await readAgreedMeeting(testApp.deps, teacher, room.planId, proposalId);
    await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-03T16:00",
      sequence: "0",
    });

    const error = await failure(
      cancelMeeting(testApp.deps, teacher, room.planId, proposalId, {
        sequence: String(confirmed.proposal.sequence),
      }),
    );

    expect(error.kind).toBe("conflict");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toEqual([]);
    const now = await readAgreedMeeting(testApp.deps, teacher, room.planId, proposalId);
    await cancelMeeting(testApp.deps, teacher, room.planId, proposalId, {
      sequence: String(now.proposal.sequence),
    });
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toHaveLength(3);
  });

  it("a move sent from a page opened before another move is refused; nothing is sent", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();
    const opened = await readAgreedMeeting(testApp.deps, teacher, room.planId, proposalId);
    const seen = String(opened.proposal.sequence);
    await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-03T16:00",
      sequence: seen,
    });

    const error = await failure(
      rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
        newTime: "2025-11-04T16:00",
        sequence: seen,
      }),
    );

    expect(error.kind).toBe("conflict");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toHaveLength(3);
    const now = await readAgreedMeeting(testApp.deps, teacher, room.planId, proposalId);
    expect(now.proposal).toMatchObject({ startsAt: "2025-11-03T21:00:00.000Z", sequence: 1 });
    const again = await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-04T16:00",
      sequence: String(now.proposal.sequence),
    });
    expect(again).toEqual({ moved: true });
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.update")).toHaveLength(6);
  });

  it("a stale move to the very time the meeting was moved to changes nothing", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();
    await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-03T16:00",
      sequence: "0",
    });

    const moved = await rescheduleMeeting(testApp.deps, teacher, room.planId, proposalId, {
      newTime: "2025-11-03T16:00",
      sequence: "0",
    });

    expect(moved).toEqual({ moved: false });
  });

  it("only the plan's staff open a cancellation, and only while it is agreed", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();

    const family = await failure(
      readAgreedMeeting(testApp.deps, actorFor(room.guardian), room.planId, proposalId),
    );
    expect(family.kind).toBe("forbidden");

    await cancelMeeting(testApp.deps, teacher, room.planId, proposalId, { sequence: "0" });
    const again = await failure(readAgreedMeeting(testApp.deps, teacher, room.planId, proposalId));
    expect(again.kind).toBe("conflict");
  });

  it("the plan shows an agreed meeting to everyone on it until the meeting is over", async () => {
    const { room, proposalId } = await agreedMeeting({ durationMinutes: "45" });
    const agreed = {
      proposalId,
      startsAt: "2025-10-31T20:00:00.000Z",
      durationMinutes: 45,
      place: "Room 12",
      videoUrl: null,
    };

    for (const person of [room.guardian, room.student, room.teacher]) {
      const view = await readPlan(testApp.deps, actorFor(person), room.planId);
      expect(view.agreedMeetings).toEqual([agreed]);
    }
    const during = { ...testApp.deps, clock: () => new Date("2025-10-31T20:44:00.000Z") };
    expect(await upcomingAgreedMeetings(during, room.planId)).toEqual([agreed]);
    const after = { ...testApp.deps, clock: () => new Date("2025-10-31T20:45:00.000Z") };
    expect(await upcomingAgreedMeetings(after, room.planId)).toEqual([]);
  });

  it("a cancelled meeting, or times not yet chosen, are not shown as agreed", async () => {
    const { room, teacher, proposalId } = await agreedMeeting();
    await proposeMeeting(testApp.deps, teacher, room.planId, times);

    await cancelMeeting(testApp.deps, teacher, room.planId, proposalId, { sequence: "0" });

    const view = await readPlan(testApp.deps, actorFor(room.guardian), room.planId);
    expect(view.agreedMeetings).toEqual([]);
  });
});
