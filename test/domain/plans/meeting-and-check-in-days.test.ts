import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreePlan } from "../../../src/domain/plans/agree-plan.ts";
import { correctMeeting } from "../../../src/domain/plans/correct-meeting.ts";
import { readPlan } from "../../../src/domain/plans/read-plan.ts";
import { recordCheckIn } from "../../../src/domain/plans/record-check-in.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import {
  agreedPlanWithActions,
  classroomWithPlan,
  failure,
  planDeps,
} from "../../support/plans.ts";

/*
 * A year typed as 1900 or 9999 is refused at its field, with the days that would do. The clock
 * stands at Monday 10 March 2025, 11:00 in New York, so the plan's school year began on
 * 1 August 2024: a meeting can be recorded from 1 August 2023 to today, 10 March 2025, and a
 * check-in planned up to 10 March 2026.
 */

const recordedDays = "must be a day from Aug 1, 2023 to Mar 10, 2025";

describe.each(dialects)("the days meetings and check-ins may fall on, on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const meeting = (startsAt: string) => ({ startsAt, place: "Room 12" });

  async function refused(promise: Promise<unknown>) {
    const error = await failure(promise);
    expect(error.kind).toBe("invalid_input");
    return error.problems;
  }

  it("a meeting dated 1900, 9999 or after today at school is refused, naming days", async () => {
    const room = await classroomWithPlan(database.db);
    const teacher = actorFor(room.teacher);

    for (const startsAt of ["1900-01-01T10:00", "9999-12-31T10:00", "2025-03-11T09:00"]) {
      const problems = await refused(
        recordMeeting(planDeps(database.db), teacher, room.planId, meeting(startsAt)),
      );
      expect(problems?.map((problem) => problem.field)).toEqual(["startsAt"]);
      expect(problems?.[0]?.message).toBe(
        `Date and time ${recordedDays}: record a meeting once it has happened. To plan one ` +
          "ahead, propose times on the meeting times page.",
      );
    }
    const view = await readPlan(planDeps(database.db), teacher, room.planId);
    expect(view.meetings).toEqual([]);
  });

  it("a meeting on the first or the last day of the window is recorded", async () => {
    const room = await classroomWithPlan(database.db);
    const teacher = actorFor(room.teacher);

    for (const startsAt of ["2023-08-01T09:00", "2025-03-10T08:30", "2023-07-31T23:59"]) {
      const recorded = recordMeeting(planDeps(database.db), teacher, room.planId, {
        ...meeting(startsAt),
      });
      if (startsAt.startsWith("2023-07")) await refused(recorded);
      else await recorded;
    }

    const view = await readPlan(planDeps(database.db), teacher, room.planId);
    expect(view.meetings).toHaveLength(2);
    expect(view.meetingDays).toEqual({ earliest: "2023-08-01", latest: "2025-03-10" });
  });

  it("a correction to a far-off date is refused and the record stays as it was", async () => {
    const room = await classroomWithPlan(database.db);
    const deps = planDeps(database.db);
    const teacher = actorFor(room.teacher);
    const { meetingId } = await recordMeeting(deps, teacher, room.planId, {
      ...meeting("2025-03-10T09:00"),
    });

    const problems = await refused(
      correctMeeting(
        deps,
        teacher,
        { planId: room.planId, meetingId },
        {
          ...meeting("9999-03-10T09:00"),
          seen: "1",
        },
      ),
    );

    expect(problems?.[0]?.message).toContain(recordedDays);
    const view = await readPlan(deps, teacher, room.planId);
    expect(view.meetings[0]).toMatchObject({ startsAt: "2025-03-10T13:00:00.000Z", version: 1 });
  });

  it("a teacher who reads Arabic is told the days in Arabic", async () => {
    const room = await classroomWithPlan(database.db);
    const teacher = { ...actorFor(room.teacher), locale: "ar" };

    const problems = await refused(
      recordMeeting(planDeps(database.db), teacher, room.planId, meeting("1900-01-01T10:00")),
    );

    expect(problems?.[0]?.message).toMatch(/^يجب أن يكون .+ يومًا من .+ إلى .+/);
    expect(problems?.[0]?.message).not.toContain("Aug");
  });

  it("a next check-in in 2099 is refused; one a year from today is planned", async () => {
    const room = await agreedPlanWithActions(database.db);
    const teacher = actorFor(room.teacher);

    const problems = await refused(
      recordCheckIn(planDeps(database.db), teacher, room.planId, { nextCheckInOn: "2099-03-10" }),
    );

    expect(problems).toEqual([
      {
        field: "nextCheckInOn",
        message: "Next check-in must be no later than Mar 10, 2026, a year from today.",
      },
    ]);
    const { nextCheckInOn } = await recordCheckIn(planDeps(database.db), teacher, room.planId, {
      nextCheckInOn: "2026-03-10",
    });
    expect(nextCheckInOn).toBe("2026-03-10");
  });

  it("a first check-in more than a year ahead is refused when the plan is agreed", async () => {
    const room = await classroomWithPlan(database.db);

    const problems = await refused(
      agreePlan(planDeps(database.db), actorFor(room.teacher), room.planId, {
        firstCheckInOn: "2026-03-11",
      }),
    );

    expect(problems?.map((problem) => problem.field)).toEqual(["firstCheckInOn"]);
    expect(problems?.[0]?.message).toContain("no later than Mar 10, 2026");
  });
});
