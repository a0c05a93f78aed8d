import { type Kysely, sql } from "kysely";
import type { DialectName } from "./connection.ts";
import type { Database } from "./schema.ts";
import { slices } from "./slices.ts";

/*
 * A student's records as a whole: read for the family's copy, and removed for good when the
 * school deletes them on request. Deletion follows the database's own foreign keys from the
 * student's person row, so a table added by a later feature is covered as soon as its rows
 * reference the student, a plan or anything else of theirs.
 */

type Db = Kysely<Database>;

const personName = ["given_name", "family_name", "preferred_name"] as const;

export async function findStudentRecord(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("people")
    .select([
      "id",
      "district_id",
      ...personName,
      "email",
      "phone",
      "grades",
      "preferred_locale",
      "active",
      "auth_user_id",
      "source_id",
      "created_at",
      "updated_at",
    ])
    .where("district_id", "=", districtId)
    .where("id", "=", studentId)
    .where("role", "=", "student")
    .executeTakeFirst();
}

export async function schoolsOfStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("person_schools")
    .innerJoin("schools", "schools.id", "person_schools.school_id")
    .select(["schools.id", "schools.name"])
    .where("person_schools.district_id", "=", districtId)
    .where("person_schools.person_id", "=", studentId)
    .orderBy("schools.name")
    .execute();
}

export async function classesOfStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .select([
      "classes.id",
      "classes.title",
      "classes.class_code",
      "classes.grades",
      "enrollments.active",
    ])
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.person_id", "=", studentId)
    .orderBy("classes.title")
    .execute();
}

export async function guardiansOfStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("guardian_links")
    .innerJoin("people", "people.id", "guardian_links.guardian_id")
    .select(["people.id", ...personName.map((column) => `people.${column}` as const)])
    .select(["people.email", "people.phone", "guardian_links.active"])
    .where("guardian_links.district_id", "=", districtId)
    .where("guardian_links.student_id", "=", studentId)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .execute();
}

export async function plansOfStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("plans")
    .innerJoin("schools", "schools.id", "plans.school_id")
    .leftJoin("school_years", "school_years.id", "plans.school_year_id")
    .selectAll("plans")
    .select(["schools.name as school_name", "schools.time_zone", "school_years.label as year"])
    .where("plans.district_id", "=", districtId)
    .where("plans.student_id", "=", studentId)
    .orderBy("plans.created_at")
    .execute();
}

const authorName = ["author.given_name", "author.family_name", "author.preferred_name"] as const;

/** Every statement, removed ones too: the family's copy holds all the app keeps. */
export async function statementsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("statements")
    .innerJoin("people as author", "author.id", "statements.author_id")
    .select([
      "statements.id",
      "statements.plan_id",
      "statements.section",
      "statements.voice",
      "statements.body",
      "statements.progress",
      "statements.created_at",
      "statements.updated_at",
      "statements.retired_at",
      ...authorName,
    ])
    .where("statements.plan_id", "in", planIds)
    .orderBy("statements.created_at")
    .execute();
}

export async function commentsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("comments")
    .innerJoin("people as author", "author.id", "comments.author_id")
    .select([
      "comments.id",
      "comments.plan_id",
      "comments.statement_id",
      "comments.voice",
      "comments.body",
      "comments.created_at",
      ...authorName,
    ])
    .where("comments.plan_id", "in", planIds)
    .orderBy("comments.created_at")
    .execute();
}

export async function meetingsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meetings")
    .select(["id", "plan_id", "starts_at", "place", "video_url", "notes", "created_at"])
    .where("plan_id", "in", planIds)
    .orderBy("starts_at")
    .execute();
}

export async function attendeesOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meeting_attendees")
    .innerJoin("meetings", "meetings.id", "meeting_attendees.meeting_id")
    .innerJoin("people as author", "author.id", "meeting_attendees.person_id")
    .select(["meeting_attendees.meeting_id", ...authorName])
    .where("meetings.plan_id", "in", planIds)
    .execute();
}

export async function checkInsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("check_ins")
    .select(["id", "plan_id", "due_on", "held_at", "note"])
    .where("plan_id", "in", planIds)
    .orderBy("due_on")
    .execute();
}

export async function checkInProgressOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("check_in_progress")
    .innerJoin("check_ins", "check_ins.id", "check_in_progress.check_in_id")
    .select(["check_in_progress.check_in_id", "check_in_progress.statement_id"])
    .select("check_in_progress.progress")
    .where("check_ins.plan_id", "in", planIds)
    .execute();
}

/** The plans' history, for the reader to filter by what they may see. */
export async function eventsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("plan_events")
    .select(["id", "plan_id", "kind", "summary", "created_at"])
    .where("plan_id", "in", planIds)
    .orderBy("id")
    .execute();
}

/** When cards were made, used and stopped; never the token's hash. */
export async function cardsOfPerson(db: Db, districtId: string, personId: string) {
  return db
    .selectFrom("sign_in_cards")
    .select(["created_at", "last_used_at", "revoked_at"])
    .where("district_id", "=", districtId)
    .where("person_id", "=", personId)
    .orderBy("created_at")
    .execute();
}

export async function contactOfPerson(db: Db, districtId: string, personId: string) {
  return db
    .selectFrom("people")
    .select(["id", ...personName, "email", "phone", "preferred_locale"])
    .where("district_id", "=", districtId)
    .where("id", "=", personId)
    .executeTakeFirst();
}

/** One foreign key column: rows of `table` whose `column` holds a value of `refTable.refColumn`. */
export interface ForeignKey {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
}

/** Every table of the database we work in (the app's, better-auth's and the migrator's). */
export async function listTables(db: Db, dialect: DialectName): Promise<string[]> {
  if (dialect === "sqlite") {
    const result = await sql<{ name: string }>`SELECT name FROM sqlite_master
      WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
    return result.rows.map((row) => row.name);
  }
  const result = await sql<{ name: string }>`SELECT table_name AS name
    FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);

  return result.rows.map((row) => row.name);
}

export async function listForeignKeys(db: Db, dialect: DialectName): Promise<ForeignKey[]> {
  if (dialect === "sqlite") {
    const keys: ForeignKey[] = [];
    for (const table of await listTables(db, dialect)) {
      const result = await sql<{ from: string; table: string; to: string }>`SELECT "from",
        "table", "to" FROM pragma_foreign_key_list(${table})`.execute(db);
      for (const row of result.rows) {
        keys.push({ table, column: row.from, refTable: row.table, refColumn: row.to });
      }
    }
    return keys;
  }
  const result = await sql<ForeignKey>`SELECT kcu.table_name AS "table",
      kcu.column_name AS "column", ccu.table_name AS "refTable", ccu.column_name AS "refColumn"
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu
      ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`.execute(db);

  return result.rows;
}

/** The values of `select` in the rows of `table` whose `where` column holds one of `values`. */
export async function valuesWhereIn(
  db: Db,
  query: { table: string; select: string; where: string; values: readonly string[] },
): Promise<string[]> {
  const found: string[] = [];
  for (const part of slices(query.values)) {
    const result = await sql<{ value: unknown }>`SELECT ${sql.ref(query.select)} AS value
      FROM ${sql.table(query.table)}
      WHERE ${sql.ref(query.where)} IN (${sql.join(part)})`.execute(db);
    for (const row of result.rows) if (row.value !== null) found.push(String(row.value));
  }

  return found;
}

/** Deletes the rows of `table` whose `where` column holds one of `values`; returns how many. */
export async function deleteWhereIn(
  db: Db,
  query: { table: string; where: string; values: readonly string[] },
): Promise<number> {
  let deleted = 0;
  for (const part of slices(query.values)) {
    const result = await sql`DELETE FROM ${sql.table(query.table)}
      WHERE ${sql.ref(query.where)} IN (${sql.join(part)})`.execute(db);
    deleted += Number(result.numAffectedRows ?? 0);
  }

  return deleted;
}

/** Emails to the student or about them: their address, their plans' links or their name. */
export async function deleteEmailsAbout(
  db: Db,
  about: { addresses: string[]; texts: string[] },
): Promise<number> {
  const texts = about.texts.filter((text) => text.trim().length >= 3);
  if (about.addresses.length === 0 && texts.length === 0) return 0;

  const result = await db
    .deleteFrom("outbox_emails")
    .where((eb) =>
      eb.or([
        ...about.addresses.map((address) => eb("to_address", "=", address)),
        ...texts.flatMap((text) => {
          const pattern = `%${escapeLike(text)}%`;
          return ["subject", "text_body", "html_body", "to_name"].map((column) =>
            eb(sql.ref(column), "like", sql<string>`${pattern} ESCAPE '!'`),
          );
        }),
      ]),
    )
    .executeTakeFirst();

  return Number(result.numDeletedRows);
}

const escapeLike = (text: string) => text.replace(/[!%_]/g, (match) => `!${match}`);

/** Roster import reports that mention the student: their text, for the caller to redact. */
export async function importReportsMentioning(db: Db, districtId: string, texts: string[]) {
  const useful = texts.filter((text) => text.trim().length >= 3);
  if (useful.length === 0) return [];

  return db
    .selectFrom("roster_imports")
    .select(["id", "report", "source_name"])
    .where("district_id", "=", districtId)
    .where((eb) =>
      eb.or(
        useful.map((text) =>
          eb("report", "like", sql<string>`${`%${escapeLike(text)}%`} ESCAPE '!'`),
        ),
      ),
    )
    .execute();
}

export async function replaceImportReport(db: Db, importId: string, report: string) {
  await db.updateTable("roster_imports").set({ report }).where("id", "=", importId).execute();
}

/** better-auth's one-time sign-in values that carry the student's address. */
export async function deleteVerificationsFor(db: Db, email: string): Promise<number> {
  const pattern = `%${escapeLike(email)}%`;
  const result = await sql`DELETE FROM auth_verification
    WHERE identifier LIKE ${pattern} ESCAPE '!' OR value LIKE ${pattern} ESCAPE '!'`.execute(db);

  return Number(result.numAffectedRows ?? 0);
}

/** SQLite keeps deleted text in free pages and the write-ahead log until both are rewritten. */
export async function compactSqlite(db: Db) {
  await sql`VACUUM`.execute(db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}

/** Meeting times the school proposed, with the family's answer and any "another time" note. */
export async function meetingProposalsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meeting_proposals")
    .selectAll()
    .where("plan_id", "in", planIds)
    .orderBy("created_at")
    .execute();
}

export async function proposalTimesOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meeting_proposal_times")
    .innerJoin("meeting_proposals", "meeting_proposals.id", "meeting_proposal_times.proposal_id")
    .select(["meeting_proposal_times.proposal_id", "meeting_proposal_times.starts_at"])
    .where("meeting_proposals.plan_id", "in", planIds)
    .orderBy("meeting_proposal_times.position")
    .execute();
}

/** What the student and family sent before check-ins, in their own voice. */
export async function checkInUpdatesOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("check_in_updates")
    .innerJoin("people as author", "author.id", "check_in_updates.author_id")
    .innerJoin("check_ins", "check_ins.id", "check_in_updates.check_in_id")
    .select([
      "check_in_updates.id",
      "check_in_updates.plan_id",
      "check_ins.due_on",
      "check_in_updates.voice",
      "check_in_updates.went_well",
      "check_in_updates.was_hard",
      "check_in_updates.created_at",
      "check_in_updates.updated_at",
      ...authorName,
    ])
    .where("check_in_updates.plan_id", "in", planIds)
    .orderBy("check_in_updates.created_at")
    .execute();
}

export async function checkInUpdateProgressOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("check_in_update_progress")
    .innerJoin("check_in_updates", "check_in_updates.id", "check_in_update_progress.update_id")
    .select([
      "check_in_update_progress.update_id",
      "check_in_update_progress.statement_id",
      "check_in_update_progress.progress",
    ])
    .where("check_in_updates.plan_id", "in", planIds)
    .execute();
}

/** Every wording each statement has had, oldest first. */
export async function statementVersionsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("statement_versions")
    .innerJoin("people as author", "author.id", "statement_versions.changed_by")
    .select([
      "statement_versions.plan_id",
      "statement_versions.statement_id",
      "statement_versions.version",
      "statement_versions.body",
      "statement_versions.change",
      "statement_versions.created_at",
      ...authorName,
    ])
    .where("statement_versions.plan_id", "in", planIds)
    .orderBy("statement_versions.statement_id")
    .orderBy("statement_versions.version")
    .execute();
}

/** The student's identity check answers on each plan, oldest check first. */
export async function identityAnswersOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("identity_answers")
    .innerJoin("identity_checks as check", "check.id", "identity_answers.check_id")
    .select([
      "check.plan_id",
      "check.occasion",
      "check.answered_on",
      "check.created_at",
      "identity_answers.statement_id",
      "identity_answers.agreement",
      "identity_answers.wording_version",
    ])
    .where("check.plan_id", "in", planIds)
    .orderBy("check.answered_on")
    .orderBy("check.created_at")
    .execute();
}
