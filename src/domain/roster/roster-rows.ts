import type { PersonColumns } from "../../db/roster-store.ts";
import type { PersonRole } from "../../db/schema.ts";
import type { RosterRow } from "./parse-roster.ts";
import { readPreferredLanguage } from "./preferred-language.ts";
import { classTypes, orgTypes, roleTypes, rosterRoles, rowStatuses } from "./roster-files.ts";
import { type ProblemLog, say } from "./roster-report.ts";

/*
 * One row of each file, checked on its own and turned into what the app stores. Checks that need
 * other rows (does this class exist?) are in check-roster.ts. A reader returns undefined when the
 * row has an error; every error and warning has been reported by then.
 */

export interface RowContext {
  file: string;
  log: ProblemLog;
}

export interface OrgRow {
  sourcedId: string;
  active: boolean;
  name: string;
  type: string;
  parentSourcedId: string;
}

export interface UserRow {
  sourcedId: string;
  active: boolean;
  /** The role users.csv gives (OneRoster 1.1); 1.2 gives roles in roles.csv. */
  role: PersonRole | undefined;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  /** A canonical language tag, when the export has a language column. */
  preferredLanguage: string | null;
  email: string | null;
  phone: string | null;
  grades: string | null;
  orgIds: string[];
  agentIds: string[];
}

export interface RoleRow {
  userSourcedId: string;
  active: boolean;
  role: PersonRole;
  primary: boolean;
  orgId: string;
}

export interface ClassRow {
  sourcedId: string;
  active: boolean;
  title: string;
  schoolId: string;
  classCode: string | null;
  grades: string | null;
}

export interface EnrollmentRow {
  sourcedId: string;
  active: boolean;
  classId: string;
  userId: string;
  role: PersonRole;
  schoolId: string;
}

export function readOrgRow(row: RosterRow, context: RowContext): OrgRow | undefined {
  return readChecked(row, context, () => ({
    sourcedId: required(row, "sourcedId", context),
    active: readActive(row, context),
    name: required(row, "name", context),
    type: enumValue(row, "type", orgTypes, context, "warn") ?? row.get("type"),
    parentSourcedId: row.get("parentSourcedId"),
  }));
}

export function readUserRow(row: RosterRow, context: RowContext): UserRow | undefined {
  return readChecked(row, context, () => {
    const sourcedId = required(row, "sourcedId", context);
    const active = readActive(row, context) && readEnabled(row, context);
    const role = row.get("role") === "" ? undefined : readRole(row, "role", context);
    const names = readNames(row, context);

    return {
      sourcedId,
      active,
      role,
      givenName: names.givenName,
      familyName: names.familyName,
      preferredName: row.get("preferredGivenName") || null,
      preferredLanguage: readLanguage(row, context),
      email: readEmail(row, context),
      phone: row.get("phone") || row.get("sms") || null,
      grades: listOf(row.get("grades")).join(",") || null,
      orgIds: distinct(
        listOf(row.get("orgSourcedIds")).concat(listOf(row.get("primaryOrgSourcedId"))),
      ),
      agentIds: distinct(listOf(row.get("agentSourcedIds"))),
    };
  });
}

/** The ids of a list each once. Lists are short: a search beats a Set for each person. */
function distinct(ids: string[]) {
  return ids.length < 2 ? ids : ids.filter((id, at) => ids.indexOf(id) === at);
}

export function readRoleRow(row: RosterRow, context: RowContext): RoleRow | undefined {
  return readChecked(row, context, () => ({
    userSourcedId: required(row, "userSourcedId", context),
    active: readActive(row, context),
    role: readRole(row, "role", context) ?? "student",
    primary: enumValue(row, "roleType", roleTypes, context, "warn") === "primary",
    orgId: row.get("orgSourcedId"),
  }));
}

export function readClassRow(row: RosterRow, context: RowContext): ClassRow | undefined {
  return readChecked(row, context, () => {
    if (row.get("classType") !== "") enumValue(row, "classType", classTypes, context, "warn");

    return {
      sourcedId: required(row, "sourcedId", context),
      active: readActive(row, context),
      title: required(row, "title", context),
      schoolId: required(row, "schoolSourcedId", context),
      classCode: row.get("classCode") || null,
      grades: listOf(row.get("grades")).join(",") || null,
    };
  });
}

export function readEnrollmentRow(row: RosterRow, context: RowContext): EnrollmentRow | undefined {
  return readChecked(row, context, () => ({
    sourcedId: required(row, "sourcedId", context),
    active: readActive(row, context),
    classId: required(row, "classSourcedId", context),
    userId: required(row, "userSourcedId", context),
    role: readRole(row, "role", context) ?? "student",
    schoolId: row.get("schoolSourcedId"),
  }));
}

/**
 * Runs a reader and keeps its result only when it reported no error. A row whose values do not
 * line up with the columns is not read at all: its one error says why.
 */
function readChecked<T>(row: RosterRow, context: RowContext, read: () => T): T | undefined {
  if (!row.aligned) return undefined;
  const errorsBefore = context.log.errorCount;
  const value = read();

  return row.readable && context.log.errorCount === errorsBefore ? value : undefined;
}

/** A OneRoster list: "a,b", quoted in the file, sometimes with spaces after the commas. */
export function listOf(value: string): string[] {
  // Most lists hold one id or none: no split, map and filter for each of a district's rows.
  if (!value.includes(",")) {
    const item = value.trim();
    return item === "" ? [] : [item];
  }

  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function problemAt(row: RosterRow, column: string, context: RowContext) {
  return { file: context.file, line: row.line, column: row.columnName(column) };
}

function required(row: RosterRow, column: string, context: RowContext) {
  const value = row.get(column);
  if (value === "") {
    context.log.error({
      ...problemAt(row, column, context),
      message: say("roster.value.empty"),
    });
  }

  return value;
}

/**
 * An enumeration value, forgiving a case slip with a warning. An unknown value is an error, or
 * only a warning for values the app does not act on.
 */
function enumValue<T extends string>(
  row: RosterRow,
  column: string,
  allowed: readonly T[],
  context: RowContext,
  unknown: "error" | "warn",
): T | undefined {
  const value = row.get(column);
  // A value as the standard spells it is the common case: found without a callback per row.
  if ((allowed as readonly string[]).includes(value)) return value as T;

  const { log } = context;
  const where = problemAt(row, column, context);
  const slip = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (slip) {
    log.warn({ ...where, message: say("roster.value.caseSlip", { value, canonical: slip }) });
    return slip;
  }

  const message = say("roster.value.notAllowed", { value, allowed: allowed.join(", ") });
  if (unknown === "error") log.error({ ...where, message });
  else log.warn({ ...where, message });

  return undefined;
}

function readActive(row: RosterRow, context: RowContext) {
  readModified(row, context);
  if (row.get("status") === "") return true;

  const status = enumValue(row, "status", rowStatuses, context, "error");
  if (status === "inactive") {
    const message = say("roster.value.inactive");
    context.log.warn({ ...problemAt(row, "status", context), message });
  }

  return status === "active";
}

/** The app does not use the date, so a date it cannot read is only worth a warning. */
function readModified(row: RosterRow, context: RowContext) {
  const value = row.get("dateLastModified");
  if (value === "" || isoDate.test(value)) return;

  const message = say("roster.value.notIsoDate", { value });
  context.log.warn({ ...problemAt(row, "dateLastModified", context), message });
}

const isoDate = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function readEnabled(row: RosterRow, context: RowContext) {
  const written = row.get("enabledUser");
  if (written === "" || written === "true") return true;
  const value = written.toLowerCase();
  if (value === "true") return true;
  if (value === "false") return false;

  const message = say("roster.value.notBoolean", { value: row.get("enabledUser") });
  context.log.warn({ ...problemAt(row, "enabledUser", context), message });

  return true;
}

/** The roles a roster may name, listed once rather than for every row. */
const knownRosterRoles = Object.keys(rosterRoles);

/** A roster role as the role the person has in the app; unusual mappings are pointed out. */
function readRole(row: RosterRow, column: string, context: RowContext): PersonRole | undefined {
  const value = enumValue(row, column, knownRosterRoles, context, "error");
  const mapped = value ? rosterRoles[value] : undefined;
  if (!value || !mapped) return undefined;

  if (mapped.warn) {
    const message = say("roster.value.roleMapped", { value, role: mapped.role });
    context.log.warn({ ...problemAt(row, column, context), message });
  }

  return mapped.role;
}

function readNames(row: RosterRow, context: RowContext) {
  const givenName = row.get("givenName");
  const familyName = row.get("familyName");

  if (givenName === "" && familyName === "") {
    required(row, "givenName", context);
  } else if (givenName === "" || familyName === "") {
    const column = givenName === "" ? "givenName" : "familyName";
    context.log.warn({
      ...problemAt(row, column, context),
      message: say("roster.value.oneName"),
    });
  }

  return { givenName, familyName };
}

/** Email is how families are reached, so an address that cannot work is left out, not kept. */
/** The first language column the file has; an unreadable value is warned about and left out. */
function readLanguage(row: RosterRow, context: RowContext) {
  const column = languageColumns.find((name) => row.has(name));
  if (!column) return null;

  const value = row.get(column);
  const reading = readPreferredLanguage(value);
  if ("tag" in reading) return reading.tag;

  const message = say("roster.value.notLanguage", { value });
  context.log.warn({ ...problemAt(row, column, context), message });

  return null;
}

export const languageColumns = ["metadata.preferredLanguage", "preferredLanguage"] as const;

/** Which optional columns of people users.csv has: a column it lacks leaves what is stored. */
export function personColumnsOf(row: RosterRow): PersonColumns {
  return {
    preferredName: row.has("preferredGivenName"),
    email: row.has("email"),
    phone: row.has("phone") || row.has("sms"),
    grades: row.has("grades"),
    preferredLanguage: languageColumns.some((column) => row.has(column)),
  };
}

function readEmail(row: RosterRow, context: RowContext) {
  const value = row.get("email");
  if (value === "") return null;
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) return value;

  const message = say("roster.value.notEmail", { value });
  context.log.warn({ ...problemAt(row, "email", context), message });

  return null;
}
