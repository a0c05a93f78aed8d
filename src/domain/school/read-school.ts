import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { listSchoolSettings, listSchoolVisions } from "../../db/school-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeAdministrator, reachesSchool } from "../access/policy.ts";
import { notFound } from "../errors.ts";

/**
 * The school an administrator is looking at (the first by name unless one is asked for), among
 * the schools they administer: another school's settings are not found.
 */
export async function readSchoolSettings(
  db: Kysely<Database>,
  actor: Actor,
  schoolId: string | undefined,
) {
  const reach = await authorizeAdministrator(db, actor);
  const schools = (await listSchoolSettings(db, actor.districtId)).filter((each) =>
    reachesSchool(reach, each.id),
  );
  const school = schoolId ? schools.find((each) => each.id === schoolId) : schools[0];
  if (!school) throw notFound(`school ${schoolId ?? "of district"}`);
  const translations = await listSchoolVisions(db, [school.id]);
  const visions = Object.fromEntries(translations.map(({ locale, body }) => [locale, body]));

  return { school: { ...school, visions }, schools };
}
