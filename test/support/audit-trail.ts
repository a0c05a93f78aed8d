import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { insertAuditEntries } from "../../src/db/audit-store.ts";
import type { Database, PersonRole } from "../../src/db/schema.ts";

/*
 * A district's roster and audit trail at size, for the audit trail's filters: thousands of
 * people and entries in a few statements each, as an import and a year of views would leave.
 */

type Db = Kysely<Database>;

export interface RosterPerson {
  id: string;
  role: PersonRole;
  givenName: string;
  familyName: string;
  rosterId: string;
}

const rowsAStatement = 500;

/** People put on the district's roster, each with a roster id of its own. */
export async function addToRoster(
  db: Db,
  districtId: string,
  people: Omit<RosterPerson, "id" | "rosterId">[],
): Promise<RosterPerson[]> {
  const stamp = new Date().toISOString();
  const added = people.map((person) => ({
    ...person,
    id: randomUUID(),
    rosterId: `r-${randomUUID().slice(0, 8)}`,
  }));
  for (let start = 0; start < added.length; start += rowsAStatement) {
    const rows = added.slice(start, start + rowsAStatement).map((person) => ({
      id: person.id,
      district_id: districtId,
      source_id: person.rosterId,
      role: person.role,
      given_name: person.givenName,
      family_name: person.familyName,
      preferred_name: null,
      email: null,
      phone: null,
      grades: null,
      preferred_locale: null,
      active: 1,
      auth_user_id: null,
      created_at: stamp,
      updated_at: stamp,
    }));
    await db.insertInto("people").values(rows).execute();
  }

  return added;
}

/** One view of a student's records each, by the person given with them. */
export async function recordViews(
  db: Db,
  districtId: string,
  views: { actor: { id: string; role: string }; studentId: string }[],
) {
  const at = new Date().toISOString();
  for (let start = 0; start < views.length; start += rowsAStatement) {
    await insertAuditEntries(
      db,
      views.slice(start, start + rowsAStatement).map(({ actor, studentId }) => ({
        district_id: districtId,
        actor_id: actor.id,
        actor_role: actor.role,
        action: "view",
        route: "GET /students/:studentId/records",
        plan_id: null,
        student_id: studentId,
        client_address: "127.0.0.1",
        created_at: at,
      })),
    );
  }
}

/** Students of the district, each with their records read once by this person. */
export async function studentsReadBy(
  db: Db,
  options: {
    districtId: string;
    reader: { id: string; role: string };
    names: { givenName: string; familyName: string }[];
  },
) {
  const students = await addToRoster(
    db,
    options.districtId,
    options.names.map((name) => ({ ...name, role: "student" as const })),
  );
  await recordViews(
    db,
    options.districtId,
    students.map((student) => ({ actor: options.reader, studentId: student.id })),
  );

  return students;
}
