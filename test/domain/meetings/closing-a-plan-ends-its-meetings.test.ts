import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseMeetingTime } from "../../../src/domain/meetings/answer-meeting.ts";
import { proposeMeeting } from "../../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../../src/domain/meetings/read-meeting-times.ts";
import { closePlan } from "../../../src/domain/plans/close-plan.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { eventsOf } from "../../support/plans.ts";
import { classroomForMeetings, emailsOfKind, meetingNow } from "./meeting-flow.ts";

/*
 * A plan closed with a meeting still to come used to keep showing the meeting, which could
 * then no longer be moved or cancelled. Closing now cancels it for everyone, as a cancel does,
 * and withdraws times the family has not answered, in the close's own transaction. The clock
 * stands at Monday 20 October 2025, 11:00 in New York.
 */

describe.each(dialects)("closing a plan ends its meetings still to come, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** The family chose Friday 31 October, 4 PM; later times were proposed and not answered. */
  async function planWithAgreedAndOpenTimes() {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);
    const family = actorFor(room.guardian);
    const times = {
      firstTime: "2025-10-31T16:00",
      secondTime: "2025-11-03T16:00",
      place: "Room 12",
      videoLink: "https://meet.example/plan",
    };
    const agreed = await proposeMeeting(testApp.deps, teacher, room.planId, times);
    const [friday] =
      (await readMeetingTimes(testApp.deps, family, room.planId)).proposals[0]?.times ?? [];
    await chooseMeetingTime(testApp.deps, family, room.planId, agreed.proposalId, {
      timeId: friday?.id,
    });
    const open = await proposeMeeting(testApp.deps, teacher, room.planId, {
      ...times,
      firstTime: "2025-12-01T16:00",
      secondTime: "2025-12-02T16:00",
    });

    return { room, teacher, agreedId: agreed.proposalId, openId: open.proposalId };
  }

  it("a teacher closing the plan cancels the agreed meeting and tells everyone", async () => {
    const { room, teacher, agreedId } = await planWithAgreedAndOpenTimes();

    await closePlan(testApp.deps, teacher, room.planId);

    const cancellations = await emailsOfKind(testApp.db, room.district.id, "meeting.cancel");
    expect(cancellations.map((email) => email.row.to_address).sort()).toEqual(
      [room.guardian.id, room.student.id, room.teacher.id].map((id) => room.emailOf(id)).sort(),
    );
    for (const email of cancellations) {
      expect(email.calendar?.method).toBe("CANCEL");
      expect(email.calendar?.events[0]).toMatchObject({
        uid: `meeting-${agreedId}@localhost`,
        sequence: 1,
        start: "2025-10-31T20:00:00.000Z",
      });
    }
    const family = cancellations.find((email) => email.row.to_address.startsWith("gloria"));
    expect(family?.row.subject).toContain("Reunión cancelada");
    expect(family?.row.text_body).toContain(
      "se cerró, así que la reunión sobre él queda cancelada",
    );
    const teacherEmail = cancellations.find((email) => email.row.to_address.startsWith("tamara"));
    const words = teacherEmail?.row.text_body.replace(/\s+/g, " ") ?? "";
    expect(words).toContain("has been closed, so the meeting about it is cancelled.");
    expect(words).toContain("can take the meeting off your calendar from this message.");
    expect(words).not.toContain("add the meeting");
  });

  it("the family members asked to choose a time hear the open times are withdrawn", async () => {
    const { room, teacher } = await planWithAgreedAndOpenTimes();

    await closePlan(testApp.deps, teacher, room.planId);

    const withdrawn = await emailsOfKind(testApp.db, room.district.id, "meeting.withdrawn");
    expect(withdrawn.map((email) => email.row.to_address)).toEqual([
      room.emailOf(room.guardian.id),
    ]);
    const [email] = withdrawn;
    // Gloria reads Spanish: the times are those of the open proposal, in her words.
    expect(email?.row.subject).toContain("Horarios de reunión retirados");
    const words = email?.row.text_body.replace(/\s+/g, " ") ?? "";
    expect(words).toContain("se cerró, así que los horarios de reunión que propuso");
    expect(words).toMatch(/lunes, 1 de diciembre de 2025/);
    expect(words).toMatch(/martes, 2 de diciembre de 2025/);
    expect(email?.calendar).toBeNull();
  });

  it("a plan closed with no open times emails no one about withdrawn times", async () => {
    const room = await classroomForMeetings(testApp.db);

    await closePlan(testApp.deps, actorFor(room.teacher), room.planId);

    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.withdrawn")).toEqual([]);
  });

  it("the family sees what became of each proposal of the closed plan, no video link", async () => {
    const { room, teacher, agreedId, openId } = await planWithAgreedAndOpenTimes();
    const family = actorFor(room.guardian);
    const before = await readMeetingTimes(testApp.deps, family, room.planId);
    expect(before.proposals.map((proposal) => proposal.joinable)).toEqual([true, true]);

    await closePlan(testApp.deps, teacher, room.planId);

    const view = await readMeetingTimes(testApp.deps, family, room.planId);
    expect(view.plan.closedAt).toBe(meetingNow.toISOString());
    const shown = view.proposals.map(({ id, status, endedWithPlan, joinable }) => ({
      id,
      status,
      endedWithPlan,
      joinable,
    }));
    // Both were proposed at the clock's one instant, so their order is not the point here.
    expect(shown.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { id: agreedId, status: "cancelled", endedWithPlan: true, joinable: false },
      { id: openId, status: "withdrawn", endedWithPlan: true, joinable: false },
    ]);
  });

  it("the meeting is cancelled and the open times withdrawn, each in the history", async () => {
    const { room, teacher, agreedId, openId } = await planWithAgreedAndOpenTimes();

    await closePlan(testApp.deps, teacher, room.planId);

    const view = await readMeetingTimes(testApp.deps, teacher, room.planId);
    const statusOf = (id: string) => view.proposals.find((each) => each.id === id)?.status;
    expect([statusOf(agreedId), statusOf(openId)]).toEqual(["cancelled", "withdrawn"]);
    expect(view.may).toEqual({ propose: false, answer: false });
    const events = await eventsOf(testApp.db, room.planId);
    expect(events.slice(-3).map((event) => event.kind)).toEqual([
      "meeting.cancelled",
      "meeting.withdrawn",
      "plan.closed",
    ]);
    expect(JSON.parse(events.at(-3)?.summary ?? "{}")).toMatchObject({
      proposalId: agreedId,
      startsAt: "2025-10-31T20:00:00.000Z",
      reason: "planClosed",
    });
    expect(JSON.parse(events.at(-2)?.summary ?? "{}")).toMatchObject({
      proposalId: openId,
      reason: "planClosed",
    });
  });

  it("the closed plan shows the family no meeting still to come", async () => {
    const { room, teacher } = await planWithAgreedAndOpenTimes();
    const before = await readPlan(testApp.deps, actorFor(room.guardian), room.planId);
    expect(before.agreedMeetings).toHaveLength(1);

    await closePlan(testApp.deps, teacher, room.planId);

    const after = await readPlan(testApp.deps, actorFor(room.guardian), room.planId);
    expect(after.agreedMeetings).toEqual([]);
  });

  it("a plan closed earlier with its meeting still agreed shows no meeting to come", async () => {
    const { room } = await planWithAgreedAndOpenTimes();
    await testApp.db
      .updateTable("plans")
      .set({ stage: "closed", closed_at: meetingNow.toISOString() })
      .where("id", "=", room.planId)
      .execute();

    const view = await readPlan(testApp.deps, actorFor(room.guardian), room.planId);

    expect(view.agreedMeetings).toEqual([]);
  });

  it("a meeting already held is left as it was, and no one is emailed about it", async () => {
    const { room, teacher, agreedId } = await planWithAgreedAndOpenTimes();
    const afterTheMeeting = { ...testApp.deps, clock: () => new Date("2025-11-10T15:00:00Z") };

    const held = await readMeetingTimes(afterTheMeeting, teacher, room.planId);
    expect(held.proposals.find((each) => each.id === agreedId)?.joinable).toBe(false);

    await closePlan(afterTheMeeting, teacher, room.planId);

    const view = await readMeetingTimes(testApp.deps, teacher, room.planId);
    expect(view.proposals.find((each) => each.id === agreedId)?.status).toBe("agreed");
    expect(await emailsOfKind(testApp.db, room.district.id, "meeting.cancel")).toEqual([]);
  });
});
