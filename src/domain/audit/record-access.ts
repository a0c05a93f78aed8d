import type { Kysely } from "kysely";
import type { Clock } from "../../clock.ts";
import { isoNow } from "../../clock.ts";
import {
  findAuditedPlans,
  findAuditedStudents,
  insertAuditEntries,
  insertPlanAuditEntry,
  insertStudentAuditEntry,
  type SubjectEntry,
} from "../../db/audit-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";

/**
 * What an entry records. "view" and "change" come from the requests of a plan's or a student's
 * own pages (recordAccess); the others are written by the service that did it.
 */
export type AuditAction =
  | "view"
  | "change"
  | "student.deleted"
  | "school_year.closed"
  | "school_year.plan_closed"
  | "school_year.plan_archived"
  | "class_plans.started"
  | "class_plans.carried_forward"
  | "plan.carried_forward"
  | "grade_plans.downloaded";

export interface AccessRequest {
  actor: Actor;
  method: string;
  /** The route pattern that answered, such as "/plans/:planId/print": ids stay out of it. */
  route: string;
  path: string;
  clientAddress: string;
}

/**
 * The plan or student a route is about, from its address. A person's sign-in card
 * (/people/:personId/card) counts as the student's when they are one: nothing is written for a
 * family member's or a teacher's card, whose entry would name no student.
 */
export function subjectOf(route: string, path: string) {
  const plan = route.startsWith("/plans/:planId") ? /^\/plans\/([^/]+)/.exec(path) : null;
  if (plan?.[1]) return { planId: decodeURIComponent(plan[1]) };

  const student = route.startsWith("/students/:studentId")
    ? /^\/students\/([^/]+)/.exec(path)
    : null;
  if (student?.[1]) return { studentId: decodeURIComponent(student[1]) };

  const person = route.startsWith("/people/:personId") ? /^\/people\/([^/]+)/.exec(path) : null;
  if (person?.[1]) return { studentId: decodeURIComponent(person[1]) };

  return null;
}

/**
 * Writes who looked at or changed a student's plan or records, once the request succeeded.
 * A GET is a view (pages, prints, PDFs, exports); a POST is a change. Nothing is written when
 * the plan or student is gone (a deletion writes its own entry, with counts only).
 */
export async function recordAccess(
  deps: { db: Kysely<Database>; clock: Clock },
  request: AccessRequest,
): Promise<boolean> {
  const subject = subjectOf(request.route, request.path);
  if (!subject) return false;

  return writeEntry(deps.db, entryOf(request, deps.clock), subject);
}

type Subject = NonNullable<ReturnType<typeof subjectOf>>;

function entryOf(request: AccessRequest, clock: Clock): SubjectEntry {
  const { actor } = request;

  return {
    district_id: actor.districtId,
    actor_id: actor.personId,
    actor_role: actor.role,
    action: request.method === "GET" ? "view" : "change",
    route: `${request.method} ${request.route}`,
    client_address: request.clientAddress,
    created_at: isoNow(clock),
  };
}

function writeEntry(db: Kysely<Database>, entry: SubjectEntry, subject: Subject) {
  return "planId" in subject
    ? insertPlanAuditEntry(db, entry, subject.planId)
    : insertStudentAuditEntry(db, entry, subject.studentId);
}

interface Waiting {
  entry: SubjectEntry;
  subject: Subject;
  done: (written: boolean) => void;
  failed: (error: unknown) => void;
}

/**
 * recordAccess for a server: the entries of requests that finish while a write is under way are
 * written together as soon as it ends (a group commit): their plans and students are looked up
 * in one query each and the entries stored in one insert. Each request still answers only once
 * its own entry is stored, so the trail misses no view; but fifty teachers opening plans at once
 * share a few statements instead of making fifty, which had held a plan page to a third of what
 * the same server sends from memory. The first write waits for the end of the event loop's turn
 * (setImmediate): SQLite's statements finish without giving the loop a turn, so writing at once
 * stored nearly every view of a busy server alone, one commit each (a plan page at 0.23 of the
 * page from memory, 0.6 with the wait).
 */
export function accessRecorder(deps: { db: Kysely<Database>; clock: Clock }) {
  const waiting: Waiting[] = [];
  let writing = false;

  async function writeWaiting() {
    try {
      while (waiting.length > 0) {
        // Under every database's limit of values in one statement.
        await writeBatch(deps.db, waiting.splice(0, 500));
      }
    } finally {
      writing = false;
    }
  }

  return (request: AccessRequest): Promise<boolean> => {
    const subject = subjectOf(request.route, request.path);
    if (!subject) return Promise.resolve(false);

    return new Promise<boolean>((done, failed) => {
      waiting.push({ entry: entryOf(request, deps.clock), subject, done, failed });
      if (writing) return;
      // Waits for the rest of this turn of the event loop: the requests that arrived with this
      // one reach this point before their answers go out, and their entries join the batch.
      writing = true;
      setImmediate(() => void writeWaiting());
    });
  };
}

async function writeBatch(db: Kysely<Database>, batch: Waiting[]) {
  if (batch.length > 1) {
    try {
      const written = await writeTogether(db, batch);
      for (const [at, waiting] of batch.entries()) waiting.done(written[at] ?? false);
      return;
    } catch {
      // One entry's failure must not fail the others' requests: each is tried on its own.
    }
  }
  for (const waiting of batch) {
    try {
      waiting.done(await writeEntry(db, waiting.entry, waiting.subject));
    } catch (error) {
      waiting.failed(error);
    }
  }
}

/** Stores the entries whose plan or student is there; says for each whether it was stored. */
async function writeTogether(db: Kysely<Database>, batch: Waiting[]) {
  const planIds = batch.flatMap(({ subject }) => ("planId" in subject ? [subject.planId] : []));
  const studentIds = batch.flatMap(({ subject }) =>
    "studentId" in subject ? [subject.studentId] : [],
  );
  const plans = await findAuditedPlans(db, planIds);
  const students = await findAuditedStudents(db, studentIds);

  const rows = batch.map(({ entry, subject }) => {
    if ("planId" in subject) {
      const plan = plans.get(subject.planId);
      return plan?.district_id === entry.district_id
        ? { ...entry, plan_id: plan.id, student_id: plan.student_id }
        : null;
    }
    const student = students.get(subject.studentId);
    return student?.district_id === entry.district_id
      ? { ...entry, plan_id: null, student_id: student.id }
      : null;
  });
  await insertAuditEntries(
    db,
    rows.flatMap((row) => (row ? [row] : [])),
  );

  return rows.map((row) => row !== null);
}
