import type { Insertable, Kysely } from "kysely";
import type { Database, SchoolYearTable } from "./schema.ts";

/*
 * School years and the archiving of their plans. The current year of a school is not a row:
 * it is every plan of the school with no archived_at. Closing a year writes a school_years row
 * and stamps each of those plans with archived_at and the row's id, but for the plans started
 * for next year (next_year_plans), which then become the new current year's.
 */

type Db = Kysely<Database>;

export async function listSchoolsOfDistrict(db: Db, districtId: string) {
  return db
    .selectFrom("schools")
    .select(["id", "name", "time_zone"])
    .where("district_id", "=", districtId)
    .orderBy("name")
    .execute();
}

export async function countCurrentPlans(db: Db, districtId: string) {
  const rows = await db
    .selectFrom("plans")
    .select(["school_id", (eb) => eb.fn.countAll().as("count")])
    .where("district_id", "=", districtId)
    .where("archived_at", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("next_year_plans")
            .select("next_year_plans.plan_id")
            .whereRef("next_year_plans.plan_id", "=", "plans.id"),
        ),
      ),
    )
    .groupBy("school_id")
    .execute();

  return new Map(rows.map((row) => [row.school_id, Number(row.count)]));
}

export async function listSchoolYears(db: Db, districtId: string) {
  return db
    .selectFrom("school_years")
    .innerJoin("schools", "schools.id", "school_years.school_id")
    .selectAll("school_years")
    .select("schools.name as school_name")
    .where("school_years.district_id", "=", districtId)
    .orderBy("school_years.closed_at", "desc")
    .execute();
}

/** The names of the district's closed years, the latest closed first; schools may share one. */
export async function listClosedYearNames(db: Db, districtId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("school_years")
    .select(["label", (eb) => eb.fn.max("closed_at").as("last_closed_at")])
    .where("district_id", "=", districtId)
    .groupBy("label")
    .orderBy("last_closed_at", "desc")
    .orderBy("label")
    .execute();

  return rows.map((row) => row.label);
}

/** The years a school has closed, newest first: their names are the school's to keep apart. */
export async function listClosedYearsOfSchool(db: Db, districtId: string, schoolId: string) {
  return db
    .selectFrom("school_years")
    .select(["id", "label", "closed_at"])
    .where("district_id", "=", districtId)
    .where("school_id", "=", schoolId)
    .orderBy("closed_at", "desc")
    .execute();
}

export async function findSchoolYearOfPlan(db: Db, planId: string) {
  return db
    .selectFrom("plans")
    .innerJoin("school_years", "school_years.id", "plans.school_year_id")
    .select(["school_years.id", "school_years.label", "school_years.closed_at"])
    .where("plans.id", "=", planId)
    .executeTakeFirst();
}

/**
 * The plans just archived with the year, with their students and stages: the year's close
 * closes those still open, and the audit trail names each student.
 */
export async function plansOfYear(db: Db, schoolYearId: string) {
  return db
    .selectFrom("plans")
    .select(["id", "district_id", "student_id", "stage"])
    .where("school_year_id", "=", schoolYearId)
    .orderBy("id")
    .execute();
}

export async function insertSchoolYear(db: Db, year: Insertable<SchoolYearTable>) {
  await db.insertInto("school_years").values(year).execute();
}

/**
 * Stamps every plan of the school's current year started up to `startedBy` as archived with
 * the closed year; a plan started after that belongs to the year that follows.
 */
export async function archiveCurrentPlans(
  db: Db,
  archive: {
    districtId: string;
    schoolId: string;
    schoolYearId: string;
    startedBy: string;
    now: string;
  },
): Promise<number> {
  const result = await db
    .updateTable("plans")
    .set({ archived_at: archive.now, school_year_id: archive.schoolYearId })
    .where("district_id", "=", archive.districtId)
    .where("school_id", "=", archive.schoolId)
    .where("archived_at", "is", null)
    .where("created_at", "<=", archive.startedBy)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("next_year_plans")
            .select("next_year_plans.plan_id")
            .whereRef("next_year_plans.plan_id", "=", "plans.id"),
        ),
      ),
    )
    .executeTakeFirst();

  return Number(result.numUpdatedRows);
}

/**
 * Whether the school's current year is under way: a plan of it (not one started for next year)
 * has gone past its draft. A plan started from the next-year page is then next year's. Before
 * that, just after a close or at a new school, only drafts wait for the year's first meetings,
 * and plans started now are that year's own, whether or not their students had a plan before.
 */
export async function isSchoolYearUnderWay(
  db: Db,
  districtId: string,
  schoolId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("plans")
    .select("plans.id")
    .where("district_id", "=", districtId)
    .where("school_id", "=", schoolId)
    .where("archived_at", "is", null)
    .where("stage", "!=", "draft")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("next_year_plans")
            .select("next_year_plans.plan_id")
            .whereRef("next_year_plans.plan_id", "=", "plans.id"),
        ),
      ),
    )
    .limit(1)
    .executeTakeFirst();

  return row !== undefined;
}

export async function markNextYearPlans(
  db: Db,
  mark: { districtId: string; planIds: string[]; now: string },
) {
  // SQLite takes at most 32,766 bound values per statement; a row binds 3.
  for (let start = 0; start < mark.planIds.length; start += 1000) {
    const rows = mark.planIds.slice(start, start + 1000).map((planId) => ({
      plan_id: planId,
      district_id: mark.districtId,
      created_at: mark.now,
    }));
    await db.insertInto("next_year_plans").values(rows).execute();
  }
}

/** Once the school's year is closed, its next year's plans are the current year's. */
export async function releaseNextYearPlans(db: Db, districtId: string, schoolId: string) {
  await db
    .deleteFrom("next_year_plans")
    .where("district_id", "=", districtId)
    .where("plan_id", "in", (eb) =>
      eb
        .selectFrom("plans")
        .select("plans.id")
        .where("plans.district_id", "=", districtId)
        .where("plans.school_id", "=", schoolId)
        .where("plans.archived_at", "is", null),
    )
    .execute();
}
