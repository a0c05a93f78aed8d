import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import { slices } from "../../src/db/slices.ts";

/*
 * Schools past the student list's bounds: hundreds of classes or students at once, written in a
 * few statements rather than one factory call each.
 */

type Db = Kysely<Database>;

const stamp = () => new Date().toISOString();

/**
 * Classes of one school, the nth titled `title(n)`, with class code `code(n)` (none without)
 * and roster id `rosterId(n)` (else one made of the school's id and n).
 */
export async function createManyClasses(
  db: Db,
  options: {
    districtId: string;
    schoolId: string;
    count: number;
    title: (n: number) => string;
    code?: (n: number) => string;
    rosterId?: (n: number) => string;
  },
) {
  const rows = Array.from({ length: options.count }, (_, n) => ({
    id: randomUUID(),
    district_id: options.districtId,
    school_id: options.schoolId,
    // Not the school's random id first: a typed digit would then find every class one run in 16.
    source_id: options.rosterId ? options.rosterId(n) : `roster-${n}-${options.schoolId}`,
    title: options.title(n),
    class_code: options.code ? options.code(n) : null,
    grades: null,
    active: 1,
    created_at: stamp(),
    updated_at: stamp(),
  }));
  for (const part of slices(rows)) await db.insertInto("classes").values(part).execute();

  return rows.map((row) => ({ id: row.id, title: row.title }));
}

/** Students listed at the school, each actively enrolled in the class. */
export async function enrollManyStudents(
  db: Db,
  options: { districtId: string; schoolId: string; classId: string; count: number },
) {
  const people = Array.from({ length: options.count }, (_, n) => ({
    id: randomUUID(),
    district_id: options.districtId,
    source_id: null,
    role: "student" as const,
    given_name: "Many",
    family_name: `Student ${n}`,
    preferred_name: null,
    email: null,
    phone: null,
    grades: null,
    preferred_locale: null,
    active: 1,
    auth_user_id: null,
    created_at: stamp(),
    updated_at: stamp(),
  }));
  for (const part of slices(people)) {
    await db.insertInto("people").values(part).execute();
    await db
      .insertInto("person_schools")
      .values(
        part.map((person) => ({
          person_id: person.id,
          school_id: options.schoolId,
          district_id: options.districtId,
        })),
      )
      .execute();
    await db
      .insertInto("enrollments")
      .values(
        part.map((person) => ({
          id: randomUUID(),
          district_id: options.districtId,
          source_id: null,
          class_id: options.classId,
          person_id: person.id,
          role: "student" as const,
          active: 1,
          created_at: stamp(),
          updated_at: stamp(),
        })),
      )
      .execute();
  }

  return people.map((person) => person.id);
}

/** A check-in still to hold on the plan, due on the day. */
export async function addPendingCheckIn(
  db: Db,
  options: { districtId: string; planId: string; dueOn: string },
) {
  await db
    .insertInto("check_ins")
    .values({
      id: randomUUID(),
      district_id: options.districtId,
      plan_id: options.planId,
      due_on: options.dueOn,
      held_at: null,
      note: null,
      recorded_by: null,
      created_at: stamp(),
    })
    .execute();
}
