import type { Kysely } from "kysely";

type Db = Kysely<unknown>;

/*
 * Meetings the teacher proposes and the family chooses a time for, the secret calendar feeds,
 * and the outbox's attachments (files and the iCalendar invitation, kept as JSON).
 */
export function meetingsMigration() {
  return {
    async up(db: Db) {
      await db.schema.alterTable("outbox_emails").addColumn("attachments_json", "text").execute();

      await db.schema
        .createTable("meeting_proposals")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        .addColumn("plan_id", "text", (c) => c.notNull().references("plans.id"))
        .addColumn("proposed_by", "text", (c) => c.notNull().references("people.id"))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("place", "text")
        .addColumn("video_url", "text")
        .addColumn("duration_minutes", "integer", (c) => c.notNull())
        .addColumn("starts_at", "text")
        .addColumn("sequence", "integer", (c) => c.notNull())
        .addColumn("family_note", "text")
        .addColumn("answered_by", "text", (c) => c.references("people.id"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("meeting_proposals_plan")
        .on("meeting_proposals")
        .column("plan_id")
        .execute();

      await db.schema
        .createTable("meeting_proposal_times")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        .addColumn("proposal_id", "text", (c) => c.notNull().references("meeting_proposals.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("starts_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("meeting_proposal_times_proposal")
        .on("meeting_proposal_times")
        .column("proposal_id")
        .execute();

      await db.schema
        .createTable("calendar_feeds")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("district_id", "text", (c) => c.notNull().references("districts.id"))
        .addColumn("person_id", "text", (c) => c.notNull().unique().references("people.id"))
        .addColumn("secret_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropTable("calendar_feeds").execute();
      await db.schema.dropTable("meeting_proposal_times").execute();
      await db.schema.dropTable("meeting_proposals").execute();
      await db.schema.alterTable("outbox_emails").dropColumn("attachments_json").execute();
    },
  };
}
