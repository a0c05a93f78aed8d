import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/*
 * The school team's tables: which family members opened a plan, the reflections teachers write
 * after check-ins, the team's decisions for next year, and the links a plan carried forward
 * keeps to the plan (and statements) it came from. Plus indexes the program page's counts use.
 */
export function programMigration() {
  return {
    async up(db: Db) {
      await createFamilyViews(db);
      await createReflectionTables(db);
      await createCarryForwardTables(db);
      await createProgramIndexes(db);
    },
    async down(db: Db) {
      for (const index of programIndexes) await db.schema.dropIndex(index).ifExists().execute();
      for (const table of programTables) await db.schema.dropTable(table).ifExists().execute();
    },
  };
}

const programTables = [
  "carried_statements",
  "carried_plans",
  "team_decisions",
  "reflections",
  "plan_family_views",
];
const programIndexes = ["plans_district_stage", "meetings_plan", "people_district_grades"];

async function createFamilyViews(db: Db) {
  await db.schema
    .createTable("plan_family_views")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("first_viewed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("plan_family_views_pk", ["plan_id", "person_id"])
    .execute();
}

async function createReflectionTables(db: Db) {
  await db.schema
    .createTable("reflections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("school_year", "text", (c) => c.notNull())
    .addColumn("plan_id", "text", (c) => c.references("plans.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reflections_school_year")
    .on("reflections")
    .columns(["school_id", "school_year"])
    .execute();

  await db.schema
    .createTable("team_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("school_year", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("team_decisions_school_year")
    .on("team_decisions")
    .columns(["school_id", "school_year"])
    .execute();
}

async function createCarryForwardTables(db: Db) {
  await db.schema
    .createTable("carried_plans")
    .addColumn("plan_id", "text", (c) => c.primaryKey().references("plans.id"))
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("from_plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("carried_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("carried_plans_from")
    .on("carried_plans")
    .column("from_plan_id")
    .execute();

  await db.schema
    .createTable("carried_statements")
    .addColumn("statement_id", "text", (c) => c.primaryKey().references("statements.id"))
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("from_statement_id", "text", (c) => c.notNull().references("statements.id"))
    .execute();
}

async function createProgramIndexes(db: Db) {
  await db.schema
    .createIndex("plans_district_stage")
    .on("plans")
    .columns(["district_id", "stage"])
    .execute();
  await db.schema
    .createIndex("meetings_plan")
    .on("check_ins")
    .columns(["held_at", "due_on"])
    .execute();
  await db.schema
    .createIndex("people_district_grades")
    .on("people")
    .columns(["district_id", "role", "grades"])
    .execute();
}
