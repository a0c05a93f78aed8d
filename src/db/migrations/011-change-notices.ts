import { type Kysely, sql } from "kysely";
import type { DialectName } from "../connection.ts";

type Db = Kysely<unknown>;

/*
 * PostgreSQL tells every app process when a table a page shows was written, by any process:
 * one notification per statement on one channel (src/db/change-watch.ts listens), which
 * PostgreSQL folds into one per transaction. Each process then renders pages afresh instead of
 * serving them from its page cache. SQLite needs nothing: its data_version says the same.
 * The audit trail, sessions, sign-in links, rate limits and reminder claims are left out: no
 * cached page shows them, and a page view writes an audit row.
 */
export function changeNoticesMigration(dialect: DialectName) {
  return {
    async up(db: Db) {
      if (dialect !== "postgres") return;

      await sql`create or replace function maps_note_change() returns trigger
        language plpgsql as $$
        begin
          perform pg_notify('maps_changes', '');
          return null;
        end $$`.execute(db);
      for (const table of watchedTables) {
        await sql`create trigger maps_change_notice
          after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function maps_note_change()`.execute(db);
      }
    },
    async down(db: Db) {
      if (dialect !== "postgres") return;

      for (const table of watchedTables) {
        await sql`drop trigger if exists maps_change_notice on ${sql.table(table)}`.execute(db);
      }
      await sql`drop function if exists maps_note_change()`.execute(db);
    },
  };
}

/** Every table of the app at this migration but those listed above. */
const watchedTables = [
  "districts",
  "schools",
  "people",
  "person_schools",
  "classes",
  "enrollments",
  "guardian_links",
  "roster_imports",
  "plans",
  "statements",
  "area_strengths",
  "comments",
  "conference_notes",
  "meetings",
  "meeting_attendees",
  "meeting_proposals",
  "meeting_proposal_times",
  "calendar_feeds",
  "check_ins",
  "check_in_progress",
  "plan_events",
  "sign_in_cards",
  "outbox_emails",
  "settings",
  "school_years",
  "identity_statements",
  "identity_statement_texts",
  "identity_checks",
  "identity_answers",
  "identity_consents",
  "check_in_updates",
  "check_in_update_progress",
  "statement_versions",
  "school_visions",
  "plan_family_views",
  "reflections",
  "team_decisions",
  "carried_plans",
  "carried_statements",
];
