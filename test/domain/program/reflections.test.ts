import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTeamReflections } from "../../../src/domain/reflections/read-team-reflections.ts";
import { recordTeamDecision } from "../../../src/domain/reflections/record-team-decision.ts";
import { schoolYearOf } from "../../../src/domain/reflections/school-year.ts";
import { writeReflection } from "../../../src/domain/reflections/write-reflection.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor, createClassroom, createPlan } from "../../support/factories.ts";
import { failure, planDeps } from "../../support/plans.ts";
import { checkIn, programNow } from "./program-school.ts";

describe("the school year of a day", () => {
  it("a day from August on belongs to the year ending next summer", () => {
    expect(schoolYearOf("2026-08-01")).toBe("2026-2027");
    expect(schoolYearOf("2026-07-31")).toBe("2025-2026");
    expect(schoolYearOf("2027-01-15")).toBe("2026-2027");
  });
});

describe.each(dialects)("reflections and team decisions on %s", (dialect) => {
  let database: TestDatabase;
  const deps = () => planDeps(database.db, programNow);
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  async function roomWithPlan(options: { checkedIn: boolean }) {
    const room = await createClassroom(database.db);
    const plan = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage: "checking_in",
    });
    if (options.checkedIn) {
      await checkIn(database.db, {
        plan: plan.id,
        districtId: room.district.id,
        dueOn: "2026-11-20",
        heldAt: "2026-11-20T15:00:00Z",
      });
    }
    return { ...room, planId: plan.id };
  }

  it("a teacher reflects on a plan after a check-in and the team reads it", async () => {
    const room = await roomWithPlan({ checkedIn: true });
    const form = { planId: room.planId, body: "Starting from Sam's strengths helped" };

    await writeReflection(deps(), actorFor(room.teacher), { schoolId: room.school.id, form });

    const team = await readTeamReflections(deps(), actorFor(room.administrator), undefined);
    expect(team.schoolYear).toBe("2026-2027");
    expect(team.reflections).toMatchObject([
      { body: "Starting from Sam's strengths helped", student: "Sam Example", planId: room.planId },
    ]);
    expect(team.plans.map((plan) => plan.id)).toEqual([room.planId]);
  });

  it("a reflection on a plan waits for its first check-in", async () => {
    const room = await roomWithPlan({ checkedIn: false });
    const form = { planId: room.planId, body: "Too early to say" };

    const error = await failure(
      writeReflection(deps(), actorFor(room.teacher), { schoolId: room.school.id, form }),
    );

    expect(error.kind).toBe("conflict");
    expect(error.publicMessage).toContain("first check-in");
  });

  it("a teacher may reflect on the year without choosing a plan", async () => {
    const room = await roomWithPlan({ checkedIn: false });
    const form = { planId: "", body: "Families came to more meetings in spring" };

    await writeReflection(deps(), actorFor(room.teacher), { schoolId: room.school.id, form });

    const team = await readTeamReflections(deps(), actorFor(room.teacher), room.school.id);
    expect(team.reflections).toMatchObject([{ planId: null, student: null }]);
  });

  it("an empty reflection is refused naming the field", async () => {
    const room = await roomWithPlan({ checkedIn: true });
    const form = { planId: "", body: "   " };

    const error = await failure(
      writeReflection(deps(), actorFor(room.teacher), { schoolId: room.school.id, form }),
    );

    expect(error.kind).toBe("invalid_input");
    expect(error.problems).toEqual([
      { field: "body", message: expect.stringContaining("Reflection") },
    ]);
  });

  it("the team records what it decided for next year", async () => {
    const room = await roomWithPlan({ checkedIn: true });
    const form = { body: "Invite families to the first meeting by phone" };

    await recordTeamDecision(deps(), actorFor(room.administrator), {
      schoolId: room.school.id,
      form,
    });

    const team = await readTeamReflections(deps(), actorFor(room.teacher), room.school.id);
    expect(team.decisions).toMatchObject([{ body: form.body }]);
  });

  it("students and families never read or write the team's reflections", async () => {
    const room = await roomWithPlan({ checkedIn: true });
    const form = { planId: "", body: "I liked it" };

    const student = await failure(readTeamReflections(deps(), actorFor(room.student), undefined));
    const family = await failure(
      writeReflection(deps(), actorFor(room.guardian), { schoolId: room.school.id, form }),
    );

    expect(student.kind).toBe("forbidden");
    expect(family.kind).toBe("forbidden");
  });

  it("an administrator of another district cannot write to this school", async () => {
    const room = await roomWithPlan({ checkedIn: true });
    const elsewhere = await createClassroom(database.db);
    const form = { body: "Not ours" };

    const error = await failure(
      recordTeamDecision(deps(), actorFor(elsewhere.administrator), {
        schoolId: room.school.id,
        form,
      }),
    );

    expect(error.kind).toBe("not_found");
  });
});
