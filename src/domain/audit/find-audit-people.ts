import type { Kysely } from "kysely";
import {
  type AuditPersonColumn,
  findPeopleOfDistrict,
  findPersonByRosterId,
  idsNamedInTrail,
  searchPeopleInTrail,
} from "../../db/audit-store.ts";
import { auditTombstone } from "../../db/migrations/008-audit-and-retention.ts";
import type { Database, PersonRole } from "../../db/schema.ts";
import { wordsOf } from "../../db/typed-words.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { type Translate, translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { peopleOrder, sortedBy } from "../../lib/reading-order.ts";
import type { FieldProblem } from "../errors.ts";
import { personName } from "../plans/person-name.ts";

/**
 * Past this many people a filter offers no list: a district's trail names tens of thousands of
 * students, a list of them all made a page of megabytes. The administrator types a name instead.
 */
export const auditChoicesOnOnePage = 200;

/** The most people a name offers to choose from; more, and a longer name narrows them. */
export const auditMatchesShown = 20;

/**
 * The most people a name reads to offer the first in the reader's order: past this many
 * matches, the ones offered are the first of those the database read.
 */
const auditMatchesRead = 200;

// A name of more words than this is no name: the rest are not searched for.
const wordsSearched = 8;

export interface AuditPerson {
  id: string;
  name: string;
  role: string;
  rosterId: string | null;
}

/**
 * Whose entries a filter shows: anyone's or one person's; none while a name matches several,
 * which are offered to choose from (with what to say of them: not a problem, a choice to make).
 */
export type AuditPick =
  | { kind: "anyone" }
  | { kind: "one"; person: AuditPerson }
  | { kind: "several"; matches: AuditPerson[]; note: string };

export type AuditFilterName = "student" | "person";

interface FilterRules {
  column: AuditPersonColumn;
  role?: PersonRole;
  unknown: MessageKey;
  none: MessageKey;
  several: MessageKey;
  more: MessageKey;
}

/** The student filter: whose records were read or changed. The person filter: who did it. */
const filterRules: Record<AuditFilterName, FilterRules> = {
  student: {
    column: "student_id",
    role: "student",
    unknown: "records.audit.problem.unknownStudent",
    none: "records.audit.problem.noStudent",
    several: "records.audit.problem.severalStudents",
    more: "records.audit.problem.moreStudents",
  },
  person: {
    column: "actor_id",
    unknown: "records.audit.problem.unknownPerson",
    none: "records.audit.problem.noPerson",
    several: "records.audit.problem.severalPeople",
    more: "records.audit.problem.morePeople",
  },
};

type Db = Kysely<Database>;

/**
 * The people a filter offers, by name in the reader's order, or null when the trail names more
 * than a page holds.
 */
export async function listAuditChoices(
  db: Db,
  where: { districtId: string; locale: string },
  filter: AuditFilterName,
): Promise<AuditPerson[] | null> {
  const { districtId } = where;
  const { column, role } = filterRules[filter];
  // One more than a page holds says there are too many; the tombstone is no one to choose.
  const ids = (
    await idsNamedInTrail(db, { districtId, column, limit: auditChoicesOnOnePage + 2 })
  ).filter((id) => id !== auditTombstone);
  if (ids.length > auditChoicesOnOnePage) return null;

  const people = await findPeopleOfDistrict(db, districtId, ids);
  return sortedBy(
    people.filter((person) => !role || person.role === role),
    peopleOrder(where.locale),
  ).map(auditPerson);
}

/** What the administrator asked one filter for: an id (a link, a list) and typed words. */
export interface AskedPerson {
  id: string;
  words: string | undefined;
}

/**
 * The person a filter shows the entries of, or the people to choose from, and the problem to
 * tell the administrator: an id that names no one, or words that match no one.
 */
export async function pickAuditPerson(
  db: Db,
  options: { districtId: string; locale: string; filter: AuditFilterName; asked: AskedPerson },
): Promise<{ pick: AuditPick; problem?: FieldProblem }> {
  const { districtId, filter, asked } = options;
  const rules = filterRules[filter];
  const t = translator(options.locale);
  const byId = asked.id ? await personOf(db, districtId, rules, asked.id) : undefined;

  // The form sends a chosen person's id beside their name as shown: the id stands while the
  // name is left as it is; other words are a new search, and no words at all mean anyone.
  if (asked.words !== undefined && asked.words !== byId?.name) {
    const words = asked.words;
    return pickByWords(db, { districtId, rules, t, locale: options.locale, filter, words });
  }
  if (byId) return { pick: { kind: "one", person: byId } };
  if (!asked.id) return { pick: { kind: "anyone" } };

  const message = t(rules.unknown, { id: isolate(asked.id) });
  return { pick: { kind: "anyone" }, problem: { field: filter, message } };
}

/** The person of an id in the address: our id, or the roster's (a link someone wrote by hand). */
async function personOf(db: Db, districtId: string, rules: FilterRules, id: string) {
  const [byOurId] = await findPeopleOfDistrict(db, districtId, [id]);
  const person = byOurId ?? (await findPersonByRosterId(db, districtId, id));
  if (!person || (rules.role && person.role !== rules.role)) return undefined;

  return auditPerson(person);
}

async function pickByWords(
  db: Db,
  options: {
    districtId: string;
    rules: FilterRules;
    t: Translate;
    locale: string;
    filter: AuditFilterName;
    words: string;
  },
): Promise<{ pick: AuditPick; problem?: FieldProblem }> {
  const { rules, t, filter } = options;
  const words = wordsOf(options.words, wordsSearched);
  if (words.length === 0) return { pick: { kind: "anyone" } };
  // A whole roster id is that person, even when other ids begin with it (stu-90, stu-901...).
  const [word] = words;
  const exact =
    words.length === 1 && word
      ? await findPersonByRosterId(db, options.districtId, word)
      : undefined;
  if (exact && (!rules.role || exact.role === rules.role)) {
    return { pick: { kind: "one", person: auditPerson(exact) } };
  }

  const found = await searchPeopleInTrail(db, {
    districtId: options.districtId,
    column: rules.column,
    role: rules.role,
    words,
    limit: auditMatchesRead,
  });
  const ordered = sortedBy(found, peopleOrder(options.locale));
  const matches = ordered.slice(0, auditMatchesShown).map(auditPerson);
  const [only] = matches;
  if (only && found.length === 1) return { pick: { kind: "one", person: only } };

  const said = (key: MessageKey) =>
    t(key, { words: isolate(words.join(" ")), count: matches.length });
  if (matches.length === 0) {
    return { pick: { kind: "anyone" }, problem: { field: filter, message: said(rules.none) } };
  }

  const more = found.length > matches.length;
  return { pick: { kind: "several", matches, note: said(more ? rules.more : rules.several) } };
}

function auditPerson(person: Awaited<ReturnType<typeof findPeopleOfDistrict>>[number]) {
  return {
    id: person.id,
    name: personName(person) || person.id,
    role: person.role,
    rosterId: person.source_id,
  };
}
