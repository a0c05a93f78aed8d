import type { PersonRole } from "../../db/schema.ts";

/*
 * The OneRoster CSV files the import reads (1.1 and 1.2), their columns, and the enumerations
 * it checks. Columns of both versions are known, so a 1.2 export with a 1.1 column (or the other
 * way round) reads the same; a column no version knows is reported and left aside.
 */

export type RosterFileKind = "manifest" | "orgs" | "users" | "roles" | "classes" | "enrollments";

export interface RosterFileSpec {
  kind: RosterFileKind;
  fileName: string;
  columns: readonly string[];
  /** Columns without which no row of the file can be read. */
  required: readonly string[];
}

const common = ["sourcedId", "status", "dateLastModified"] as const;

export const rosterFileSpecs: Record<RosterFileKind, RosterFileSpec> = {
  manifest: {
    kind: "manifest",
    fileName: "manifest.csv",
    columns: ["propertyName", "value"],
    required: ["propertyName", "value"],
  },
  orgs: {
    kind: "orgs",
    fileName: "orgs.csv",
    columns: [...common, "name", "type", "identifier", "parentSourcedId"],
    required: ["sourcedId", "name", "type"],
  },
  users: {
    kind: "users",
    fileName: "users.csv",
    columns: [
      ...common,
      "enabledUser",
      "orgSourcedIds",
      "role",
      "username",
      "userIds",
      "givenName",
      "familyName",
      "middleName",
      "identifier",
      "email",
      "sms",
      "phone",
      "agentSourcedIds",
      "grades",
      "password",
      "userMasterIdentifier",
      "preferredGivenName",
      "preferredMiddleName",
      "preferredFamilyName",
      "primaryOrgSourcedId",
      "pronouns",
      // Not in OneRoster itself: the extension column many systems add for the home language.
      "metadata.preferredLanguage",
      "preferredLanguage",
    ],
    required: ["sourcedId", "givenName", "familyName"],
  },
  roles: {
    kind: "roles",
    fileName: "roles.csv",
    columns: [
      ...common,
      "userSourcedId",
      "roleType",
      "role",
      "beginDate",
      "endDate",
      "orgSourcedId",
      "userProfileSourcedId",
    ],
    required: ["userSourcedId", "role"],
  },
  classes: {
    kind: "classes",
    fileName: "classes.csv",
    columns: [
      ...common,
      "title",
      "grades",
      "courseSourcedId",
      "classCode",
      "classType",
      "location",
      "schoolSourcedId",
      "termSourcedIds",
      "subjects",
      "subjectCodes",
      "periods",
    ],
    required: ["sourcedId", "title", "schoolSourcedId"],
  },
  enrollments: {
    kind: "enrollments",
    fileName: "enrollments.csv",
    columns: [
      ...common,
      "classSourcedId",
      "schoolSourcedId",
      "userSourcedId",
      "role",
      "primary",
      "beginDate",
      "endDate",
    ],
    required: ["sourcedId", "classSourcedId", "userSourcedId", "role"],
  },
};

/** The order of reading: every file refers only to files read before it. */
export const readingOrder: readonly RosterFileKind[] = [
  "manifest",
  "orgs",
  "users",
  "roles",
  "classes",
  "enrollments",
];

/** Every data file a manifest may name (1.1 and 1.2); the app reads only some of them. */
export const manifestFileNames: readonly string[] = [
  "academicSessions",
  "categories",
  "classes",
  "classResources",
  "courses",
  "courseResources",
  "demographics",
  "enrollments",
  "lineItems",
  "orgs",
  "resources",
  "results",
  "users",
  "roles",
  "userProfiles",
  "userResources",
  "scoreScales",
  "lineItemLearningObjectiveIds",
  "lineItemScoreScales",
  "resultLearningObjectiveIds",
  "resultScoreScales",
];

export const manifestOtherKeys: readonly string[] = [
  "manifest.version",
  "oneroster.version",
  "source.systemName",
  "source.systemCode",
];

export type FileMode = "bulk" | "delta" | "absent";
export const fileModes: readonly FileMode[] = ["bulk", "delta", "absent"];

export type RowStatus = "active" | "tobedeleted" | "inactive";
export const rowStatuses: readonly RowStatus[] = ["active", "tobedeleted", "inactive"];

export const orgTypes = ["district", "school", "department", "local", "state", "national"] as const;
export const classTypes = ["homeroom", "scheduled"] as const;
export const roleTypes = ["primary", "secondary"] as const;

/** Roster roles and the role a person has in the app; `warn` marks a mapping worth a look. */
export const rosterRoles: Record<string, { role: PersonRole; warn: boolean }> = {
  student: { role: "student", warn: false },
  teacher: { role: "teacher", warn: false },
  aide: { role: "teacher", warn: true },
  proctor: { role: "teacher", warn: true },
  counselor: { role: "teacher", warn: true },
  administrator: { role: "administrator", warn: false },
  districtAdministrator: { role: "administrator", warn: false },
  siteAdministrator: { role: "administrator", warn: false },
  systemAdministrator: { role: "administrator", warn: false },
  principal: { role: "administrator", warn: false },
  parent: { role: "guardian", warn: false },
  guardian: { role: "guardian", warn: false },
  relative: { role: "guardian", warn: false },
};
