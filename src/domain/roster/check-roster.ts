import type { PersonColumns, StoredRosterOrg } from "../../db/roster-store.ts";
import type { PersonRole } from "../../db/schema.ts";
import type { CheckedRows } from "./checked-rows.ts";
import { detached } from "./csv-records.ts";
import { type FamilyLinks, linkFamilies } from "./link-families.ts";
import { type RosterRow, readRosterRowChunks } from "./parse-roster.ts";
import { PeopleFacts } from "./people-facts.ts";
import { type ExportLayout, readExportLayout } from "./read-manifest.ts";
import { defaultRosterLimits, type RosterSource } from "./read-roster-source.ts";
import { type RosterFileKind, rosterFileSpecs } from "./roster-files.ts";
import { type ProblemLog, say } from "./roster-report.ts";
import {
  personColumnsOf,
  problemAt,
  type RowContext,
  readClassRow,
  readEnrollmentRow,
  readOrgRow,
  readRoleRow,
  readUserRow,
} from "./roster-rows.ts";

/*
 * Reads every file once and reports every problem. What settles references across files (ids,
 * roles, schools) is kept in memory; the valid rows themselves go to a temporary file
 * (checked-rows.ts) for the writing.
 */

/** What the district already has, for rows that refer to something not in the export. */
export interface RosterLookup {
  /** The district's roster id; undefined when the district is created by this import. */
  districtSourceId(): Promise<string | null | undefined>;
  schools(sourceIds: string[]): Promise<Set<string>>;
  /** Orgs of the district's tree as its roster last listed them (migrations/018-*). */
  orgs(sourceIds: string[]): Promise<Map<string, StoredRosterOrg>>;
  people(sourceIds: string[]): Promise<Map<string, PersonRole>>;
  classes(sourceIds: string[]): Promise<Set<string>>;
}

export interface OrgFacts {
  line: number;
  valid: boolean;
  active: boolean;
  name: string;
  type: string;
  /** The org it is part of (a department's school), or "". */
  parentId: string;
}

export interface ClassFacts {
  line: number;
  valid: boolean;
  schoolId: string;
}

export interface RosterCheck {
  layout: ExportLayout;
  district: { sourcedId: string; name: string } | undefined;
  orgs: Map<string, OrgFacts>;
  /**
   * Orgs the export does not hold (or holds with errors) as the district's roster last listed
   * them: the people's orgs and their parents, for placing them (placeOfOrg).
   */
  storedOrgs: Map<string, StoredRosterOrg>;
  /** Orgs of the export that become schools: the schools, and orgs classes use as schools. */
  schoolIds: Set<string>;
  /**
   * The roster id of the district's org, once administrators are placed: the export's first
   * district org, else the one the district was imported with.
   */
  districtOrgId: string | undefined;
  people: PeopleFacts;
  /** The optional columns users.csv has, once a row of it was read. */
  personColumns: PersonColumns | undefined;
  classes: Map<string, ClassFacts>;
  links: FamilyLinks;
  /** Lines of rows that are not written, by file. */
  skippedLines: Map<RosterFileKind, Set<number>>;
  /** sourcedIds of rows with errors: a bulk import must not take them for removed rows. */
  invalidIds: Map<RosterFileKind, Set<string>>;
  /** Rows of each file that can be written. */
  validRows: Map<RosterFileKind, number>;
  /**
   * Files that could not be read to the end. What refers to their rows is not reported as
   * missing: the file's own error says what is wrong.
   */
  failed: Set<RosterFileKind>;
  /** Files the check read (it stops before the rest when the export cannot be imported). */
  read: Set<RosterFileKind>;
}

export interface CheckOptions {
  source: RosterSource;
  log: ProblemLog;
  lookup: RosterLookup;
  /** Where the rows found valid are kept for the writing. */
  rows: CheckedRows;
  /** Told of the check as it begins: a writing along it (WritingAlong) reads what it settles. */
  started?: (check: RosterCheck) => void;
  /** Invalid rows of a file past which the check stops reading it (RosterLimits). */
  maxInvalidRows?: number;
}

/** Reads the whole export once and reports every problem in it. */
export async function checkRoster(options: CheckOptions): Promise<RosterCheck> {
  const check = emptyCheck(await readExportLayout(options));
  if (options.log.fatal) return check;
  options.started?.(check);

  await checkOrgs(check, options);
  await checkUsers(check, options);
  await checkRoles(check, options);
  await settleRoles(check, options);
  await checkClasses(check, options);
  await checkEnrollments(check, options);
  // After the classes: an org they use as a school is one for people's orgs too.
  await findStoredOrgs(check, options);
  await checkPersonOrgs(check, options);
  await settleAdministrators(check, options);
  await checkDistrict(check, options);
  check.links = await linkFamilies(check, options);

  return check;
}

function emptyCheck(layout: ExportLayout): RosterCheck {
  return {
    layout,
    district: undefined,
    orgs: new Map(),
    storedOrgs: new Map(),
    schoolIds: new Set(),
    districtOrgId: undefined,
    people: new PeopleFacts(),
    personColumns: undefined,
    classes: new Map(),
    links: { guardians: [], students: [], outside: [] },
    skippedLines: new Map(),
    invalidIds: new Map(),
    validRows: new Map(),
    failed: new Set(),
    read: new Set(),
  };
}

/** Calls `visit` with each row of a file the export has; the context reports into the log. */
async function eachRow(
  kind: RosterFileKind,
  check: RosterCheck,
  options: CheckOptions,
  visit: (row: RosterRow, context: RowContext) => void | Promise<void>,
) {
  const file = check.layout.files[kind];
  if (!file) return;

  const { source, log } = options;
  const context: RowContext = { file: file.name, log };
  const spec = rosterFileSpecs[kind];
  const failuresBefore = log.failures;
  check.read.add(kind);
  const skipped = setOf(check.skippedLines, kind);
  const mostSkipped = options.maxInvalidRows ?? defaultRosterLimits.maxInvalidRows;
  reading: for await (const rows of readRosterRowChunks({ source, file: file.name, spec, log })) {
    for (const row of rows) {
      // Most visits are synchronous: awaiting them anyway cost a turn of the queue per row.
      const visiting = visit(row, context);
      if (visiting) await visiting;
      if (skipped.size > mostSkipped) {
        const message = say("roster.file.tooManyInvalidRows", { limit: mostSkipped });
        log.fail({ file: file.name, line: row.line, column: null, message });
        break reading;
      }
    }
  }
  if (log.failures > failuresBefore) check.failed.add(kind);
}

/** Rows of a file, valid or not; a bulk file without any says nothing about what was removed. */
export function rowsIn(check: RosterCheck, kind: RosterFileKind) {
  return (check.validRows.get(kind) ?? 0) + (check.skippedLines.get(kind)?.size ?? 0);
}

/**
 * A bulk file with no rows at all would deactivate everyone: it is far more often a broken
 * export than a district with nobody left, so it deactivates nothing (the report says so).
 */
export function isWholeTruth(check: RosterCheck, kind: RosterFileKind) {
  return check.layout.files[kind]?.mode === "bulk" && rowsIn(check, kind) > 0;
}

function skip(check: RosterCheck, kind: RosterFileKind, row: { line: number; id: string }) {
  setOf(check.skippedLines, kind).add(row.line);
  // An id with a NUL cannot be a stored row's (it is refused), nor be asked about on PostgreSQL.
  if (row.id !== "" && !row.id.includes("\u0000")) setOf(check.invalidIds, kind).add(row.id);
}

function setOf<T>(sets: Map<RosterFileKind, Set<T>>, kind: RosterFileKind) {
  let set = sets.get(kind);
  if (!set) {
    set = new Set();
    sets.set(kind, set);
  }

  return set;
}

function countValid(check: RosterCheck, kind: RosterFileKind, change = 1) {
  check.validRows.set(kind, (check.validRows.get(kind) ?? 0) + change);
}

/** Reports a second row with the same sourcedId; true when the row is the first. */
function firstOfId(seenLine: number | undefined, row: RosterRow, context: RowContext) {
  if (seenLine === undefined) return true;

  const message = say("roster.row.sameId", { line: seenLine });
  const column = row.columnName("sourcedId");
  context.log.error({ file: context.file, line: row.line, column, message });

  return false;
}

async function checkOrgs(check: RosterCheck, options: CheckOptions) {
  const parents: OrgParent[] = [];

  await eachRow("orgs", check, options, (row, context) => {
    const id = row.get("sourcedId");
    const org = readOrgRow(row, context);
    const first = firstOfId(check.orgs.get(id)?.line, row, context);

    if (first && id !== "") {
      check.orgs.set(id, {
        line: row.line,
        valid: org !== undefined,
        active: org?.active ?? true,
        name: org?.name ?? "",
        type: org?.type ?? "",
        parentId: detached(org?.parentSourcedId ?? ""),
      });
    }
    if (!org || !first) return skip(check, "orgs", { line: row.line, id });

    countValid(check, "orgs");
    if (org.type === "school") check.schoolIds.add(id);
    if (org.parentSourcedId !== "") {
      const column = row.columnName("parentSourcedId");
      const parent = org.parentSourcedId;
      parents.push({ id, parent, line: row.line, column, file: context.file });
    }
  });

  warnBrokenParents(check, parents, options);
}

interface OrgParent {
  id: string;
  parent: string;
  line: number;
  column: string;
  file: string;
}

/**
 * A parent missing from a bulk file (the district's whole tree of orgs), or parents that lead
 * back to the org, are worth a mention: an administrator of the org is placed by its parents
 * (placeOfOrg), which lead nowhere then.
 */
function warnBrokenParents(check: RosterCheck, parents: OrgParent[], { log }: CheckOptions) {
  for (const { id, parent, ...where } of parents) {
    if (!check.orgs.has(parent)) {
      if (check.layout.files.orgs?.mode !== "bulk") continue;
      log.warn({ ...where, message: say("roster.org.parentMissing", { parent }) });
    } else if (leadsBackTo(check, id)) {
      log.warn({ ...where, message: say("roster.org.parentLoop", { id }) });
    }
  }
}

/** Whether an org's parents, followed up, come back to it before reaching a school. */
function leadsBackTo(check: RosterCheck, orgId: string) {
  let id = check.orgs.get(orgId)?.parentId ?? "";
  for (let depth = 0; depth < deepestOrgs && id !== ""; depth += 1) {
    if (id === orgId) return true;
    const org = check.orgs.get(id);
    if (!org?.valid || org.type === "district" || check.schoolIds.has(id)) return false;
    id = org.parentId;
  }

  return false;
}

async function checkUsers(check: RosterCheck, options: CheckOptions) {
  let passwordSeen = false;

  await eachRow("users", check, options, (row, context) => {
    const id = row.get("sourcedId");
    const user = readUserRow(row, context);
    const seen = check.people.indexOf(id);
    const first = firstOfId(seen === -1 ? undefined : check.people.line(seen), row, context);
    if (!passwordSeen && row.get("password") !== "") {
      passwordSeen = true;
      const message = say("roster.user.password");
      context.log.warn({
        file: context.file,
        line: null,
        column: row.columnName("password"),
        message,
      });
    }

    const person =
      first && id !== ""
        ? check.people.add(id, {
            line: row.line,
            valid: user !== undefined,
            active: user?.active ?? true,
            usersRole: user?.role,
            orgIds: user?.orgIds ?? [],
            agentIds: user?.agentIds ?? [],
          })
        : -1;
    if (!user || !first) return skip(check, "users", { line: row.line, id });

    countValid(check, "users");
    check.personColumns ??= personColumnsOf(row);
    // Without roles.csv a person's role is the one users.csv gives: settled as it is read, so
    // the row can be written while the rest of the export is checked.
    const final = user.role !== undefined && !check.layout.files.roles;
    if (final) check.people.setRole(person, user.role);
    return options.rows.addPerson(row.line, user, person, final);
  });
  await options.rows.allAdded("people");
}

async function checkRoles(check: RosterCheck, options: CheckOptions) {
  await eachRow("roles", check, options, (row, context) => {
    const role = readRoleRow(row, context);
    if (!role) return skip(check, "roles", { line: row.line, id: "" });

    const person = check.people.indexOf(role.userSourcedId);
    if (person === -1) {
      const message = say("roster.role.userMissing", { id: role.userSourcedId });
      const column = row.columnName("userSourcedId");
      const usersRead = !check.failed.has("users");
      if (usersRead) context.log.warn({ file: context.file, line: row.line, column, message });
      return skip(check, "roles", { line: row.line, id: "" });
    }
    if (!role.active) return;

    check.people.addRole(person, role.role, role.primary);
    if (role.orgId === "") return;
    check.people.addOrg(person, role.orgId);
    if (role.role === "administrator") check.people.addAdministeredOrg(person, role.orgId);
  });
}

/** When one person has several roles, the first of these is the one the app gives them. */
const rolePrecedence: readonly PersonRole[] = ["administrator", "teacher", "student", "guardian"];

/** Gives each person one role: roles.csv first (primary before secondary), then users.csv. */
async function settleRoles(check: RosterCheck, options: CheckOptions) {
  const { log } = options;
  const usersFile = check.layout.files.users?.name ?? "users.csv";
  const people = check.people;
  const unsettled: number[] = [];

  for (let person = 0; person < people.size; person += 1) {
    if (!people.valid(person)) continue;

    const roles = people.rosterRoles(person);
    const usersRole = people.usersRole(person);
    const chosen = roles.primary.length > 0 ? roles.primary : secondaryChoice(roles.all, usersRole);
    const role = rolePrecedence.find((entry) => chosen.includes(entry)) ?? people.usersRole(person);
    people.setRole(person, role);

    const where = { file: usersFile, line: people.line(person), column: null };
    if (roles.all.length > 0 && roles.primary.length === 0) {
      log.warn({ ...where, message: say("roster.role.noPrimary", { role }) });
    } else if (chosen.length > 1) {
      log.warn({ ...where, message: say("roster.role.several", { role }) });
    }
    if (!role) unsettled.push(person);
  }

  const unsettledIds = unsettled.map((person) => people.sourceId(person));
  const known = unsettled.length > 0 ? await options.lookup.people(unsettledIds) : new Map();
  for (const person of unsettled) {
    const id = people.sourceId(person);
    const role = known.get(id);
    people.setRole(person, role);
    if (role) continue;

    const message = say(
      check.layout.files.roles ? "roster.user.noRole" : "roster.user.noRoleColumn",
    );
    const line = people.line(person);
    if (!check.failed.has("roles")) log.error({ file: usersFile, line, column: null, message });
    people.invalidate(person);
    countValid(check, "users", -1);
    skip(check, "users", { line, id });
  }
}

/**
 * Without a primary role, an administrator role gives way to any other role the person has
 * (in roles.csv or users.csv): a teacher who helps run a school as a secondary
 * siteAdministrator stays a teacher. Administrator rights come from a primary role, or from an
 * administrator role that is the person's only one (docs/decisions/0013-*.md).
 */
function secondaryChoice(
  all: readonly PersonRole[],
  usersRole: PersonRole | undefined,
): readonly PersonRole[] {
  const others = all.filter((role) => role !== "administrator");
  if (others.length > 0) return others;
  if (all.length > 0 && usersRole && usersRole !== "administrator") return [usersRole];

  return all;
}

/**
 * Where an administrator's rights reach, told by the orgs the roster lists them at: one listed at
 * the district (or a department of the district itself), or at no org, may manage the roster and
 * see every plan; one listed at schools (or departments of them), those schools' plans only. One
 * listed only at orgs that lead to no school of the district and not to the district (a
 * department whose school is missing, a mistyped org) is imported inactive, with no rights: an
 * unknown org must not widen what anyone may see, and the app takes an administrator with no
 * school for the district's (decision 0013). Each is told which in the report.
 */
async function settleAdministrators(check: RosterCheck, options: CheckOptions) {
  const people = check.people;
  const file = check.layout.files.users?.name ?? "users.csv";
  const limited: number[] = [];
  const outside = new Set<string>();
  for (let person = 0; person < people.size; person += 1) {
    if (!people.valid(person) || people.role(person) !== "administrator") continue;
    if (!administersSchoolsOnly(check, person)) {
      const message = say("roster.user.administrator");
      options.log.warn({ file, line: people.line(person), column: null, message });
      continue;
    }
    limited.push(person);
    for (const schoolId of schoolsOf(check, person)) {
      if (!check.schoolIds.has(schoolId)) outside.add(schoolId);
    }
  }

  const known = outside.size > 0 ? await options.lookup.schools([...outside]) : new Set<string>();
  for (const person of limited) {
    const schools = schoolsOf(check, person).filter(
      (schoolId) => check.schoolIds.has(schoolId) || known.has(schoolId),
    );
    if (schools.length === 0) people.deactivate(person);
    const message =
      schools.length > 0
        ? say("roster.user.schoolAdministrator", { schools: schoolNames(check, schools) })
        : say("roster.user.noSchoolToRun");
    options.log.warn({ file, line: people.line(person), column: null, message });
  }
}

/**
 * Whether an administrator's rights stop at schools: no org the roster lists them at leads to
 * the district (src/domain/access/policy.ts, AdministratorReach, reads the schools written).
 */
export function administersSchoolsOnly(check: RosterCheck, person: number): boolean {
  const orgIds = check.people.administeredOrgIds(person);
  if (orgIds.length === 0) return false;

  return !orgIds.some((orgId) => placeOfOrg(check, orgId) === theDistrict);
}

/**
 * Schools as a report names them: by the export's name, else by the name the district's roster
 * last gave them, else (a school stored before the district's tree of orgs) by roster id.
 */
function schoolNames(check: RosterCheck, schoolIds: string[]) {
  return schoolIds
    .map((id) => check.orgs.get(id)?.name || check.storedOrgs.get(id)?.name || id)
    .join(", ");
}

/** The roster ids of the schools an administrator's orgs lead to (placeOfOrg). */
function schoolsOf(check: RosterCheck, person: number): string[] {
  const schools: string[] = [];
  for (const orgId of check.people.administeredOrgIds(person)) {
    const place = placeOfOrg(check, orgId);
    if (typeof place === "string" && !schools.includes(place)) schools.push(place);
  }

  return schools;
}

export const theDistrict = Symbol("the district");
export const nowhere = Symbol("nowhere");

/** Orgs above a school are a handful: a longer chain of parents is a loop. */
const deepestOrgs = 8;

/**
 * What an org stands for: a school (its roster id) when it is one or a department of one; the
 * district when it is the district's org or part of it without a school between; nowhere when
 * its parents run out or lead to another district. An org outside the export, or whose row has
 * errors (kept as stored), is followed up the district's stored tree of orgs; one that is not in
 * it either stands for itself as a school: it may be one of the district's.
 */
export function placeOfOrg(
  check: RosterCheck,
  orgId: string,
): string | typeof theDistrict | typeof nowhere {
  let id = orgId;
  for (let depth = 0; depth < deepestOrgs; depth += 1) {
    // The district's org stays the district even when a class names it as its school.
    if (id === check.districtOrgId) return theDistrict;
    if (check.schoolIds.has(id)) return id;
    const org = orgOf(check, id);
    if (!org || org.school) return id;
    if (org.type === "district" || org.parentId === "") return nowhere;
    id = org.parentId;
  }

  return nowhere;
}

/** An org as the export lists it, else as the district's roster last did: the export wins. */
function orgOf(check: RosterCheck, orgId: string) {
  const listed = check.orgs.get(orgId);
  if (listed?.valid) return { type: listed.type, parentId: listed.parentId, school: false };

  return check.storedOrgs.get(orgId);
}

/**
 * Looks up in the district's stored tree the orgs people are listed at that the export does not
 * hold (or holds with errors), and then their parents, a level of the tree at a time: so a
 * delta export without orgs.csv still places a department's people by its school. A bulk
 * orgs.csv is the whole tree: only its rows with errors, kept as stored, are looked up.
 */
async function findStoredOrgs(check: RosterCheck, options: CheckOptions) {
  const [first] = [...check.orgs].find(([, org]) => org.valid && org.type === "district") ?? [];
  check.districtOrgId = first ?? (await options.lookup.districtSourceId()) ?? undefined;

  const wholeTree = isWholeTruth(check, "orgs");
  const asked = new Set<string>();
  const mayAsk = (id: string) => {
    if (id === "" || id === check.districtOrgId || asked.has(id)) return false;
    const listed = check.orgs.get(id);
    return wholeTree ? listed?.valid === false : !listed?.valid;
  };
  let asking = startingOrgs(check).filter(mayAsk);
  for (let depth = 0; depth < deepestOrgs && asking.length > 0; depth += 1) {
    for (const id of asking) asked.add(id);
    const found = await options.lookup.orgs(asking);
    const parents = new Set<string>();
    for (const [id, org] of found) {
      check.storedOrgs.set(id, org);
      if (!org.school && org.type !== "district") parents.add(org.parentId);
    }
    asking = [...parents].filter(mayAsk);
  }
}

/** Where placing people may leave the export: their orgs, and the parents of its departments. */
function startingOrgs(check: RosterCheck) {
  const orgIds = new Set(check.people.allOrgIds());
  for (const [id, org] of check.orgs) {
    const placed = !org.valid || org.type === "district" || check.schoolIds.has(id);
    if (!placed) orgIds.add(org.parentId);
  }

  return [...orgIds];
}

/**
 * A person's orgs that are neither in orgs.csv nor schools of the district, nor lead to one
 * through the district's stored tree of orgs, link to nothing.
 */
async function checkPersonOrgs(check: RosterCheck, options: CheckOptions) {
  if (check.failed.has("orgs")) return;

  const people = check.people;
  // The district's own org is known though a delta without orgs.csv does not list it.
  const outside = people
    .allOrgIds()
    .filter((orgId) => !check.orgs.has(orgId) && orgId !== check.districtOrgId);
  const linked = await linkedOrgs(check, options, outside);
  const file = check.layout.files.users?.name ?? "users.csv";

  for (let person = 0; person < people.size; person += 1) {
    if (!people.valid(person)) continue;
    for (const orgId of people.orgIds(person)) {
      if (check.orgs.has(orgId) || linked.has(orgId) || orgId === check.districtOrgId) continue;
      const message = say("roster.user.orgMissing", { id: orgId });
      options.log.warn({ file, line: people.line(person), column: null, message });
    }
  }
}

/** Of these orgs outside the export, those the district has as schools or that lead to one. */
async function linkedOrgs(check: RosterCheck, options: CheckOptions, orgIds: readonly string[]) {
  const places = new Map<string, string>();
  for (const orgId of orgIds) {
    const place = placeOfOrg(check, orgId);
    if (typeof place === "string") places.set(orgId, place);
  }
  const asked = new Set([...orgIds, ...places.values()].filter((id) => !check.schoolIds.has(id)));
  const known = asked.size > 0 ? await options.lookup.schools([...asked]) : new Set<string>();
  const school = (id: string) => check.schoolIds.has(id) || known.has(id);

  return new Set(orgIds.filter((orgId) => school(orgId) || school(places.get(orgId) ?? "")));
}

async function checkClasses(check: RosterCheck, options: CheckOptions) {
  const outside: { id: string; line: number; column: string; file: string }[] = [];

  await eachRow("classes", check, options, (row, context) => {
    const id = row.get("sourcedId");
    const found = readClassRow(row, context);
    const first = firstOfId(check.classes.get(id)?.line, row, context);
    const school = found ? useAsSchool(check, found.schoolId, row, context) : "invalid";
    const valid = found !== undefined && first && school !== "invalid";

    if (first && id !== "") {
      const schoolId = detached(found?.schoolId ?? "");
      check.classes.set(detached(id), { line: row.line, valid, schoolId });
    }
    if (!valid || !found) return skip(check, "classes", { line: row.line, id });

    countValid(check, "classes");
    options.rows.addClass(row.line, found);
    if (school === "outside") {
      outside.push({
        id,
        line: row.line,
        column: row.columnName("schoolSourcedId"),
        file: context.file,
      });
    }
  });

  await settleOutsideSchools(check, outside, options);
}

/**
 * Makes the org a class (or an enrollment) names as its school a school. Returns "outside" when
 * the org is not in the export, so only the district can say whether it is a school.
 */
function useAsSchool(
  check: RosterCheck,
  orgId: string,
  row: RosterRow,
  context: RowContext,
): "ok" | "outside" | "invalid" {
  const org = check.orgs.get(orgId);
  if (!org) return "outside";

  const where = { file: context.file, line: row.line, column: row.columnName("schoolSourcedId") };
  if (!org.valid) {
    context.log.error({ ...where, message: say("roster.ref.invalidRow", { id: orgId }) });
    return "invalid";
  }
  if (!check.schoolIds.has(orgId)) {
    check.schoolIds.add(orgId);
    const message = say("roster.org.usedAsSchool", { id: orgId, type: org.type });
    context.log.warn({ ...where, message });
  }

  return "ok";
}

async function settleOutsideSchools(
  check: RosterCheck,
  outside: { id: string; line: number; column: string; file: string }[],
  options: CheckOptions,
) {
  if (outside.length === 0) return;

  const schoolIds = [
    ...new Set(outside.map((entry) => check.classes.get(entry.id)?.schoolId ?? "")),
  ];
  const known = await options.lookup.schools(schoolIds);
  for (const entry of outside) {
    const facts = check.classes.get(entry.id) as ClassFacts;
    if (known.has(facts.schoolId)) continue;

    const message = say("roster.ref.schoolMissing", { id: facts.schoolId });
    const where = { file: entry.file, line: entry.line, column: entry.column };
    if (!check.failed.has("orgs")) options.log.error({ ...where, message });
    facts.valid = false;
    countValid(check, "classes", -1);
    skip(check, "classes", { line: entry.line, id: entry.id });
  }
}

interface OutsideRef {
  id: string;
  line: number;
  column: string;
  enrollmentId: string;
}

async function checkEnrollments(check: RosterCheck, options: CheckOptions) {
  const seen = new Map<string, number>();
  const outsideClasses: OutsideRef[] = [];
  const outsidePeople: OutsideRef[] = [];

  await eachRow("enrollments", check, options, (row, context) => {
    const id = row.get("sourcedId");
    const found = readEnrollmentRow(row, context);
    const first = firstOfId(seen.get(id), row, context);
    if (first && id !== "") seen.set(detached(id), row.line);

    const refs = found ? checkEnrollmentRefs(check, found, row, context) : undefined;
    if (!found || !first || !refs) return skip(check, "enrollments", { line: row.line, id });

    countValid(check, "enrollments");
    const ref = { line: row.line, enrollmentId: id };
    if (refs.classOutside) {
      outsideClasses.push({ ...ref, id: found.classId, column: row.columnName("classSourcedId") });
    }
    if (refs.personOutside) {
      outsidePeople.push({ ...ref, id: found.userId, column: row.columnName("userSourcedId") });
    }
    // Only what it names outside the export can still take an enrollment out (settleOutside).
    const final = !refs.classOutside && !refs.personOutside;
    return options.rows.addEnrollment(row.line, found, refs.person, final);
  });
  await options.rows.allAdded("enrollments");

  const file = check.layout.files.enrollments?.name ?? "enrollments.csv";
  await settleOutside(check, options, {
    refs: outsideClasses,
    file,
    find: options.lookup.classes,
    unread: check.failed.has("classes"),
  });
  await settleOutside(check, options, {
    refs: outsidePeople,
    file,
    find: async (ids) => new Set((await options.lookup.people(ids)).keys()),
    unread: check.failed.has("users"),
  });
}

/** Checks what an enrollment names; undefined when it names a row that has errors. */
function checkEnrollmentRefs(
  check: RosterCheck,
  enrollment: ReturnType<typeof readEnrollmentRow> & object,
  row: RosterRow,
  context: RowContext,
) {
  const { log } = context;
  const klass = check.classes.get(enrollment.classId);
  const people = check.people;
  const index = people.indexOf(enrollment.userId);
  const person =
    index === -1 ? undefined : { valid: people.valid(index), role: people.role(index) };

  if (klass && !klass.valid) {
    log.error({
      ...problemAt(row, "classSourcedId", context),
      message: say("roster.ref.invalidRow", { id: enrollment.classId }),
    });
  }
  if (person && !person.valid) {
    log.error({
      ...problemAt(row, "userSourcedId", context),
      message: say("roster.ref.invalidRow", { id: enrollment.userId }),
    });
  }
  if ((klass && !klass.valid) || (person && !person.valid)) return undefined;

  if (person?.role) warnRoleMismatch(person.role, enrollment, row, context);
  if (enrollment.schoolId !== "" && klass && enrollment.schoolId !== klass.schoolId) {
    const message = say("roster.enrollment.otherSchool", { school: klass.schoolId });
    log.warn({ ...problemAt(row, "schoolSourcedId", context), message });
  }
  if (check.orgs.get(enrollment.schoolId)?.valid) {
    useAsSchool(check, enrollment.schoolId, row, context);
  }

  return { classOutside: !klass, personOutside: !person, person: index };
}

function isStaff(role: PersonRole) {
  return role === "teacher" || role === "administrator";
}

function warnRoleMismatch(
  personRole: PersonRole,
  enrollment: { role: PersonRole; userId: string },
  row: RosterRow,
  context: RowContext,
) {
  const enrolledRole = enrollment.role;
  if (personRole === enrolledRole || (isStaff(personRole) && isStaff(enrolledRole))) return;

  const message = say("roster.enrollment.roleMismatch", {
    id: enrollment.userId,
    personRole,
    enrolledRole,
  });
  context.log.warn({ ...problemAt(row, "role", context), message });
}

/** Enrollments naming a class or person outside the export: the district may have them. */
async function settleOutside(
  check: RosterCheck,
  { log }: CheckOptions,
  outside: {
    refs: OutsideRef[];
    file: string;
    find: (ids: string[]) => Promise<Set<string>>;
    /** The ids' own file could not be read: its error says it all. */
    unread: boolean;
  },
) {
  const { refs, file } = outside;
  if (refs.length === 0) return;

  const known = await outside.find([...new Set(refs.map((ref) => ref.id))]);
  for (const ref of refs) {
    if (known.has(ref.id)) continue;

    const message = say("roster.ref.missing", { id: ref.id });
    if (!outside.unread) log.error({ file, line: ref.line, column: ref.column, message });
    if (check.skippedLines.get("enrollments")?.has(ref.line)) continue;

    countValid(check, "enrollments", -1);
    skip(check, "enrollments", { line: ref.line, id: ref.enrollmentId });
  }
}

/** The district org names the district; an export for another district is refused. */
async function checkDistrict(check: RosterCheck, { lookup, log }: CheckOptions) {
  const districts = [...check.orgs.entries()].filter(
    ([, org]) => org.valid && org.type === "district",
  );
  const [first, ...others] = districts;
  if (!first) return;

  const file = check.layout.files.orgs?.name ?? "orgs.csv";
  const [sourcedId, org] = first;
  for (const [, other] of others) {
    const message = say("roster.org.severalDistricts", { name: org.name });
    log.warn({ file, line: other.line, column: null, message });
  }

  const current = await lookup.districtSourceId();
  if (current && current !== sourcedId) {
    const message = say("roster.org.otherDistrict", { id: sourcedId, current });
    log.fail({ file, line: org.line, column: "sourcedId", message });
    return;
  }

  check.district = { sourcedId, name: org.name };
}
