import type { Kysely } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

/** The schema of the whole cycle: roster, plans, their history, sign-in cards and the outbox. */
export function initialMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      await createRosterTables(db);
      await createPlanTables(db, dialect);
      await createDeliveryTables(db);
    },
    async down(db: Db) {
      for (const table of [...deliveryTables, ...planTables, ...rosterTables]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}

const rosterTables = [
  "roster_imports",
  "guardian_links",
  "enrollments",
  "classes",
  "person_schools",
  "people",
  "schools",
  "districts",
];
const planTables = [
  "plan_events",
  "check_in_progress",
  "check_ins",
  "meeting_attendees",
  "meetings",
  "conference_notes",
  "comments",
  "area_strengths",
  "statements",
  "plans",
];
const deliveryTables = ["outbox_emails", "sign_in_cards", "settings"];

async function createRosterTables(db: Db) {
  await db.schema
    .createTable("districts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("schools")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("source_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("math_vision", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("America/New_York"))
    .addColumn("check_in_cadence_days", "integer", (c) => c.notNull().defaultTo(14))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("schools_source_unique", ["district_id", "source_id"])
    .execute();

  await db.schema
    .createTable("people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("source_id", "text")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("preferred_name", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("grades", "text")
    .addColumn("preferred_locale", "text")
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("auth_user_id", "text", (c) => c.unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("people_source_unique", ["district_id", "source_id"])
    .execute();
  await db.schema.createIndex("people_email").on("people").column("email").execute();

  await db.schema
    .createTable("person_schools")
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addPrimaryKeyConstraint("person_schools_pk", ["person_id", "school_id"])
    .execute();

  await db.schema
    .createTable("classes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("source_id", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("class_code", "text")
    .addColumn("grades", "text")
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("classes_source_unique", ["district_id", "source_id"])
    .execute();

  await db.schema
    .createTable("enrollments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("source_id", "text")
    .addColumn("class_id", "text", (c) => c.notNull().references("classes.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("enrollments_source_unique", ["district_id", "source_id"])
    .execute();
  await db.schema.createIndex("enrollments_person").on("enrollments").column("person_id").execute();
  await db.schema.createIndex("enrollments_class").on("enrollments").column("class_id").execute();

  await db.schema
    .createTable("guardian_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("guardian_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("student_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("guardian_links_unique", ["guardian_id", "student_id"])
    .execute();
  await db.schema
    .createIndex("guardian_links_student")
    .on("guardian_links")
    .column("student_id")
    .execute();

  await db.schema
    .createTable("roster_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("started_by", "text")
    .addColumn("source_name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("report", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

async function createPlanTables(db: Db, dialect: DialectName) {
  await db.schema
    .createTable("plans")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("student_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("started_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("agreed_at", "text")
    .addColumn("shared_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("plans_student").on("plans").column("student_id").execute();

  await db.schema
    .createTable("statements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("voice", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("progress", "text")
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("statements_plan").on("statements").column("plan_id").execute();

  await db.schema
    .createTable("area_strengths")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("area_id", "text", (c) => c.notNull().references("statements.id"))
    .addColumn("strength_id", "text", (c) => c.notNull().references("statements.id"))
    .addPrimaryKeyConstraint("area_strengths_pk", ["area_id", "strength_id"])
    .execute();

  await db.schema
    .createTable("comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("statement_id", "text", (c) => c.references("statements.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("voice", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("comments_plan").on("comments").column("plan_id").execute();

  await db.schema
    .createTable("conference_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("prompt", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("video_url", "text")
    .addColumn("notes", "text")
    .addColumn("recorded_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("meeting_attendees")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addPrimaryKeyConstraint("meeting_attendees_pk", ["meeting_id", "person_id"])
    .execute();

  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("held_at", "text")
    .addColumn("note", "text")
    .addColumn("recorded_by", "text", (c) => c.references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("check_ins_plan").on("check_ins").column("plan_id").execute();

  await db.schema
    .createTable("check_in_progress")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("check_in_id", "text", (c) => c.notNull().references("check_ins.id"))
    .addColumn("statement_id", "text", (c) => c.notNull().references("statements.id"))
    .addColumn("progress", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("check_in_progress_pk", ["check_in_id", "statement_id"])
    .execute();

  await db.schema
    .createTable("plan_events")
    .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("actor_id", "text", (c) => c.references("people.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("plan_events_plan").on("plan_events").column("plan_id").execute();
}

async function createDeliveryTables(db: Db) {
  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sign_in_cards")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("last_used_at", "text")
    .execute();

  await db.schema
    .createTable("outbox_emails")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.references("districts.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("to_name", "text")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("outbox_emails_due")
    .on("outbox_emails")
    .columns(["status", "next_attempt_at"])
    .execute();
}
