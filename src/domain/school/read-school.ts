import type { Kysely } from "kysely";
import { findActiveRole } from "../../db/access-store.ts";
import type { Database } from "../../db/schema.ts";
import { listSchoolSettings, listSchoolVisions } from "../../db/school-store.ts";
import type { Actor } from "../access/actor.ts";
import { AppError, notFound } from "../errors.ts";

/** School settings are for the district's administrators only. */
export async function assertAdministrator(db: Kysely<Database>, actor: Actor) {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  if (role === "administrator") return;

  throw new AppError({ kind: "forbidden", message: `${actor.personId} may not edit schools` });
}

/** The school an administrator is looking at (the first by name unless one is asked for). */
export async function readSchoolSettings(
  db: Kysely<Database>,
  actor: Actor,
  schoolId: string | undefined,
) {
  await assertAdministrator(db, actor);
  const schools = await listSchoolSettings(db, actor.districtId);
  const school = schoolId ? schools.find((each) => each.id === schoolId) : schools[0];
  if (!school) throw notFound(`school ${schoolId ?? "of district"}`);
  const translations = await listSchoolVisions(db, [school.id]);
  const visions = Object.fromEntries(translations.map(({ locale, body }) => [locale, body]));

  return { school: { ...school, visions }, schools };
}
