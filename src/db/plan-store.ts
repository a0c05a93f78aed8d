import { type Insertable, type Kysely, type OnConflictBuilder, type Selectable, sql } from "kysely";
import type {
  ActionProgress,
  CheckInTable,
  CommentTable,
  ConferenceNoteTable,
  Database,
  MeetingTable,
  PlanEventTable,
  PlanStage,
  PlanTable,
  StatementTable,
} from "./schema.ts";
import { readInSlices } from "./slices.ts";

/*
 * Plans and everything written on them: statements, the strengths an area names, comments,
 * conference notes, meetings, check-ins and the plan's history. Callers pass either the database
 * or a transaction; the authorization policy decides who may call what.
 */

type Db = Kysely<Database>;

export type PlanRow = Selectable<PlanTable>;
export type StatementRow = Selectable<StatementTable>;

const authorName = ["author.given_name", "author.family_name", "author.preferred_name"] as const;

export async function findPlan(db: Db, districtId: string, planId: string) {
  return db
    .selectFrom("plans")
    .selectAll()
    .where("id", "=", planId)
    .where("district_id", "=", districtId)
    .executeTakeFirst();
}

/** The student's plan that is not closed yet, if any: a student has one open plan at a time. */
export async function findOpenPlanOfStudent(db: Db, districtId: string, studentId: string) {
  return db
    .selectFrom("plans")
    .selectAll()
    .where("district_id", "=", districtId)
    .where("student_id", "=", studentId)
    .where("stage", "!=", "closed")
    .orderBy("created_at", "desc")
    .executeTakeFirst();
}

/**
 * Writes a new open plan unless the student has one, also one another transaction is writing
 * at the same moment: the database's one-open-plan index decides (migration 014), so a race
 * ends in "already has a plan", never in an error. Says whether the plan was written.
 */
export async function insertPlan(db: Db, plan: Insertable<PlanTable>): Promise<boolean> {
  const written = await db
    .insertInto("plans")
    .values(plan)
    .onConflict(unlessStudentHasOpenPlan)
    .returning("id")
    .executeTakeFirst();

  return written !== undefined;
}

/** The conflict target naming the partial unique index plans_one_open_per_student. */
export function unlessStudentHasOpenPlan(conflict: OnConflictBuilder<Database, "plans">) {
  return conflict.column("student_id").where(sql<boolean>`stage <> 'closed'`).doNothing();
}

/** Records that the plan changed: a new version, and any stage or date that moved with it. */
export async function touchPlan(
  db: Db,
  planId: string,
  changes: {
    updatedAt: string;
    stage?: PlanStage;
    agreedAt?: string;
    sharedAt?: string;
    closedAt?: string;
  },
) {
  await db
    .updateTable("plans")
    .set((eb) => ({
      version: eb("version", "+", 1),
      updated_at: changes.updatedAt,
      ...(changes.stage ? { stage: changes.stage } : {}),
      ...(changes.agreedAt ? { agreed_at: changes.agreedAt } : {}),
      ...(changes.sharedAt ? { shared_at: changes.sharedAt } : {}),
      ...(changes.closedAt ? { closed_at: changes.closedAt } : {}),
    }))
    .where("id", "=", planId)
    .execute();
}

export async function insertPlanEvent(db: Db, event: Insertable<PlanEventTable>) {
  await db.insertInto("plan_events").values(event).execute();
}

export async function listPlanEvents(db: Db, planId: string) {
  return db
    .selectFrom("plan_events")
    .leftJoin("people as author", "author.id", "plan_events.actor_id")
    .select([
      "plan_events.id",
      "plan_events.actor_id",
      "plan_events.kind",
      "plan_events.summary",
      "plan_events.created_at",
      ...authorName,
    ])
    .where("plan_events.plan_id", "=", planId)
    .orderBy("plan_events.id")
    .execute();
}

export async function findSchool(db: Db, districtId: string, schoolId: string) {
  return db
    .selectFrom("schools")
    .select(["id", "name", "math_vision", "time_zone", "check_in_cadence_days"])
    .where("id", "=", schoolId)
    .where("district_id", "=", districtId)
    .executeTakeFirst();
}

export async function insertStatement(db: Db, statement: Insertable<StatementTable>) {
  await db.insertInto("statements").values(statement).execute();
}

export async function findStatement(db: Db, planId: string, statementId: string) {
  return db
    .selectFrom("statements")
    .selectAll()
    .where("id", "=", statementId)
    .where("plan_id", "=", planId)
    .executeTakeFirst();
}

export async function updateStatementBody(db: Db, statementId: string, body: string, now: string) {
  await db
    .updateTable("statements")
    .set({ body, updated_at: now })
    .where("id", "=", statementId)
    .execute();
}

/** Changes the words only if they are still those given; false when someone changed them first. */
export async function updateStatementBodyIfUnchanged(
  db: Db,
  change: {
    statement: { id: string; body: string };
    body: string;
    language: string | null;
    now: string;
  },
) {
  const { statement } = change;
  const result = await db
    .updateTable("statements")
    .set({ body: change.body, language: change.language, updated_at: change.now })
    .where("id", "=", statement.id)
    .where("body", "=", statement.body)
    .where("retired_at", "is", null)
    .executeTakeFirst();

  return result.numUpdatedRows > 0n;
}

/** Takes the statement off its plan; false when it was off already (two tabs, two people). */
export async function retireStatement(db: Db, statementId: string, now: string) {
  const result = await db
    .updateTable("statements")
    .set({ retired_at: now, updated_at: now })
    .where("id", "=", statementId)
    .where("retired_at", "is", null)
    .executeTakeFirst();

  return result.numUpdatedRows > 0n;
}

export async function setStatementProgress(
  db: Db,
  statementId: string,
  progress: ActionProgress,
  now: string,
) {
  await db
    .updateTable("statements")
    .set({ progress, updated_at: now })
    .where("id", "=", statementId)
    .execute();
}

/** The plan's statements that are not retired, oldest first, with their authors' names. */
export async function listStatements(db: Db, planId: string) {
  return db
    .selectFrom("statements")
    .innerJoin("people as author", "author.id", "statements.author_id")
    .select([
      "statements.id",
      "statements.section",
      "statements.body",
      "statements.language",
      "statements.voice",
      "statements.author_id",
      "statements.progress",
      "statements.created_at",
      "statements.updated_at",
      ...authorName,
    ])
    .where("statements.plan_id", "=", planId)
    .where("statements.retired_at", "is", null)
    .orderBy("statements.created_at")
    .orderBy("statements.id")
    .execute();
}

/** Which of the ids are strengths of this plan that are not retired. */
export async function findCurrentStrengthIds(db: Db, planId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("statements")
    .select("id")
    .where("plan_id", "=", planId)
    .where("section", "=", "strength")
    .where("retired_at", "is", null)
    .where("id", "in", ids)
    .execute();

  return rows.map((row) => row.id);
}

/** Makes the strengths named by an area exactly these. */
export async function replaceAreaStrengths(
  db: Db,
  link: { districtId: string; areaId: string; strengthIds: string[] },
) {
  await db.deleteFrom("area_strengths").where("area_id", "=", link.areaId).execute();
  if (link.strengthIds.length === 0) return;

  await db
    .insertInto("area_strengths")
    .values(
      link.strengthIds.map((strengthId) => ({
        district_id: link.districtId,
        area_id: link.areaId,
        strength_id: strengthId,
      })),
    )
    .execute();
}

export async function listAreaStrengths(db: Db, planId: string) {
  return db
    .selectFrom("area_strengths")
    .innerJoin("statements as area", "area.id", "area_strengths.area_id")
    .select(["area_strengths.area_id", "area_strengths.strength_id"])
    .where("area.plan_id", "=", planId)
    .execute();
}

export async function insertComment(db: Db, comment: Insertable<CommentTable>) {
  await db.insertInto("comments").values(comment).execute();
}

export async function listComments(db: Db, planId: string) {
  return db
    .selectFrom("comments")
    .innerJoin("people as author", "author.id", "comments.author_id")
    .select([
      "comments.id",
      "comments.statement_id",
      "comments.author_id",
      "comments.voice",
      "comments.body",
      "comments.language",
      "comments.created_at",
      ...authorName,
    ])
    .where("comments.plan_id", "=", planId)
    .orderBy("comments.created_at")
    .orderBy("comments.id")
    .execute();
}

export async function insertConferenceNote(db: Db, note: Insertable<ConferenceNoteTable>) {
  await db.insertInto("conference_notes").values(note).execute();
}

/** Staff only: the caller must have checked that the reader may see conference notes. */
export async function listConferenceNotes(db: Db, planId: string) {
  return db
    .selectFrom("conference_notes")
    .innerJoin("people as author", "author.id", "conference_notes.author_id")
    .select([
      "conference_notes.id",
      "conference_notes.prompt",
      "conference_notes.body",
      "conference_notes.created_at",
      ...authorName,
    ])
    .where("conference_notes.plan_id", "=", planId)
    .orderBy("conference_notes.created_at")
    .orderBy("conference_notes.id")
    .execute();
}

export async function insertMeeting(
  db: Db,
  meeting: Insertable<MeetingTable>,
  attendeeIds: string[],
) {
  await db.insertInto("meetings").values(meeting).execute();
  if (attendeeIds.length === 0) return;

  await db
    .insertInto("meeting_attendees")
    .values(
      attendeeIds.map((personId) => ({
        district_id: meeting.district_id,
        meeting_id: meeting.id,
        person_id: personId,
      })),
    )
    .execute();
}

export async function listMeetings(db: Db, planId: string) {
  return db
    .selectFrom("meetings")
    .select([
      "id",
      "starts_at",
      "place",
      "video_url",
      "notes",
      "recorded_by",
      "created_at",
      "version",
    ])
    .where("plan_id", "=", planId)
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
}

export type MeetingRow = Selectable<MeetingTable>;

export async function findMeeting(db: Db, planId: string, meetingId: string) {
  return db
    .selectFrom("meetings")
    .selectAll()
    .where("id", "=", meetingId)
    .where("plan_id", "=", planId)
    .executeTakeFirst();
}

/** Who was recorded as attending the meeting. */
export async function listAttendeeIdsOf(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("meeting_attendees")
    .select("person_id")
    .where("meeting_id", "=", meetingId)
    .orderBy("person_id")
    .execute();

  return rows.map((row) => row.person_id);
}

/**
 * Corrects a meeting only if it is still at the version the caller read, moving it to the next
 * one; false when someone corrected it first.
 */
export async function correctMeetingIfUnchanged(
  db: Db,
  change: {
    meeting: Pick<MeetingRow, "id" | "district_id" | "version">;
    set: Pick<MeetingRow, "starts_at" | "place" | "video_url" | "notes">;
    attendeeIds: string[];
  },
): Promise<boolean> {
  const { meeting } = change;
  const result = await db
    .updateTable("meetings")
    .set({ ...change.set, version: meeting.version + 1 })
    .where("id", "=", meeting.id)
    .where("version", "=", meeting.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;

  await db.deleteFrom("meeting_attendees").where("meeting_id", "=", meeting.id).execute();
  if (change.attendeeIds.length > 0) {
    await db
      .insertInto("meeting_attendees")
      .values(
        change.attendeeIds.map((personId) => ({
          district_id: meeting.district_id,
          meeting_id: meeting.id,
          person_id: personId,
        })),
      )
      .execute();
  }

  return true;
}

/**
 * Holds the meeting for the rest of the transaction if it is still at the version the caller
 * read: a write of the row itself, so a correction at the same moment waits, then finds it
 * changed or gone. False when someone changed or removed it first.
 */
export async function holdMeetingAtVersion(
  db: Db,
  meeting: Pick<MeetingRow, "id" | "version">,
): Promise<boolean> {
  const result = await db
    .updateTable("meetings")
    .set({ version: meeting.version })
    .where("id", "=", meeting.id)
    .where("version", "=", meeting.version)
    .executeTakeFirst();

  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the meeting and who attended it; its versions must be gone first. */
export async function deleteMeeting(db: Db, meetingId: string) {
  await db.deleteFrom("meeting_attendees").where("meeting_id", "=", meetingId).execute();
  await db.deleteFrom("meetings").where("id", "=", meetingId).execute();
}

export async function listMeetingAttendees(db: Db, planId: string) {
  return db
    .selectFrom("meeting_attendees")
    .innerJoin("meetings", "meetings.id", "meeting_attendees.meeting_id")
    .innerJoin("people as author", "author.id", "meeting_attendees.person_id")
    .select(["meeting_attendees.meeting_id", "author.id", "author.role", ...authorName])
    .where("meetings.plan_id", "=", planId)
    .orderBy("author.family_name")
    .orderBy("author.given_name")
    .execute();
}

/** The check-in scheduled and not held yet, if any. */
export async function findPendingCheckIn(db: Db, planId: string) {
  return db
    .selectFrom("check_ins")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("held_at", "is", null)
    .orderBy("due_on")
    .executeTakeFirst();
}

export async function insertCheckIn(db: Db, checkIn: Insertable<CheckInTable>) {
  await db.insertInto("check_ins").values(checkIn).execute();
}

export async function markCheckInHeld(
  db: Db,
  checkInId: string,
  held: { heldAt: string; note: string | null; recordedBy: string },
) {
  await db
    .updateTable("check_ins")
    .set({ held_at: held.heldAt, note: held.note, recorded_by: held.recordedBy })
    .where("id", "=", checkInId)
    .execute();
}

export async function insertCheckInProgress(
  db: Db,
  entries: {
    districtId: string;
    checkInId: string;
    statementId: string;
    progress: ActionProgress;
  }[],
) {
  if (entries.length === 0) return;

  await db
    .insertInto("check_in_progress")
    .values(
      entries.map((entry) => ({
        district_id: entry.districtId,
        check_in_id: entry.checkInId,
        statement_id: entry.statementId,
        progress: entry.progress,
      })),
    )
    .execute();
}

export async function listCheckIns(db: Db, planId: string) {
  return db
    .selectFrom("check_ins")
    .leftJoin("people as author", "author.id", "check_ins.recorded_by")
    .select([
      "check_ins.id",
      "check_ins.due_on",
      "check_ins.held_at",
      "check_ins.note",
      "check_ins.recorded_by",
      ...authorName,
    ])
    .where("check_ins.plan_id", "=", planId)
    .orderBy("check_ins.due_on")
    .orderBy("check_ins.id")
    .execute();
}

/** Progress recorded at the plan's check-ins, with the action it was about. */
export async function listCheckInProgress(db: Db, planId: string) {
  return db
    .selectFrom("check_in_progress")
    .innerJoin("check_ins", "check_ins.id", "check_in_progress.check_in_id")
    .innerJoin("statements", "statements.id", "check_in_progress.statement_id")
    .select([
      "check_in_progress.check_in_id",
      "check_in_progress.statement_id",
      "check_in_progress.progress",
      "statements.section",
      "statements.body",
      "statements.voice",
    ])
    .where("check_ins.plan_id", "=", planId)
    .orderBy("statements.created_at")
    .execute();
}

/** Every plan of these students, newest first. */
export async function listPlansOfStudents(db: Db, districtId: string, studentIds: string[]) {
  // A student's plans all come in the slice of that student: their order holds.
  return readInSlices(studentIds, (slice) =>
    db
      .selectFrom("plans")
      .innerJoin("schools", "schools.id", "plans.school_id")
      .leftJoin("next_year_plans", "next_year_plans.plan_id", "plans.id")
      .select([
        "plans.id",
        "plans.student_id",
        "plans.stage",
        "plans.created_at",
        "plans.closed_at",
        "plans.archived_at",
        "schools.time_zone",
        "schools.name as school_name",
        "next_year_plans.plan_id as next_year_plan_id",
      ])
      .where("plans.district_id", "=", districtId)
      .where("plans.student_id", "in", slice)
      .orderBy("plans.created_at", "desc")
      .orderBy("plans.id")
      .execute(),
  );
}

/**
 * The plans a student or their family opens from their start page, newest first, with what
 * tells two of them apart: who started each and the closed school year it was archived with.
 */
export async function listPlansForFamily(db: Db, districtId: string, studentIds: string[]) {
  if (studentIds.length === 0) return [];

  return db
    .selectFrom("plans")
    .innerJoin("schools", "schools.id", "plans.school_id")
    .leftJoin("people as starter", "starter.id", "plans.started_by")
    .leftJoin("school_years", "school_years.id", "plans.school_year_id")
    .select([
      "plans.id",
      "plans.student_id",
      "plans.stage",
      "plans.created_at",
      "schools.time_zone",
      "schools.name as school_name",
      "starter.given_name as starter_given_name",
      "starter.family_name as starter_family_name",
      "starter.preferred_name as starter_preferred_name",
      "school_years.label as closed_year",
    ])
    .where("plans.district_id", "=", districtId)
    .where("plans.student_id", "in", studentIds)
    .orderBy("plans.created_at", "desc")
    .orderBy("plans.id")
    .execute();
}

/** The earliest check-in not yet held of each plan. */
export async function listNextCheckIns(db: Db, planIds: string[]) {
  return readInSlices(planIds, (slice) =>
    db
      .selectFrom("check_ins")
      .select(["plan_id", (eb) => eb.fn.min("due_on").as("due_on")])
      .where("plan_id", "in", slice)
      .where("held_at", "is", null)
      .groupBy("plan_id")
      .execute(),
  );
}
