import type { Kysely } from "kysely";
import { findStudent } from "../../db/access-store.ts";
import {
  listAreaStrengths,
  listCheckInProgress,
  listCheckIns,
  listComments,
  listConferenceNotes,
  listMeetingAttendees,
  listMeetings,
  listStatements,
  type PlanRow,
} from "../../db/plan-store.ts";
import type {
  ActionProgress,
  Database,
  PersonRole,
  StatementSection,
  Voice,
} from "../../db/schema.ts";
import { listSchoolVisions } from "../../db/school-store.ts";
import type { Actor } from "../access/actor.ts";
import {
  authorizePlan,
  may,
  mayOnPlan,
  type PlanAction,
  planTakesChanges,
  type Relationship,
  sectionsFor,
  voiceOf,
} from "../access/policy.ts";
import {
  type CheckInUpdateView,
  updatesForDueCheckIn,
} from "../check-ins/updates/read-check-in-updates.ts";
import { notFound } from "../errors.ts";
import { type IdentityView, readIdentity } from "../identity/read-identity.ts";
import { type AgreedMeetingView, upcomingAgreedMeetings } from "../meetings/read-meeting-times.ts";
import { type VisionTranslation, visionFor } from "../school/math-vision.ts";
import { type DayWindow, recordedMeetingDays } from "./date-windows.ts";
import { personName } from "./person-name.ts";
import { statementVersion } from "./plan-conflict.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { type HistoryEntry, historyOf } from "./plan-history.ts";
import { planSchool } from "./plan-school.ts";
import { type AttendeeChoice, meetingAttendeeChoices } from "./record-meeting.ts";

export interface CommentView {
  id: string;
  statementId: string | null;
  voice: Voice;
  body: string;
  /** The language the writer was using, shown when it differs from the reader's. */
  language: string | null;
  authorName: string;
  at: string;
}

export interface StatementView {
  id: string;
  section: StatementSection;
  body: string;
  language: string | null;
  voice: Voice;
  authorId: string;
  authorName: string;
  progress: ActionProgress | null;
  edited: boolean;
  /** The version of the words shown, which an edit form sends back (see plan-conflict.ts). */
  version: string;
  /** For an area of improvement: the strengths that will help with it. */
  helpedBy: string[];
  comments: CommentView[];
}

export interface MeetingView {
  id: string;
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  notes: string | null;
  attendees: { id: string; name: string; role: PersonRole }[];
  /** The version a correction or removal sends back (see meeting-conflict.ts); 1 as recorded. */
  version: number;
}

export interface CheckInView {
  id: string;
  dueOn: string;
  heldAt: string | null;
  note: string | null;
  recordedByName: string;
  progress: { statementId: string; section: StatementSection; body: string; progress: string }[];
}

export interface ConferenceNoteView {
  id: string;
  prompt: string | null;
  body: string;
  authorName: string;
  at: string;
}

/** Only ever filled for staff: conference notes are not even loaded for anyone else. */
export interface StaffView {
  conferenceNotes: ConferenceNoteView[];
  attendeeChoices: AttendeeChoice[];
}

export interface PlanView {
  plan: Pick<
    PlanRow,
    "id" | "stage" | "version" | "agreed_at" | "shared_at" | "closed_at" | "archived_at"
  >;
  /**
   * onRoster is false once the roster no longer lists the student (an import made them
   * inactive). Their teachers, their family and the student then lose the plan (policy.ts);
   * administrators keep it, and may still change it, with a notice on the page: a roster that
   * drops a student can be a mistake the next complete export undoes, or a student who left,
   * whose plan the school still finishes (a last meeting or note, closing it, which cancels the
   * meetings still to come). The roster never freezes or loses a plan; closing it makes it a
   * record.
   */
  student: { id: string; name: string; onRoster: boolean };
  /**
   * mathVision is in the reader's language when the school translated it; mathVisionLocale is the
   * language it is written in, when known.
   */
  school: {
    name: string;
    mathVision: string;
    mathVisionLocale: string | null;
    visionTranslations: VisionTranslation[];
    ownVision: string;
    timeZone: string;
  };
  today: string;
  relationship: Relationship;
  voice: Voice;
  may: Record<PlanAction, boolean>;
  sections: readonly StatementSection[];
  statements: StatementView[];
  comments: CommentView[];
  meetings: MeetingView[];
  /** Meetings the family agreed a time for that are still to come (meeting times). */
  agreedMeetings: AgreedMeetingView[];
  /** The days a meeting can be recorded on (date-windows.ts), for the form's date picker. */
  meetingDays: DayWindow;
  checkIns: CheckInView[];
  nextCheckIn: { dueOn: string; overdue: boolean } | null;
  /** The day a check-in scheduled today would fall on by the school's cadence. */
  suggestedCheckInOn: string;
  history: HistoryEntry[];
  staff: StaffView | null;
  /** The student's math identity answers over time, as far as the reader may see them. */
  identity?: IdentityView | undefined;
  /** Staff only: what the student and family sent before the check-in that is due. */
  checkInUpdates?: CheckInUpdateView[] | undefined;
}

const planActions: PlanAction[] = [
  "view",
  "viewStaffNotes",
  "writeStaffNotes",
  "writeTeacherVoice",
  "writeStudentVoice",
  "writeFamilyVoice",
  "comment",
  "recordMeeting",
  "agree",
  "checkIn",
  "share",
  "close",
];

/** Everything on a plan the actor may read, in one piece for the plan page and its print. */
export async function readPlan(deps: PlanDeps, actor: Actor, planId: string): Promise<PlanView> {
  const { plan, relationship } = await authorizePlan(deps.db, actor, planId, "view");
  const student = await findStudent(deps.db, plan.district_id, plan.student_id);
  if (!student) throw notFound(`student ${plan.student_id}`);
  const { school, today, nextCheckInOn } = await planSchool(deps, plan);
  const staffMay = may(relationship, "viewStaffNotes");
  const history = await historyOf(deps.db, plan, relationship);
  const statements = await statementsOf(deps.db, plan.id, editedStatements(history));
  const checkIns = await checkInsOf(deps.db, plan.id);
  const pending = plan.stage === "closed" ? undefined : checkIns.find((entry) => !entry.heldAt);

  return {
    plan,
    student: { id: student.id, name: personName(student), onRoster: student.active === 1 },
    school: await schoolOfPlan(deps.db, actor, school),
    today,
    relationship,
    voice: voiceOf(relationship),
    may: Object.fromEntries(
      planActions.map((action) => [action, mayOnPlan(relationship, plan, action)]),
    ) as Record<PlanAction, boolean>,
    sections: planTakesChanges(plan) ? sectionsFor(relationship) : [],
    statements: statements.statements,
    comments: statements.planComments,
    meetings: await meetingsOf(deps.db, plan.id),
    // A closed plan's meetings were cancelled with it: none is still to come.
    agreedMeetings: planTakesChanges(plan) ? await upcomingAgreedMeetings(deps, plan.id) : [],
    meetingDays: recordedMeetingDays({
      createdAt: plan.created_at,
      timeZone: school.time_zone,
      today,
    }),
    checkIns,
    nextCheckIn: pending ? { dueOn: pending.dueOn, overdue: pending.dueOn < today } : null,
    suggestedCheckInOn: nextCheckInOn,
    history,
    staff: staffMay ? await staffViewOf(deps.db, actor, plan) : null,
    identity: await readIdentity(deps, { plan, relationship, locale: actor.locale }),
    checkInUpdates: await updatesForDueCheckIn(deps, plan, relationship),
  };
}

/** Statements whose words changed after they were written: the page says so beside them. */
function editedStatements(history: HistoryEntry[]) {
  return new Set(
    history
      .filter((entry) => entry.kind === "statement.edited")
      .map((entry) => String(entry.details.statementId)),
  );
}

async function statementsOf(db: Kysely<Database>, planId: string, edited: Set<string>) {
  const rows = await listStatements(db, planId);
  const links = await listAreaStrengths(db, planId);
  const comments = (await listComments(db, planId)).map(
    (row): CommentView => ({
      id: row.id,
      statementId: row.statement_id,
      voice: row.voice,
      body: row.body,
      language: row.language,
      authorName: personName(row),
      at: row.created_at,
    }),
  );
  const current = new Set(rows.map((row) => row.id));
  const statements = rows.map(
    (row): StatementView => ({
      id: row.id,
      section: row.section,
      body: row.body,
      language: row.language,
      voice: row.voice,
      authorId: row.author_id,
      authorName: personName(row),
      progress: row.progress,
      edited: edited.has(row.id),
      version: statementVersion(row),
      helpedBy: links
        .filter((link) => link.area_id === row.id && current.has(link.strength_id))
        .map((link) => link.strength_id),
      comments: comments.filter((comment) => comment.statementId === row.id),
    }),
  );

  return {
    statements,
    planComments: comments.filter(
      (comment) => comment.statementId === null || !current.has(comment.statementId),
    ),
  };
}

async function meetingsOf(db: Kysely<Database>, planId: string): Promise<MeetingView[]> {
  const meetings = await listMeetings(db, planId);
  const attendees = await listMeetingAttendees(db, planId);

  return meetings.map((meeting) => ({
    id: meeting.id,
    startsAt: meeting.starts_at,
    place: meeting.place,
    videoUrl: meeting.video_url,
    notes: meeting.notes,
    attendees: attendees
      .filter((attendee) => attendee.meeting_id === meeting.id)
      .map((attendee) => ({ id: attendee.id, name: personName(attendee), role: attendee.role })),
    version: meeting.version,
  }));
}

async function checkInsOf(db: Kysely<Database>, planId: string): Promise<CheckInView[]> {
  const checkIns = await listCheckIns(db, planId);
  const progress = await listCheckInProgress(db, planId);

  return checkIns.map((checkIn) => ({
    id: checkIn.id,
    dueOn: checkIn.due_on,
    heldAt: checkIn.held_at,
    note: checkIn.note,
    recordedByName: personName(checkIn),
    progress: progress
      .filter((entry) => entry.check_in_id === checkIn.id)
      .map((entry) => ({
        statementId: entry.statement_id,
        section: entry.section,
        body: entry.body,
        progress: entry.progress,
      })),
  }));
}

async function staffViewOf(db: Kysely<Database>, actor: Actor, plan: PlanRow): Promise<StaffView> {
  const notes = await listConferenceNotes(db, plan.id);

  return {
    conferenceNotes: notes.map((note) => ({
      id: note.id,
      prompt: note.prompt,
      body: note.body,
      authorName: personName(note),
      at: note.created_at,
    })),
    attendeeChoices: await meetingAttendeeChoices(db, actor, plan),
  };
}

/** The school as the plan shows it, with the Math Vision in the reader's language if written. */
async function schoolOfPlan(
  db: Kysely<Database>,
  actor: Actor,
  school: { id: string; name: string; math_vision: string; time_zone: string },
): Promise<PlanView["school"]> {
  const visionTranslations = (await listSchoolVisions(db, [school.id])).map(({ locale, body }) => ({
    locale,
    body,
  }));
  const vision = visionFor(actor.locale, school.math_vision, visionTranslations);

  return {
    name: school.name,
    mathVision: vision.text,
    mathVisionLocale: vision.locale,
    visionTranslations,
    ownVision: school.math_vision,
    timeZone: school.time_zone,
  };
}
