import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  reminderIsDue,
  sendCheckInReminders,
} from "../../../src/domain/check-ins/send-reminders.ts";
import { createLogger } from "../../../src/logger.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createClassroom, createPlan } from "../../support/factories.ts";

describe("when a check-in's reminder is due", () => {
  const newYork = (dueOn: string) => ({ dueOn, timeZone: "America/New_York" });

  it("from 7 in the morning of the day before, in the school's time zone", () => {
    // 11:00 in New York on Monday 10 March 2025 (a day after clocks went forward).
    const mondayMorning = new Date("2025-03-10T15:00:00Z");
    expect(reminderIsDue(newYork("2025-03-11"), mondayMorning)).toBe(true);
    expect(reminderIsDue(newYork("2025-03-12"), mondayMorning)).toBe(false);
    // 6:30 in New York: still too early.
    expect(reminderIsDue(newYork("2025-03-11"), new Date("2025-03-10T10:30:00Z"))).toBe(false);
  });

  it("on the day itself when the day-before reminder was missed", () => {
    expect(reminderIsDue(newYork("2025-03-10"), new Date("2025-03-10T15:00:00Z"))).toBe(true);
    expect(reminderIsDue(newYork("2025-03-09"), new Date("2025-03-10T15:00:00Z"))).toBe(false);
  });

  it("by the school's calendar, not the server's: Monday evening in Los Angeles is Tuesday in UTC", () => {
    const mondayEveningLosAngeles = new Date("2025-03-11T03:00:00Z");
    const losAngeles = (dueOn: string) => ({ dueOn, timeZone: "America/Los_Angeles" });
    expect(reminderIsDue(losAngeles("2025-03-11"), mondayEveningLosAngeles)).toBe(true);
    expect(reminderIsDue(losAngeles("2025-03-12"), mondayEveningLosAngeles)).toBe(false);
  });
});

describe.each(dialects)("check-in reminders on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  const mondayMorning = new Date("2025-03-10T15:00:00Z");
  const deps = (now: Date = mondayMorning) => ({
    db: database.db,
    config: { baseUrl: "https://maps.example.org" },
    clock: () => now,
    log: createLogger("silent"),
  });

  /** A classroom whose people have addresses, and an agreed plan with a pending check-in. */
  async function planWithCheckIn(dueOn: string, stage: "agreed" | "closed" = "agreed") {
    const room = await createClassroom(database.db, { timeZone: "America/New_York" });
    for (const [person, address, locale] of [
      [room.student, "sam@school.example", null],
      [room.guardian, "gloria@home.example", "es-MX"],
      [room.teacher, "tamara@school.example", "en"],
    ] as const) {
      await database.db
        .updateTable("people")
        .set({ email: address, preferred_locale: locale })
        .where("id", "=", person.id)
        .execute();
    }
    const plan = await createPlan(database.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      stage,
    });
    const checkInId = `check-in-${plan.id}`;
    await database.db
      .insertInto("check_ins")
      .values({
        id: checkInId,
        district_id: room.district.id,
        plan_id: plan.id,
        due_on: dueOn,
        held_at: null,
        note: null,
        recorded_by: null,
        created_at: "2025-02-24T15:00:00.000Z",
      })
      .execute();

    return { room, planId: plan.id, checkInId };
  }

  const remindersOf = (districtId: string) =>
    database.db
      .selectFrom("outbox_emails")
      .select(["to_address", "subject", "text_body", "kind"])
      .where("district_id", "=", districtId)
      .where("kind", "=", "check-in.reminder")
      .orderBy("to_address")
      .execute();

  it("reminds the student, the family and the teacher, each in their language", async () => {
    const { room, planId } = await planWithCheckIn("2025-03-11");

    await sendCheckInReminders(deps());

    const emails = await remindersOf(room.district.id);
    expect(emails.map((email) => email.to_address)).toEqual([
      "gloria@home.example",
      "sam@school.example",
      "tamara@school.example",
    ]);
    const [family, student, teacher] = emails;
    expect(family?.subject).toBe(
      "Seguimiento mañana: Plan de Acción de Matemáticas de Sam Example",
    );
    expect(family?.text_body).toContain("martes, 11 de marzo de 2025");
    expect(family?.text_body).toContain("qué salió bien");
    expect(student?.text_body).toContain("what went well");
    expect(teacher?.text_body).not.toContain("what went well");
    expect(teacher?.text_body).toContain(`https://maps.example.org/plans/${planId}`);
  });

  it("sends each reminder once, across rounds, restarts and two processes at the same time", async () => {
    const { room } = await planWithCheckIn("2025-03-11");

    const [first, second] = await Promise.all([
      sendCheckInReminders(deps()),
      sendCheckInReminders(deps()),
    ]);
    const later = await sendCheckInReminders(deps(new Date("2025-03-11T13:00:00Z")));

    expect((await remindersOf(room.district.id)).length).toBe(3);
    expect(later).toBe(0);
    expect(first + second).toBe(3);
  });

  it("leaves alone check-ins further off, already held, or of closed plans", async () => {
    const later = await planWithCheckIn("2025-03-13");
    const closed = await planWithCheckIn("2025-03-11", "closed");
    const held = await planWithCheckIn("2025-03-11");
    await database.db
      .updateTable("check_ins")
      .set({ held_at: "2025-03-10T14:00:00.000Z" })
      .where("id", "=", held.checkInId)
      .execute();

    await sendCheckInReminders(deps());

    for (const { room } of [later, closed, held]) {
      expect(await remindersOf(room.district.id)).toEqual([]);
    }
  });
});
