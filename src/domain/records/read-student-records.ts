import type { Kysely } from "kysely";
import type { Clock } from "../../clock.ts";
import { isoNow } from "../../clock.ts";
import {
  listMeetingVersionAttendees,
  listMeetingVersions,
} from "../../db/meeting-version-store.ts";
import {
  attendeesOfPlans,
  cardsOfPerson,
  checkInProgressOfPlans,
  checkInsOfPlans,
  checkInUpdateProgressOfPlans,
  checkInUpdatesOfPlans,
  classesOfStudent,
  commentsOfPlans,
  contactOfPerson,
  eventsOfPlans,
  findStudentRecord,
  guardiansOfStudent,
  identityAnswersOfPlans,
  meetingProposalsOfPlans,
  meetingsOfPlans,
  plansOfStudent,
  proposalTimesOfPlans,
  schoolsOfStudent,
  statementsOfPlans,
  statementVersionsOfPlans,
} from "../../db/records-store.ts";
import type { Database } from "../../db/schema.ts";
import { findFirstSchoolOf } from "../../db/school-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeStudent, mayViewIdentityAnswers, type Relationship } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { familyMaySee } from "../identity/identity-consent.ts";
import { askedWordings } from "../identity/identity-statements.ts";
import { personName } from "../plans/person-name.ts";
import { staffOnlyEvents } from "../plans/plan-event.ts";

/*
 * Everything the app holds about a student, as their family or they themself may read it: the
 * person record, school and classes, the family members linked to them, every plan with all its
 * statements (removed ones too) and every wording they had, comments, meetings (with every
 * version of a corrected one) and the meeting times proposed with the family's answers,
 * check-ins and the updates the student and family sent before them, the student's math
 * identity answers, history, and when sign-in cards were made.
 * Left out, by the decision in docs/decisions/0008-family-records.md:
 * conference notes (staff working notes) and their history events, and other people's private
 * data (other family members' contact details, sign-in tokens). The reader's own contact
 * details are included, since they are the reader's. Identity answers are the student's: a
 * family's copy holds them only while the student lets the family see them, as on the plan page.
 */

export interface StudentRecords {
  format: "math-action-plans/student-records";
  version: 1;
  madeAt: string;
  /** The zone of the student's school, in which the download's own times are told. */
  timeZone: string;
  student: {
    id: string;
    givenName: string;
    familyName: string;
    preferredName: string | null;
    email: string | null;
    phone: string | null;
    grades: string | null;
    preferredLanguage: string | null;
    active: boolean;
    createdAt: string;
    updatedAt: string;
  };
  schools: { id: string; name: string }[];
  classes: { id: string; title: string; classCode: string | null; active: boolean }[];
  familyMembers: { id: string; name: string; linkActive: boolean }[];
  /** The reader's own contact details, when the reader is a family member. */
  you: { name: string; email: string | null; phone: string | null } | null;
  /** False when the reader is family and the student keeps their identity answers to themself. */
  identityAnswersIncluded: boolean;
  plans: PlanRecord[];
  signInCards: { createdAt: string; lastUsedAt: string | null; stoppedAt: string | null }[];
}

export interface PlanRecord {
  id: string;
  school: string;
  timeZone: string;
  stage: string;
  startedAt: string;
  sharedAt: string | null;
  agreedAt: string | null;
  closedAt: string | null;
  archivedAt: string | null;
  schoolYear: string | null;
  statements: {
    id: string;
    section: string;
    voice: string;
    body: string;
    author: string;
    progress: string | null;
    writtenAt: string;
    changedAt: string;
    removedAt: string | null;
  }[];
  comments: {
    statementId: string | null;
    voice: string;
    body: string;
    author: string;
    writtenAt: string;
  }[];
  meetings: {
    id: string;
    startsAt: string;
    place: string | null;
    videoLink: string | null;
    notes: string | null;
    attendees: string[];
  }[];
  checkIns: {
    dueOn: string;
    heldAt: string | null;
    note: string | null;
    progress: { statementId: string; progress: string }[];
  }[];
  meetingProposals: {
    status: string;
    place: string | null;
    videoLink: string | null;
    durationMinutes: number;
    proposedTimes: string[];
    agreedStartsAt: string | null;
    familyNote: string | null;
    proposedAt: string;
    changedAt: string;
  }[];
  checkInUpdates: {
    checkInDueOn: string;
    voice: string;
    author: string;
    wentWell: string | null;
    wasHard: string | null;
    progress: { statementId: string; progress: string }[];
    writtenAt: string;
    changedAt: string;
  }[];
  statementVersions: {
    statementId: string;
    version: number;
    body: string;
    change: string;
    author: string;
    at: string;
  }[];
  /** Every version a corrected meeting's record has had: as recorded, then each correction. */
  meetingVersions: {
    meetingId: string;
    version: number;
    change: string;
    startsAt: string;
    place: string | null;
    videoLink: string | null;
    notes: string | null;
    attendees: string[];
    author: string;
    at: string;
  }[];
  /** agreement: 1 strongly disagree to 5 strongly agree; null when the student chose not to say. */
  identityAnswers: {
    occasion: string;
    answeredOn: string;
    statementId: string;
    statement: string;
    agreement: number | null;
  }[];
  history: { kind: string; at: string }[];
}

type RecordsDeps = { db: Kysely<Database>; clock: Clock };

/** The student's records for a reader the policy lets export them. */
export async function readStudentRecords(
  deps: RecordsDeps,
  actor: Actor,
  studentId: string,
): Promise<StudentRecords> {
  const { relationship } = await authorizeStudent(deps.db, actor, studentId, "exportRecords");
  const { db } = deps;
  const districtId = actor.districtId;
  const student = await findStudentRecord(db, districtId, studentId);
  if (!student) throw notFound(`student ${studentId}`);
  const consent = { familyMaySee: await familyMaySee(deps, studentId) };
  const identityShown = mayViewIdentityAnswers(relationship, consent);

  return {
    format: "math-action-plans/student-records",
    version: 1,
    madeAt: isoNow(deps.clock),
    timeZone: await schoolTimeZone(db, districtId, studentId),
    student: {
      id: student.id,
      givenName: student.given_name,
      familyName: student.family_name,
      preferredName: student.preferred_name,
      email: student.email,
      phone: student.phone,
      grades: student.grades,
      preferredLanguage: student.preferred_locale,
      active: student.active === 1,
      createdAt: student.created_at,
      updatedAt: student.updated_at,
    },
    schools: await schoolsOfStudent(db, districtId, studentId),
    classes: (await classesOfStudent(db, districtId, studentId)).map((row) => ({
      id: row.id,
      title: row.title,
      classCode: row.class_code,
      active: row.active === 1,
    })),
    familyMembers: (await guardiansOfStudent(db, districtId, studentId)).map((row) => ({
      id: row.id,
      name: personName(row),
      linkActive: row.active === 1,
    })),
    you: await readerContact(db, actor, relationship),
    identityAnswersIncluded: identityShown,
    plans: await planRecords(db, { districtId, studentId, locale: actor.locale, identityShown }),
    signInCards: (await cardsOfPerson(db, districtId, studentId)).map((card) => ({
      createdAt: card.created_at,
      lastUsedAt: card.last_used_at,
      stoppedAt: card.revoked_at,
    })),
  };
}

async function schoolTimeZone(db: Kysely<Database>, districtId: string, studentId: string) {
  const school =
    (await findFirstSchoolOf(db, { districtId, personId: studentId })) ??
    (await findFirstSchoolOf(db, { districtId }));

  return school?.time_zone ?? "UTC";
}

async function readerContact(db: Kysely<Database>, actor: Actor, relationship: Relationship) {
  if (relationship !== "guardian") return null;
  const reader = await contactOfPerson(db, actor.districtId, actor.personId);

  return reader ? { name: personName(reader), email: reader.email, phone: reader.phone } : null;
}

interface PlanRecordsOptions {
  districtId: string;
  studentId: string;
  locale: string;
  identityShown: boolean;
}

async function planRecords(db: Kysely<Database>, options: PlanRecordsOptions) {
  const plans = await plansOfStudent(db, options.districtId, options.studentId);
  const ids = plans.map((plan) => plan.id);
  const statements = await statementsOfPlans(db, ids);
  const comments = await commentsOfPlans(db, ids);
  const meetings = await meetingsOfPlans(db, ids);
  const attendees = await attendeesOfPlans(db, ids);
  const checkIns = await checkInsOfPlans(db, ids);
  const progress = await checkInProgressOfPlans(db, ids);
  const events = await eventsOfPlans(db, ids);
  const proposals = await proposalRecords(db, ids);
  const updates = await updateRecords(db, ids);
  const versions = await statementVersionsOfPlans(db, ids);
  const meetingVersions = await meetingVersionRecords(db, ids);
  const identity = options.identityShown ? await identityRecords(db, plans, options) : [];

  return plans.map(
    (plan): PlanRecord => ({
      id: plan.id,
      school: plan.school_name,
      timeZone: plan.time_zone,
      stage: plan.stage,
      startedAt: plan.created_at,
      sharedAt: plan.shared_at,
      agreedAt: plan.agreed_at,
      closedAt: plan.closed_at,
      archivedAt: plan.archived_at,
      schoolYear: plan.year,
      statements: statements
        .filter((row) => row.plan_id === plan.id)
        .map((row) => ({
          id: row.id,
          section: row.section,
          voice: row.voice,
          body: row.body,
          author: personName(row),
          progress: row.progress,
          writtenAt: row.created_at,
          changedAt: row.updated_at,
          removedAt: row.retired_at,
        })),
      comments: comments
        .filter((row) => row.plan_id === plan.id)
        .map((row) => ({
          statementId: row.statement_id,
          voice: row.voice,
          body: row.body,
          author: personName(row),
          writtenAt: row.created_at,
        })),
      meetings: meetings
        .filter((row) => row.plan_id === plan.id)
        .map((row) => ({
          id: row.id,
          startsAt: row.starts_at,
          place: row.place,
          videoLink: row.video_url,
          notes: row.notes,
          attendees: attendees
            .filter((attendee) => attendee.meeting_id === row.id)
            .map((attendee) => personName(attendee)),
        })),
      checkIns: checkIns
        .filter((row) => row.plan_id === plan.id)
        .map((row) => ({
          dueOn: row.due_on,
          heldAt: row.held_at,
          note: row.note,
          progress: progress
            .filter((entry) => entry.check_in_id === row.id)
            .map((entry) => ({ statementId: entry.statement_id, progress: entry.progress })),
        })),
      meetingProposals: proposals
        .filter((proposal) => proposal.planId === plan.id)
        .map(({ planId: _, ...proposal }) => proposal),
      checkInUpdates: updates
        .filter((update) => update.planId === plan.id)
        .map(({ planId: _, ...update }) => update),
      statementVersions: versions
        .filter((row) => row.plan_id === plan.id)
        .map((row) => ({
          statementId: row.statement_id,
          version: row.version,
          body: row.body,
          change: row.change,
          author: personName(row),
          at: row.created_at,
        })),
      meetingVersions: meetingVersions
        .filter((version) => version.planId === plan.id)
        .map(({ planId: _, ...version }) => version),
      identityAnswers: identity
        .filter((answer) => answer.planId === plan.id)
        .map(({ planId: _, ...answer }) => answer),
      // The kinds and times only: summaries carry ids of staff-only records.
      history: events
        .filter((event) => event.plan_id === plan.id && !staffOnlyEvents.includes(event.kind))
        .map((event) => ({ kind: event.kind, at: event.created_at })),
    }),
  );
}

async function proposalRecords(db: Kysely<Database>, planIds: string[]) {
  const proposals = await meetingProposalsOfPlans(db, planIds);
  const times = await proposalTimesOfPlans(db, planIds);

  return proposals.map((row) => ({
    planId: row.plan_id,
    status: row.status,
    place: row.place,
    videoLink: row.video_url,
    durationMinutes: row.duration_minutes,
    proposedTimes: times.filter((time) => time.proposal_id === row.id).map((t) => t.starts_at),
    agreedStartsAt: row.starts_at,
    familyNote: row.family_note,
    proposedAt: row.created_at,
    changedAt: row.updated_at,
  }));
}

async function meetingVersionRecords(db: Kysely<Database>, planIds: string[]) {
  const versions = await listMeetingVersions(db, planIds);
  const attendees = await listMeetingVersionAttendees(db, planIds);

  return versions.map((row) => ({
    planId: row.plan_id,
    meetingId: row.meeting_id,
    version: row.version,
    change: row.change,
    startsAt: row.starts_at,
    place: row.place,
    videoLink: row.video_url,
    notes: row.notes,
    attendees: attendees
      .filter((attendee) => attendee.version_id === row.id)
      .map((attendee) => personName(attendee)),
    author: personName(row),
    at: row.created_at,
  }));
}

async function updateRecords(db: Kysely<Database>, planIds: string[]) {
  const updates = await checkInUpdatesOfPlans(db, planIds);
  const progress = await checkInUpdateProgressOfPlans(db, planIds);

  return updates.map((row) => ({
    planId: row.plan_id,
    checkInDueOn: row.due_on,
    voice: row.voice,
    author: personName(row),
    wentWell: row.went_well,
    wasHard: row.was_hard,
    progress: progress
      .filter((entry) => entry.update_id === row.id)
      .map((entry) => ({ statementId: entry.statement_id, progress: entry.progress })),
    writtenAt: row.created_at,
    changedAt: row.updated_at,
  }));
}

/** The answers with each statement's wording in the reader's language. */
async function identityRecords(
  db: Kysely<Database>,
  plans: { id: string; school_id: string }[],
  options: PlanRecordsOptions,
) {
  const answers = await identityAnswersOfPlans(
    db,
    plans.map((plan) => plan.id),
  );
  // Each answer in the words it was given to, however the school has reworded them since.
  const given = answers.map((row) => ({
    statementId: row.statement_id,
    wordingVersion: row.wording_version,
  }));
  const key = (statementId: string, version: number) => `${statementId} ${version}`;
  const asked = new Map<string, string>();
  for (const schoolId of new Set(plans.map((plan) => plan.school_id))) {
    const school = { districtId: options.districtId, schoolId, locale: options.locale };
    const { wordingOf } = await askedWordings(db, school, given);
    for (const answer of given) {
      const words = wordingOf(answer.statementId, answer.wordingVersion);
      if (words) asked.set(key(answer.statementId, answer.wordingVersion), words);
    }
  }

  return answers.map((row) => ({
    planId: row.plan_id,
    occasion: row.occasion,
    answeredOn: row.answered_on,
    statementId: row.statement_id,
    statement: asked.get(key(row.statement_id, row.wording_version)) ?? "",
    agreement: row.agreement,
  }));
}

/** Who the records page is about and how the reader stands to them. */
export async function openStudentRecords(
  deps: { db: Kysely<Database> },
  actor: Actor,
  studentId: string,
) {
  const { student, relationship } = await authorizeStudent(
    deps.db,
    actor,
    studentId,
    "exportRecords",
  );

  return { studentId: student.id, name: personName(student), relationship };
}
