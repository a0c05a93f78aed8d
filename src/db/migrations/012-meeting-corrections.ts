import { type Kysely, sql } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

const tables = ["meeting_version_attendees", "meeting_versions"];

/*
 * A recorded meeting can be corrected (its time, place, notes, who came) or removed when it was
 * recorded by mistake. Each meeting carries a version that a correction form sends back, so two
 * corrections at once cannot overwrite each other; every version it had is kept, with who was
 * recorded as attending, so a correction never loses what was recorded before.
 */
export function meetingCorrectionsMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      await db.schema
        .alterTable("meetings")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      await createMeetingVersions(db);
      // The plan page shows the versions: other app processes must hear of their changes.
      if (dialect === "postgres") await noticeChanges(db);
    },
    async down(db: Db) {
      for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
      await db.schema.alterTable("meetings").dropColumn("version").execute();
    },
  };
}

async function createMeetingVersions(db: Db) {
  // plan_id, kept to list a plan's versions, has no foreign key: a version reaches its plan
  // through its meeting. A deletion on request follows foreign keys breadth first and deletes
  // in reverse order of finding (domain/records/delete-student-records.ts); found a second way,
  // from the plan, the versions would be deleted before the attendees that point at them.
  await db.schema
    .createTable("meeting_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("plan_id", "text", (c) => c.notNull())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("video_url", "text")
    .addColumn("notes", "text")
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("meeting_versions_unique", ["meeting_id", "version"])
    .execute();
  await db.schema
    .createIndex("meeting_versions_plan")
    .on("meeting_versions")
    .column("plan_id")
    .execute();

  await db.schema
    .createTable("meeting_version_attendees")
    .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
    .addColumn("version_id", "text", (c) => c.notNull().references("meeting_versions.id"))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id"))
    .addPrimaryKeyConstraint("meeting_version_attendees_pk", ["version_id", "person_id"])
    .execute();
}

/** The same statement trigger 011-change-notices.ts gives every table it knew. */
async function noticeChanges(db: Db) {
  for (const table of tables) {
    await sql`create trigger maps_change_notice
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function maps_note_change()`.execute(db);
  }
}
