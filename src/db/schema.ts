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
  /**
   * Who set preferred_locale (localeSetBy in people-store.ts): 0 the roster, 1 the person in the
   * app (a roster import keeps it), 2 staff while the roster said none (kept until it says one).
   */
  locale_chosen: Generated<number>;
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

/**
 * An org of the district's roster (migrations/018-roster-orgs.ts): a department is placed by its
 * parents when an export does not list it (placeOfOrg in src/domain/roster/check-roster.ts).
 */
export interface RosterOrgTable {
  district_id: string;
  source_id: string;
  type: string;
  name: string;
  parent_source_id: string | null;
  last_import_id: string;
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
  /** held: stopped before writing, to ask before making much of the district inactive. */
  status: "checked" | "imported" | "refused" | "held";
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
  /** Set when an administrator closed the plan's school year: the plan is then read only. */
  archived_at: string | null;
  /** The closed school year the plan belongs to (null: the current year). */
  school_year_id: string | null;
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
  /** The language the writer was using (a locale tag), shown to readers of another language. */
  language: string | null;
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
  language: string | null;
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
  /** Moves on with each correction; a correction form sends back the one it showed. */
  version: Generated<number>;
}

/**
 * 'asked': the family asked for another time; 'agreed': a time is chosen; 'withdrawn': staff took
 * the times back before the family chose one.
 */
export type MeetingProposalStatus = "proposed" | "asked" | "agreed" | "cancelled" | "withdrawn";

/** A meeting the teacher proposes times for and the family chooses one of. */
export interface MeetingProposalTable {
  id: string;
  district_id: string;
  plan_id: string;
  proposed_by: string;
  status: MeetingProposalStatus;
  place: string | null;
  video_url: string | null;
  duration_minutes: number;
  /** The chosen time, once agreed (UTC). */
  starts_at: string | null;
  /** The iCalendar SEQUENCE: raised each time the agreed meeting changes. */
  sequence: number;
  family_note: string | null;
  answered_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingProposalTimeTable {
  id: string;
  district_id: string;
  proposal_id: string;
  position: number;
  starts_at: string;
}

/** A person's private calendar feed; only the hash of its secret is kept. */
export interface CalendarFeedTable {
  id: string;
  district_id: string;
  person_id: string;
  secret_hash: string;
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
  /** Files and the iCalendar invitation the email carries, as JSON (see src/mail/outbox.ts). */
  attachments_json: string | null;
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

export interface SchoolVisionTable {
  school_id: string;
  locale: string;
  body: string;
  updated_at: string;
}

export interface CheckInReminderTable {
  check_in_id: string;
  person_id: string;
  district_id: string;
  created_at: string;
}

/** A math identity statement of a school; its id never changes, so old answers keep meaning. */
export interface IdentityStatementTable {
  id: string;
  district_id: string;
  school_id: string;
  /** The catalog key of a starter statement, whose wording comes from the catalog until edited. */
  starter_key: string | null;
  position: number;
  retired_at: string | null;
  /** Counts its rewordings: 1 until first reworded. Each answer keeps the one it was given to. */
  wording_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A school's own wording of an identity statement in one language. */
export interface IdentityStatementTextTable {
  district_id: string;
  statement_id: string;
  locale: string;
  body: string;
  updated_at: string;
}

/**
 * A wording a statement had before it was reworded, one row per language, so answers given to
 * it show what was asked. A version without rows was the starter's catalog wording.
 */
export interface IdentityStatementWordingTable {
  district_id: string;
  statement_id: string;
  version: number;
  locale: string;
  body: string;
  /** When this wording was replaced. */
  replaced_at: string;
}

/** One sitting of the identity check: at plan start ('start') or before a check-in (its id). */
export interface IdentityCheckTable {
  id: string;
  district_id: string;
  plan_id: string;
  student_id: string;
  occasion: string;
  check_in_id: string | null;
  answered_on: string;
  created_at: string;
  updated_at: string;
}

/** 1 (strongly disagree) to 5 (strongly agree); null when the student prefers not to say. */
export interface IdentityAnswerTable {
  district_id: string;
  check_id: string;
  statement_id: string;
  agreement: number | null;
  /** The statement's wording_version the student was shown when answering. */
  wording_version: Generated<number>;
}

/** The student's choice whether their family sees their identity answers. */
export interface IdentityConsentTable {
  student_id: string;
  district_id: string;
  family_may_see: number;
  updated_at: string;
}

/** What a student or family member says before a check-in, in their own voice. */
export interface CheckInUpdateTable {
  id: string;
  district_id: string;
  plan_id: string;
  check_in_id: string;
  author_id: string;
  voice: Voice;
  went_well: string | null;
  was_hard: string | null;
  created_at: string;
  updated_at: string;
}

export interface CheckInUpdateProgressTable {
  district_id: string;
  update_id: string;
  statement_id: string;
  progress: ActionProgress;
}

/** Every wording a statement has had, and its retirement, with who and when. */
export interface StatementVersionTable {
  id: string;
  district_id: string;
  plan_id: string;
  statement_id: string;
  version: number;
  body: string;
  change: "written" | "edited" | "retired";
  changed_by: string;
  created_at: string;
}

/** Every version a recorded meeting has had; its attendees are in meeting_version_attendees. */
export interface MeetingVersionTable {
  id: string;
  district_id: string;
  plan_id: string;
  meeting_id: string;
  version: number;
  starts_at: string;
  place: string | null;
  video_url: string | null;
  notes: string | null;
  change: "recorded" | "corrected";
  changed_by: string;
  created_at: string;
}

export interface MeetingVersionAttendeeTable {
  district_id: string;
  version_id: string;
  person_id: string;
}

/** An "add" form's one-time token, once that form saved something (migration 013). */
export interface FormTokenTable {
  person_id: string;
  token: string;
  district_id: string;
  plan_id: string | null;
  /** The record the form saved: where a second send of it lands. */
  saved_id: string;
  created_at: string;
}

/** A family member opened the plan: the program page counts families who took part. */
export interface PlanFamilyViewTable {
  district_id: string;
  plan_id: string;
  person_id: string;
  first_viewed_at: string;
}

/** Staff only: a teacher's reflection on how a plan went, or on their year when plan_id is null. */
export interface ReflectionTable {
  id: string;
  district_id: string;
  school_id: string;
  /** "2026-2027": the school year starts on August 1 (src/domain/reflections/school-year.ts). */
  school_year: string;
  plan_id: string | null;
  author_id: string;
  body: string;
  created_at: string;
}

/** Staff only: what the school team decided for next year after reading the reflections. */
export interface TeamDecisionTable {
  id: string;
  district_id: string;
  school_id: string;
  school_year: string;
  author_id: string;
  body: string;
  created_at: string;
}

/** A plan started from a student's closed plan of last year. */
export interface CarriedPlanTable {
  plan_id: string;
  district_id: string;
  from_plan_id: string;
  carried_by: string;
  created_at: string;
}

/** A statement copied from last year's plan, marked so the new plan shows where it came from. */
export interface CarriedStatementTable {
  statement_id: string;
  district_id: string;
  from_statement_id: string;
}

/** A plan started for the year after its school's current one (migrations/016-next-year-plans). */
export interface NextYearPlanTable {
  plan_id: string;
  district_id: string;
  created_at: string;
}

/**
 * Who viewed or changed a student's plan or records, from where and when: ids only, never names.
 * Read only: triggers refuse any change but replacing ids with a tombstone (a deleted student).
 */
export interface AuditEntryTable {
  id: Generated<number>;
  district_id: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  /** The route pattern asked for (no ids in it), such as "GET /plans/:planId". */
  route: string | null;
  plan_id: string | null;
  student_id: string | null;
  client_address: string | null;
  /** Counts and other facts as JSON; never names. */
  details: Generated<string>;
  created_at: string;
}

/** A school year an administrator closed: its plans were closed and archived read only. */
export interface SchoolYearTable {
  id: string;
  district_id: string;
  school_id: string;
  label: string;
  closed_by: string;
  closed_at: string;
  plans_closed: number;
  plans_archived: number;
}

export interface Database {
  districts: DistrictTable;
  schools: SchoolTable;
  people: PersonTable;
  person_schools: PersonSchoolTable;
  roster_orgs: RosterOrgTable;
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
  meeting_proposals: MeetingProposalTable;
  meeting_proposal_times: MeetingProposalTimeTable;
  calendar_feeds: CalendarFeedTable;
  check_ins: CheckInTable;
  check_in_progress: CheckInProgressTable;
  plan_events: PlanEventTable;
  sign_in_cards: SignInCardTable;
  outbox_emails: OutboxEmailTable;
  settings: SettingTable;
  rate_limits: RateLimitTable;
  audit_entries: AuditEntryTable;
  school_years: SchoolYearTable;
  identity_statements: IdentityStatementTable;
  identity_statement_texts: IdentityStatementTextTable;
  identity_statement_wordings: IdentityStatementWordingTable;
  identity_checks: IdentityCheckTable;
  identity_answers: IdentityAnswerTable;
  identity_consents: IdentityConsentTable;
  check_in_updates: CheckInUpdateTable;
  check_in_update_progress: CheckInUpdateProgressTable;
  statement_versions: StatementVersionTable;
  form_tokens: FormTokenTable;
  meeting_versions: MeetingVersionTable;
  meeting_version_attendees: MeetingVersionAttendeeTable;
  school_visions: SchoolVisionTable;
  check_in_reminders: CheckInReminderTable;
  plan_family_views: PlanFamilyViewTable;
  reflections: ReflectionTable;
  team_decisions: TeamDecisionTable;
  carried_plans: CarriedPlanTable;
  carried_statements: CarriedStatementTable;
  next_year_plans: NextYearPlanTable;
}
