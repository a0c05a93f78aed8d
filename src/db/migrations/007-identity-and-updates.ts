import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

const tables = [
  "statement_versions",
  "check_in_update_progress",
  "check_in_updates",
  "identity_consents",
  "identity_answers",
  "identity_checks",
  "identity_statement_texts",
  "identity_statements",
];

/**
 * Math identity over time (a school's statements, a student's answers and who may see them),
 * the updates students and families send before a check-in, and every version of a
 * statement's words.
 */
export function identityAndUpdatesMigration() {
  return {
    async up(db: Db) {
      await createIdentityTables(db);
      await createUpdateTables(db);
      await createStatementVersions(db);
    },
    async down(db: Db) {
      for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
    },
  };
}

async function createIdentityTables(db: Db) {
  // A statement keeps its id for life, so answers given to earlier wording stay attached to it;
  // retiring hides it from new checks without touching old answers.
  await db.schema
    .createTable("identity_statements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("starter_key", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("identity_statements_school")
    .on("identity_statements")
    .column("school_id")
    .execute();

  await db.schema
    .createTable("identity_statement_texts")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("statement_id", "text", (c) => c.notNull().references("identity_statements.id"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("identity_statement_texts_pk", ["statement_id", "locale"])
    .execute();

  await db.schema
    .createTable("identity_checks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("student_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("occasion", "text", (c) => c.notNull())
    .addColumn("check_in_id", "text", (c) => c.references("check_ins.id"))
    .addColumn("answered_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("identity_checks_occasion", ["plan_id", "occasion"])
    .execute();

  await db.schema
    .createTable("identity_answers")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("check_id", "text", (c) => c.notNull().references("identity_checks.id"))
    .addColumn("statement_id", "text", (c) => c.notNull().references("identity_statements.id"))
    .addColumn("agreement", "integer")
    .addPrimaryKeyConstraint("identity_answers_pk", ["check_id", "statement_id"])
    .execute();

  await db.schema
    .createTable("identity_consents")
    .addColumn("student_id", "text", (c) => c.primaryKey().references("people.id"))
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("family_may_see", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

async function createUpdateTables(db: Db) {
  await db.schema
    .createTable("check_in_updates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("check_in_id", "text", (c) => c.notNull().references("check_ins.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("people.id"))
    .addColumn("voice", "text", (c) => c.notNull())
    .addColumn("went_well", "text")
    .addColumn("was_hard", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("check_in_updates_author", ["check_in_id", "author_id"])
    .execute();

  await db.schema
    .createTable("check_in_update_progress")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("update_id", "text", (c) => c.notNull().references("check_in_updates.id"))
    .addColumn("statement_id", "text", (c) => c.notNull().references("statements.id"))
    .addColumn("progress", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("check_in_update_progress_pk", ["update_id", "statement_id"])
    .execute();
}

async function createStatementVersions(db: Db) {
  await db.schema
    .createTable("statement_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
    .addColumn("statement_id", "text", (c) => c.notNull().references("statements.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("statement_versions_unique", ["statement_id", "version"])
    .execute();
  await db.schema
    .createIndex("statement_versions_plan")
    .on("statement_versions")
    .column("plan_id")
    .execute();
}
