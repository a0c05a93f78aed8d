import type { Insertable, Kysely } from "kysely";
import type {
  Database,
  DistrictTable,
  PersonSchoolTable,
  PersonTable,
  SchoolTable,
} from "./schema.ts";

/*
 * Districts and schools: the first run that creates them, the demo school, and the settings an
 * administrator keeps (name, Math Vision, time zone, check-in cadence). Callers pass the
 * database or a transaction.
 */

type Db = Kysely<Database>;

/** The first district of the installation, if any: none means the first run is still ahead. */
export async function findFirstDistrict(db: Db) {
  return db
    .selectFrom("districts")
    .select(["id", "demo"])
    .orderBy("created_at")
    .orderBy("id")
    .executeTakeFirst();
}

export async function findDemoDistrict(db: Db) {
  return db
    .selectFrom("districts")
    .select(["id", "name"])
    .where("demo", "=", 1)
    .orderBy("created_at")
    .executeTakeFirst();
}

export async function insertDistrict(db: Db, district: Insertable<DistrictTable>) {
  await db.insertInto("districts").values(district).execute();
}

export async function insertSchool(db: Db, school: Insertable<SchoolTable>) {
  await db.insertInto("schools").values(school).execute();
}

/** The first administrator, written at setup; everyone else comes from the roster import. */
export async function insertAdministrator(
  db: Db,
  person: Insertable<PersonTable>,
  membership: PersonSchoolTable,
) {
  await db.insertInto("people").values(person).execute();
  await db.insertInto("person_schools").values(membership).execute();
}

/** The person who plays a part in the demo school, found by their roster id. */
export async function findDemoPerson(db: Db, districtId: string, sourceId: string) {
  return db
    .selectFrom("people")
    .select(["id", "role", "given_name", "family_name", "preferred_name", "auth_user_id"])
    .where("district_id", "=", districtId)
    .where("source_id", "=", sourceId)
    .where("active", "=", 1)
    .executeTakeFirst();
}

export async function findSchoolBySource(db: Db, districtId: string, sourceId: string) {
  return db
    .selectFrom("schools")
    .select(["id", "name"])
    .where("district_id", "=", districtId)
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
}

const settingsColumns = [
  "id",
  "name",
  "math_vision",
  "time_zone",
  "check_in_cadence_days",
  "updated_at",
] as const;

/** The district's active schools, by name, with the settings an administrator keeps. */
export async function listSchoolSettings(db: Db, districtId: string) {
  return db
    .selectFrom("schools")
    .select(settingsColumns)
    .where("district_id", "=", districtId)
    .where("active", "=", 1)
    .orderBy("name")
    .orderBy("id")
    .execute();
}

export async function findSchoolSettings(db: Db, districtId: string, schoolId: string) {
  return db
    .selectFrom("schools")
    .select(settingsColumns)
    .where("district_id", "=", districtId)
    .where("id", "=", schoolId)
    .where("active", "=", 1)
    .executeTakeFirst();
}

export interface SchoolSettings {
  name: string;
  mathVision: string;
  timeZone: string;
  checkInCadenceDays: number;
}

export async function updateSchoolSettings(
  db: Db,
  school: { districtId: string; schoolId: string; now: string },
  settings: SchoolSettings,
) {
  await db
    .updateTable("schools")
    .set({
      name: settings.name,
      math_vision: settings.mathVision,
      time_zone: settings.timeZone,
      check_in_cadence_days: settings.checkInCadenceDays,
      updated_at: school.now,
    })
    .where("district_id", "=", school.districtId)
    .where("id", "=", school.schoolId)
    .execute();
}

/**
 * The first active school a person belongs to (through the roster's orgs or setup), or with no
 * person, the district's first: the oldest, so the answer stays put as schools are added.
 */
export async function findFirstSchoolOf(db: Db, of: { districtId: string; personId?: string }) {
  let query = db
    .selectFrom("schools")
    .select(["schools.name", "schools.time_zone"])
    .where("schools.district_id", "=", of.districtId)
    .where("schools.active", "=", 1);
  const personId = of.personId;
  if (personId) {
    query = query
      .innerJoin("person_schools", "person_schools.school_id", "schools.id")
      .where("person_schools.person_id", "=", personId);
  }

  return query.orderBy("schools.created_at").orderBy("schools.id").executeTakeFirst();
}

/** The Math Vision in the further languages the school wrote it in. */
export async function listSchoolVisions(db: Db, schoolIds: readonly string[]) {
  if (schoolIds.length === 0) return [];

  return db
    .selectFrom("school_visions")
    .select(["school_id", "locale", "body"])
    .where("school_id", "in", schoolIds)
    .orderBy("locale")
    .execute();
}

/** Sets the school's translations to exactly these: an empty text removes that language. */
export async function replaceSchoolVisions(
  db: Db,
  school: { schoolId: string; now: string },
  visions: { locale: string; body: string }[],
) {
  await db.deleteFrom("school_visions").where("school_id", "=", school.schoolId).execute();
  const written = visions.filter((vision) => vision.body !== "");
  if (written.length === 0) return;

  await db
    .insertInto("school_visions")
    .values(
      written.map((vision) => ({
        school_id: school.schoolId,
        locale: vision.locale,
        body: vision.body,
        updated_at: school.now,
      })),
    )
    .execute();
}
