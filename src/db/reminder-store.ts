import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

type Db = Kysely<Database>;

const contactColumns = [
  "people.id",
  "people.role",
  "people.given_name",
  "people.family_name",
  "people.preferred_name",
  "people.email",
  "people.preferred_locale",
] as const;

/**
 * Check-ins not yet held, of plans still in their check-in stages, due on one of these days.
 * The caller narrows them to the ones due tomorrow (or today) in each school's own time zone.
 */
export async function listPendingCheckInsDue(db: Db, days: { from: string; to: string }) {
  return db
    .selectFrom("check_ins")
    .innerJoin("plans", "plans.id", "check_ins.plan_id")
    .innerJoin("schools", "schools.id", "plans.school_id")
    .innerJoin("people as student", "student.id", "plans.student_id")
    .select([
      "check_ins.id",
      "check_ins.due_on",
      "check_ins.district_id",
      "plans.id as plan_id",
      "plans.student_id",
      "schools.name as school_name",
      "schools.time_zone",
      "student.given_name as student_given_name",
      "student.family_name as student_family_name",
      "student.preferred_name as student_preferred_name",
    ])
    .where("check_ins.held_at", "is", null)
    .where("check_ins.due_on", ">=", days.from)
    .where("check_ins.due_on", "<=", days.to)
    .where("plans.stage", "in", ["agreed", "checking_in"])
    .where("student.active", "=", 1)
    .orderBy("check_ins.due_on")
    .orderBy("check_ins.id")
    .execute();
}

/** Everyone a check-in concerns: the student, the family and the student's current teachers. */
export async function listCheckInParticipants(db: Db, districtId: string, studentId: string) {
  const student = db
    .selectFrom("people")
    .select(contactColumns)
    .where("people.id", "=", studentId)
    .where("people.district_id", "=", districtId);
  const family = db
    .selectFrom("guardian_links")
    .innerJoin("people", "people.id", "guardian_links.guardian_id")
    .select(contactColumns)
    .where("guardian_links.district_id", "=", districtId)
    .where("guardian_links.student_id", "=", studentId)
    .where("guardian_links.active", "=", 1);
  const teachers = db
    .selectFrom("enrollments as learner")
    .innerJoin("classes", "classes.id", "learner.class_id")
    .innerJoin("enrollments as taught", "taught.class_id", "classes.id")
    .innerJoin("people", "people.id", "taught.person_id")
    .select(contactColumns)
    .where("learner.district_id", "=", districtId)
    .where("learner.person_id", "=", studentId)
    .where("learner.role", "=", "student")
    .where("learner.active", "=", 1)
    .where("classes.active", "=", 1)
    .where("taught.role", "=", "teacher")
    .where("taught.active", "=", 1);

  const rows = [
    ...(await student.where("people.active", "=", 1).execute()),
    ...(await family.where("people.active", "=", 1).execute()),
    ...(await teachers.where("people.active", "=", 1).execute()),
  ];
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}

/**
 * Claims the reminder of one check-in for one person. The primary key makes the claim: of two
 * processes trying at once, one inserts and the other finds the row there and gets false.
 */
export async function claimReminder(
  db: Db,
  reminder: { checkInId: string; personId: string; districtId: string; now: string },
) {
  const result = await db
    .insertInto("check_in_reminders")
    .values({
      check_in_id: reminder.checkInId,
      person_id: reminder.personId,
      district_id: reminder.districtId,
      created_at: reminder.now,
    })
    .onConflict((conflict) => conflict.columns(["check_in_id", "person_id"]).doNothing())
    .executeTakeFirst();

  return BigInt(result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
