import type { Kysely } from "kysely";
import { z } from "zod";
import {
  type AuditFilter,
  countAuditEntries,
  districtTimeZone,
  findPeopleOfDistrict,
  listAuditEntries,
} from "../../db/audit-store.ts";
import { auditTombstone } from "../../db/migrations/008-audit-and-retention.ts";
import type { Database } from "../../db/schema.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeDistrictAdministrator } from "../access/policy.ts";
import { AppError, type FieldProblem } from "../errors.ts";
import { invalidForm, parseForm } from "../forms/parse-form.ts";
import { personName } from "../plans/person-name.ts";
import { addDays, isCalendarDay, wallTimeToUtc } from "../plans/school-time.ts";
import {
  type AskedPerson,
  type AuditFilterName,
  type AuditPerson,
  type AuditPick,
  listAuditChoices,
  pickAuditPerson,
} from "./find-audit-people.ts";

export const auditPageSize = 50;

const day = z
  .string()
  .trim()
  .refine((text) => text === "" || isCalendarDay(text), "records.problem.day");

/** No name is this long: the rest is not searched for, nor refused (the field stops there). */
export const typedNameLimit = 200;

const typedWords = (words: string | undefined) => words?.slice(0, typedNameLimit);

const auditQuery = z
  .object({
    student: z.string().trim().max(100).default(""),
    person: z.string().trim().max(100).default(""),
    // Words typed for a student or a person, where the trail names too many to list; absent when
    // the page offered a list, or a link gave an id.
    studentName: z.string().trim().optional().transform(typedWords),
    personName: z.string().trim().optional().transform(typedWords),
    from: day.default(""),
    to: day.default(""),
    // The page number is the address's only, never typed in a field: one that is no page
    // number shows the first, one past the last the last (the route sends it there).
    page: z.coerce
      .number()
      .catch(1)
      .transform((page) => (Number.isInteger(page) && page >= 1 ? Math.min(page, 100_000) : 1)),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    // Days written YYYY-MM-DD compare as text. No entry could match: said, not shown as none.
    message: "records.audit.problem.dayOrder",
    path: ["to"],
  });

export type AuditQuery = z.output<typeof auditQuery>;

export interface AuditRow {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  route: string | null;
  planId: string | null;
  studentId: string | null;
  studentName: string;
  clientAddress: string | null;
  details: string;
}

/** One page of the trail, with what its filters offer and found. */
export interface AuditTrailPage {
  timeZone: string;
  /** The filters, with the student and the person by id; null when a problem stopped them. */
  query: AuditQuery | null;
  problems: FieldProblem[];
  picks: Record<AuditFilterName, AuditPick>;
  /** Each filter's people to choose from, or null when a name is typed instead. */
  choices: Record<AuditFilterName, AuditPerson[] | null>;
  total: number;
  pages: number;
  entries: AuditRow[];
}

/** The filters as typed, parsed; a day that is not a real date is named as the problem. */
function parseAuditQuery(actor: Actor, input: Record<string, string | undefined>) {
  return parseForm(auditQuery, input, {
    locale: actor.locale,
    labels: {
      student: "records.audit.student",
      person: "records.audit.person",
      from: "records.audit.from",
      to: "records.audit.to",
      page: "records.audit.page",
    },
  });
}

/**
 * Only an administrator of the whole district reads the trail; the filter's days are days in the
 * district's zone.
 */
async function administratorsTimeZone(deps: { db: Kysely<Database> }, actor: Actor) {
  await authorizeDistrictAdministrator(deps.db, actor);

  return districtTimeZone(deps.db, actor.districtId);
}

/**
 * The district's audit trail for an administrator, filtered, newest first, page by page. What
 * was typed wrong comes back as problems, with no entries.
 */
export async function readAuditTrail(
  deps: { db: Kysely<Database> },
  actor: Actor,
  typed: Record<string, string | undefined>,
): Promise<AuditTrailPage> {
  const timeZone = await administratorsTimeZone(deps, actor);
  const reader = { districtId: actor.districtId, locale: actor.locale };
  const choices = {
    student: await listAuditChoices(deps.db, reader, "student"),
    person: await listAuditChoices(deps.db, reader, "person"),
  };
  const found = await findFilters(deps, actor, typed);
  const empty = { timeZone, choices, total: 0, pages: 1, entries: [] };
  if (!found.query) return { ...empty, ...found, query: null };

  const filter = auditFilter(actor, found.query, timeZone);
  const total = await countAuditEntries(deps.db, filter);
  const offset = (found.query.page - 1) * auditPageSize;
  const rows = await listAuditEntries(deps.db, filter, { limit: auditPageSize, offset });

  return {
    ...found,
    timeZone,
    choices,
    total,
    pages: Math.max(1, Math.ceil(total / auditPageSize)),
    entries: await withNames(deps.db, actor.districtId, rows),
  };
}

/** Every entry the filter selects, for the CSV export (no page); refused as the page would be. */
export async function readWholeAuditTrail(
  deps: { db: Kysely<Database> },
  actor: Actor,
  typed: Record<string, string | undefined>,
) {
  const timeZone = await administratorsTimeZone(deps, actor);
  const found = await findFilters(deps, actor, typed);
  // A file cannot offer choices: words that match several are refused, said as on the page.
  const choosing = Object.entries(found.picks).flatMap(([field, pick]) =>
    pick.kind === "several" ? [{ field, message: pick.note }] : [],
  );
  if (!found.query) throw invalidForm(translator(actor.locale), [...found.problems, ...choosing]);

  const filter = auditFilter(actor, found.query, timeZone);
  const rows = await listAuditEntries(deps.db, filter, { limit: 1_000_000, offset: 0 });

  return withNames(deps.db, actor.districtId, rows);
}

const anyone: AuditPick = { kind: "anyone" };

/**
 * The filters parsed, with the student and the person found by id or by name; the query is null
 * when a problem (a wrong day, an unknown id, a name matching no one) stops them, or while a
 * name matches several people to choose from (not a problem: the page offers them).
 */
async function findFilters(
  deps: { db: Kysely<Database> },
  actor: Actor,
  typed: Record<string, string | undefined>,
): Promise<Pick<AuditTrailPage, "query" | "problems" | "picks">> {
  let query: AuditQuery;
  try {
    query = parseAuditQuery(actor, typed);
  } catch (error) {
    if (!(error instanceof AppError) || error.kind !== "invalid_input") throw error;
    return { query: null, problems: error.problems, picks: { student: anyone, person: anyone } };
  }

  const pickOf = (filter: AuditFilterName, asked: AskedPerson) =>
    pickAuditPerson(deps.db, { districtId: actor.districtId, locale: actor.locale, filter, asked });
  const student = await pickOf("student", { id: query.student, words: query.studentName });
  const person = await pickOf("person", { id: query.person, words: query.personName });
  const problems = [student.problem, person.problem].filter((each) => each !== undefined);
  const picks = { student: student.pick, person: person.pick };
  const choosing = student.pick.kind === "several" || person.pick.kind === "several";
  if (problems.length > 0 || choosing) return { query: null, problems, picks };

  // From here on the filters name people by id: the pages' links and the CSV's carry the ids.
  const idOf = (pick: AuditPick) => (pick.kind === "one" ? pick.person.id : "");
  const byId = { student: idOf(student.pick), person: idOf(person.pick) };
  return {
    query: { ...query, ...byId, studentName: undefined, personName: undefined },
    problems,
    picks,
  };
}

/** Days are the district's own: "to" includes the whole of its last day. */
function auditFilter(actor: Actor, query: AuditQuery, timeZone: string): AuditFilter {
  return {
    districtId: actor.districtId,
    studentId: query.student || undefined,
    personId: query.person || undefined,
    from: query.from ? wallTimeToUtc(`${query.from}T00:00`, timeZone) : undefined,
    before: query.to ? wallTimeToUtc(`${addDays(query.to, 1)}T00:00`, timeZone) : undefined,
  };
}

type EntryRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

async function withNames(db: Kysely<Database>, districtId: string, rows: EntryRow[]) {
  const ids = rows.flatMap((row) => [row.actor_id, row.student_id]);
  const named = ids.filter((id): id is string => id !== null && id !== auditTombstone);
  const people = new Map(
    (await findPeopleOfDistrict(db, districtId, named)).map((person) => [
      person.id,
      personName(person),
    ]),
  );
  const nameOf = (id: string | null) => (id ? (people.get(id) ?? "") : "");

  return rows.map(
    (row): AuditRow => ({
      id: row.id,
      at: row.created_at,
      actorId: row.actor_id,
      actorName: nameOf(row.actor_id),
      actorRole: row.actor_role,
      action: row.action,
      route: row.route,
      planId: row.plan_id,
      studentId: row.student_id,
      studentName: nameOf(row.student_id),
      clientAddress: row.client_address,
      details: row.details,
    }),
  );
}
