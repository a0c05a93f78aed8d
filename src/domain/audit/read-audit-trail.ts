import type { Kysely } from "kysely";
import { z } from "zod";
import {
  type AuditFilter,
  countAuditEntries,
  districtTimeZone,
  listAuditEntries,
  peopleOfDistrict,
} from "../../db/audit-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeDistrictAdministrator } from "../access/policy.ts";
import { parseForm } from "../forms/parse-form.ts";
import { personName } from "../plans/person-name.ts";
import { addDays, isCalendarDay, wallTimeToUtc } from "../plans/school-time.ts";

export const auditPageSize = 50;

const day = z
  .string()
  .trim()
  .refine((text) => text === "" || isCalendarDay(text), "records.problem.day");

const auditQuery = z.object({
  student: z.string().trim().max(100).default(""),
  person: z.string().trim().max(100).default(""),
  from: day.default(""),
  to: day.default(""),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
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

/** The filters as typed, parsed; a day that is not a real date is named as the problem. */
export function parseAuditQuery(actor: Actor, input: Record<string, string | undefined>) {
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
async function administratorsAuditFilter(
  deps: { db: Kysely<Database> },
  actor: Actor,
  query: AuditQuery,
) {
  await authorizeDistrictAdministrator(deps.db, actor);
  const timeZone = await districtTimeZone(deps.db, actor.districtId);

  return { timeZone, filter: auditFilter(actor, query, timeZone) };
}

/** The district's audit trail for an administrator, filtered, newest first, page by page. */
export async function readAuditTrail(
  deps: { db: Kysely<Database> },
  actor: Actor,
  query: AuditQuery,
) {
  const { timeZone, filter } = await administratorsAuditFilter(deps, actor, query);
  const total = await countAuditEntries(deps.db, filter);
  const offset = (query.page - 1) * auditPageSize;
  const rows = await listAuditEntries(deps.db, filter, { limit: auditPageSize, offset });

  return {
    timeZone,
    total,
    pages: Math.max(1, Math.ceil(total / auditPageSize)),
    entries: await withNames(deps.db, actor.districtId, rows),
    people: (await peopleOfDistrict(deps.db, actor.districtId)).map((person) => ({
      id: person.id,
      role: person.role,
      name: personName(person),
    })),
  };
}

/** Every entry the filter selects, for the CSV export (no page). */
export async function readWholeAuditTrail(
  deps: { db: Kysely<Database> },
  actor: Actor,
  query: AuditQuery,
) {
  const { filter } = await administratorsAuditFilter(deps, actor, query);
  const rows = await listAuditEntries(deps.db, filter, { limit: 1_000_000, offset: 0 });

  return withNames(deps.db, actor.districtId, rows);
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
  // The whole district at once: an export can name thousands of ids, more than an IN list takes.
  const people = new Map(
    (await peopleOfDistrict(db, districtId)).map((person) => [person.id, personName(person)]),
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
