import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../../src/db/schema.ts";
import {
  type ImportRosterOptions,
  importRoster,
} from "../../../src/domain/roster/import-roster.ts";

/** The exports tests import: our own small ones, and the real ones under shared/data. */
export const fixtures = path.resolve(import.meta.dirname, "../../fixtures/roster");

export const fixture = (name: string) => path.join(fixtures, name);

export const sharedExports = path.resolve(import.meta.dirname, "../../../../shared/data/oneroster");

export const sharedExport = (name: string) => path.join(sharedExports, name);

/** Imports an export into the district as the tests do: on a fixed day, by the command line. */
export function importInto(
  db: Kysely<Database>,
  districtId: string,
  source: string,
  options: Partial<ImportRosterOptions> = {},
) {
  return importRoster(db, {
    districtId,
    source,
    skipInvalid: false,
    actorId: null,
    clock: () => new Date("2025-09-01T12:00:00Z"),
    ...options,
  });
}

const scratchFolders: string[] = [];

/** A scratch folder removed by removeScratch(). */
export function scratchFolder() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-roster-"));
  scratchFolders.push(folder);

  return folder;
}

export function removeScratch() {
  for (const folder of scratchFolders.splice(0))
    fs.rmSync(folder, { recursive: true, force: true });
}

/** Changes to an export's files: new text, or null to leave the file out. */
export type ExportEdits = Record<string, ((text: string) => string) | string | null>;

/** A copy of a fixture export with some files changed, in a scratch folder. */
export function exportWith(base: string, edits: ExportEdits = {}) {
  const folder = scratchFolder();

  for (const name of fs.readdirSync(base)) {
    const text = fs.readFileSync(path.join(base, name), "latin1");
    const edit = edits[name];
    if (edit === null) continue;

    const changed = typeof edit === "function" ? edit(text) : (edit ?? text);
    fs.writeFileSync(path.join(folder, name), changed, "latin1");
  }
  for (const [name, edit] of Object.entries(edits)) {
    if (typeof edit === "string" && !fs.existsSync(path.join(base, name))) {
      fs.writeFileSync(path.join(folder, name), edit, "latin1");
    }
  }

  return folder;
}

/** Replaces one line (1 = the header) of a CSV text. */
export const replaceLine = (line: number, value: string) => (text: string) => {
  const lines = text.split("\n");
  lines[line - 1] = value;
  return lines.join("\n");
};

export async function peopleOf(db: Kysely<Database>, districtId: string) {
  return db
    .selectFrom("people")
    .select([
      "id",
      "source_id",
      "role",
      "given_name",
      "family_name",
      "preferred_name",
      "email",
      "phone",
      "grades",
      "active",
    ])
    .where("district_id", "=", districtId)
    .orderBy("source_id")
    .execute();
}

/** name of guardian -> name of student, for the active links of a district. */
export async function familyLinksOf(db: Kysely<Database>, districtId: string) {
  const rows = await db
    .selectFrom("guardian_links")
    .innerJoin("people as guardian", "guardian.id", "guardian_links.guardian_id")
    .innerJoin("people as student", "student.id", "guardian_links.student_id")
    .select([
      "guardian.source_id as guardian",
      "student.source_id as student",
      "guardian_links.active",
    ])
    .where("guardian_links.district_id", "=", districtId)
    .execute();

  return rows
    .filter((row) => row.active === 1)
    .map((row) => `${row.guardian} -> ${row.student}`)
    .sort();
}

/** "class: person (role)" for the active enrollments of a district. */
export async function enrollmentsOf(db: Kysely<Database>, districtId: string) {
  const rows = await db
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .innerJoin("people", "people.id", "enrollments.person_id")
    .select(["classes.source_id as klass", "people.source_id as person", "enrollments.role"])
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.active", "=", 1)
    .execute();

  return rows.map((row) => `${row.klass}: ${row.person} (${row.role})`).sort();
}

export async function classesOf(db: Kysely<Database>, districtId: string) {
  return db
    .selectFrom("classes")
    .innerJoin("schools", "schools.id", "classes.school_id")
    .select(["classes.source_id", "classes.title", "classes.active", "schools.name as school"])
    .where("classes.district_id", "=", districtId)
    .orderBy("classes.source_id")
    .execute();
}

/** How many rows the roster tables hold for the district: all zero when nothing was stored. */
export async function rosterRowCounts(db: Kysely<Database>, districtId: string) {
  const count = async (
    table: "schools" | "people" | "person_schools" | "classes" | "enrollments" | "guardian_links",
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("district_id", "=", districtId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };

  return {
    schools: await count("schools"),
    people: await count("people"),
    personSchools: await count("person_schools"),
    classes: await count("classes"),
    enrollments: await count("enrollments"),
    guardianLinks: await count("guardian_links"),
  };
}

export const nothingStored = {
  schools: 0,
  people: 0,
  personSchools: 0,
  classes: 0,
  enrollments: 0,
  guardianLinks: 0,
};
