import { type Kysely, sql } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

/** What an audit entry's ids become once the student they were about is deleted on request. */
export const auditTombstone = "deleted";

/*
 * The audit trail of who viewed or changed a student's plan, and the school years an
 * administrator closed. Audit entries carry ids, never names, and have no foreign keys so that
 * deleting a student on request leaves the trail in place. A trigger on both databases refuses
 * any change to an entry but one: replacing its ids with the tombstone when the student is
 * deleted. Nothing may delete an entry.
 */
export function auditAndRetentionMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      await createAuditEntries(db, dialect);
      await createSchoolYears(db);
      await db.schema.alterTable("plans").addColumn("archived_at", "text").execute();
      await db.schema.alterTable("plans").addColumn("school_year_id", "text").execute();
      if (dialect === "sqlite") await guardAuditOnSqlite(db);
      else await guardAuditOnPostgres(db);
    },
    async down(db: Db) {
      await db.schema.alterTable("plans").dropColumn("school_year_id").execute();
      await db.schema.alterTable("plans").dropColumn("archived_at").execute();
      await db.schema.dropTable("school_years").execute();
      await db.schema.dropTable("audit_entries").execute();
      if (dialect === "postgres") {
        await sql`DROP FUNCTION IF EXISTS audit_entries_guard()`.execute(db);
      }
    },
  };
}

async function createAuditEntries(db: Db, dialect: DialectName) {
  await db.schema
    .createTable("audit_entries")
    .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
      dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("district_id", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_role", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("route", "text")
    .addColumn("plan_id", "text")
    .addColumn("student_id", "text")
    .addColumn("client_address", "text")
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_entries_district_time")
    .on("audit_entries")
    .columns(["district_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("audit_entries_student")
    .on("audit_entries")
    .column("student_id")
    .execute();
}

async function createSchoolYears(db: Db) {
  await db.schema
    .createTable("school_years")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("school_id", "text", (c) => c.notNull().references("schools.id"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("closed_by", "text", (c) => c.notNull())
    .addColumn("closed_at", "text", (c) => c.notNull())
    .addColumn("plans_closed", "integer", (c) => c.notNull())
    .addColumn("plans_archived", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("school_years_school")
    .on("school_years")
    .column("school_id")
    .execute();
}

/** An id column either stays as it was or becomes the tombstone; SQL text shared by both. */
const keptOrTombstoned = (column: string) =>
  `(NEW.${column} IS OLD.${column} OR NEW.${column} = '${auditTombstone}')`;

const unchanged = (column: string) => `NEW.${column} IS OLD.${column}`;

const allowedChange = [
  ...["actor_id", "plan_id", "student_id", "client_address"].map(keptOrTombstoned),
  ...["id", "district_id", "actor_role", "action", "route", "details", "created_at"].map(unchanged),
].join(" AND ");

async function guardAuditOnSqlite(db: Db) {
  await sql
    .raw(`CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
      WHEN NOT (${allowedChange})
      BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
      BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END`)
    .execute(db);
}

async function guardAuditOnPostgres(db: Db) {
  const postgresCondition = allowedChange.replaceAll(" IS OLD.", " IS NOT DISTINCT FROM OLD.");
  await sql
    .raw(`CREATE OR REPLACE FUNCTION audit_entries_guard() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'audit entries cannot be deleted';
        END IF;
        IF NOT (${postgresCondition}) THEN
          RAISE EXCEPTION 'audit entries cannot be changed';
        END IF;
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER audit_entries_guard BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_guard()`)
    .execute(db);
}
