import type { Generated } from "kysely";

/*
 * The database, table by table. Times are ISO-8601 text in UTC and calendar days are
 * YYYY-MM-DD text, so SQLite and PostgreSQL store and compare them the same way. Flags are
 * integers (0/1) for the same reason. Every row but a district belongs to a district: the tenant.
 */

export type PersonRole = "administrator" | "teacher" | "student" | "guardian";
export type PlanStage = "draft" | "shared" | "agreed" | "checking_in" | "closed";
export type StatementSection =
  | "strength"
  | "area"
  | "student_action"
  | "teacher_action"
  | "family_action";
export type Voice = "student" | "family" | "teacher";
export type ActionProgress = "not_started" | "under_way" | "done" | "changed";
/** 'kept': no mail server is set up, so the email stays in the app for an administrator. */
export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "kept";

export interface DistrictTable {
  id: string;
  source_id: string | null;
  name: string;
  created_at: string;
  /** 1 for a demo school loaded to explore the app: anyone may sign in as its people. */
  demo: Generated<number>;
}

export interface SchoolTable {
  id: string;
  district_id: string;
  source_id: string | null;
  name: string;
  math_vision: string;
  time_zone: string;
  check_in_cadence_days: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  district_id: string;
  source_id: string | null;
  role: PersonRole;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  email: string | null;
  phone: string | null;
  grades: string | null;
  preferred_locale: string | null;
  active: number;
  auth_user_id: string | null;
  created_at: string;
  updated_at: string;
  /** The roster import that last brought this row (see migrations/002-roster.ts). */
  last_import_id: string | null;
}

/** Which schools a person belongs to (OneRoster orgSourcedIds). */
export interface PersonSchoolTable {
  person_id: string;
  school_id: string;
  district_id: string;
}

export interface ClassTable {
  id: string;
  district_id: string;
  school_id: string;
  source_id: string | null;
  title: string;
  class_code: string | null;
  grades: string | null;
  active: number;
  created_at: string;
  updated_at: string;
  /** The roster import that last brought this row (see migrations/002-roster.ts). */
  last_import_id: string | null;
}

export interface EnrollmentTable {
  id: string;
  district_id: string;
  source_id: string | null;
  class_id: string;
  person_id: string;
  role: string;
  active: number;
  created_at: string;
  updated_at: string;
  /** The roster import that last brought this row (see migrations/002-roster.ts). */
  last_import_id: string | null;
}

export interface GuardianLinkTable {
  id: string;
  district_id: string;
  guardian_id: string;
  student_id: string;
  active: number;
  created_at: string;
  updated_at: string;
  /** The roster import that last brought this row (see migrations/002-roster.ts). */
  last_import_id: string | null;
}

export interface RosterImportTable {
  id: string;
  district_id: string;
  started_by: string | null;
  source_name: string;
  status: "checked" | "imported" | "refused";
  report: string;
  created_at: string;
}

export interface PlanTable {
  id: string;
  district_id: string;
  school_id: string;
  student_id: string;
  started_by: string;
  stage: PlanStage;
  /** Bumped on every change, for optimistic concurrency. */
  version: number;
  agreed_at: string | null;
  shared_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A strength, an area of improvement or an action, in the voice of the person who wrote it. */
export interface StatementTable {
  id: string;
  district_id: string;
  plan_id: string;
  section: StatementSection;
  body: string;
  voice: Voice;
  author_id: string;
  progress: ActionProgress | null;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An area of improvement names the strengths that will help with it. */
export interface AreaStrengthTable {
  district_id: string;
  area_id: string;
  strength_id: string;
}

export interface CommentTable {
  id: string;
  district_id: string;
  plan_id: string;
  statement_id: string | null;
  author_id: string;
  voice: Voice;
  body: string;
  created_at: string;
}

/** Staff only: never shown to students or families. */
export interface ConferenceNoteTable {
  id: string;
  district_id: string;
  plan_id: string;
  author_id: string;
  prompt: string | null;
  body: string;
  created_at: string;
}

export interface MeetingTable {
  id: string;
  district_id: string;
  plan_id: string;
  starts_at: string;
  place: string | null;
  video_url: string | null;
  notes: string | null;
  recorded_by: string;
  created_at: string;
}

export interface MeetingAttendeeTable {
  district_id: string;
  meeting_id: string;
  person_id: string;
}

export interface CheckInTable {
  id: string;
  district_id: string;
  plan_id: string;
  due_on: string;
  held_at: string | null;
  note: string | null;
  recorded_by: string | null;
  created_at: string;
}

export interface CheckInProgressTable {
  district_id: string;
  check_in_id: string;
  statement_id: string;
  progress: ActionProgress;
}

/** The plan's history: who changed what, when. Written in the same transaction as the change. */
export interface PlanEventTable {
  id: Generated<number>;
  district_id: string;
  plan_id: string;
  actor_id: string | null;
  kind: string;
  summary: string;
  created_at: string;
}

/** A printed or shared sign-in link for a student or family member; only its hash is kept. */
export interface SignInCardTable {
  id: string;
  district_id: string;
  person_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface OutboxEmailTable {
  id: string;
  district_id: string | null;
  kind: string;
  to_address: string;
  to_name: string | null;
  subject: string;
  text_body: string;
  html_body: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** Installation-wide values, such as the generated signing secret shared by every process. */
export interface SettingTable {
  key: string;
  value: string;
}

/** Sign-in attempts counted per hashed key (an address or a client) and fixed window. */
export interface RateLimitTable {
  key: string;
  window_start: string;
  count: number;
}

export interface Database {
  districts: DistrictTable;
  schools: SchoolTable;
  people: PersonTable;
  person_schools: PersonSchoolTable;
  classes: ClassTable;
  enrollments: EnrollmentTable;
  guardian_links: GuardianLinkTable;
  roster_imports: RosterImportTable;
  plans: PlanTable;
  statements: StatementTable;
  area_strengths: AreaStrengthTable;
  comments: CommentTable;
  conference_notes: ConferenceNoteTable;
  meetings: MeetingTable;
  meeting_attendees: MeetingAttendeeTable;
  check_ins: CheckInTable;
  check_in_progress: CheckInProgressTable;
  plan_events: PlanEventTable;
  sign_in_cards: SignInCardTable;
  outbox_emails: OutboxEmailTable;
  settings: SettingTable;
  rate_limits: RateLimitTable;
}
