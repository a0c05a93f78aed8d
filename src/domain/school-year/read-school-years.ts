import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  countCurrentPlans,
  listSchoolsOfDistrict,
  listSchoolYears,
} from "../../db/school-year-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeAdministrator, reachesSchool } from "../access/policy.ts";

/**
 * The schools the administrator administers, with their current year's plan counts, and the
 * years those schools closed so far.
 */
export async function readSchoolYears(deps: { db: Kysely<Database> }, actor: Actor) {
  const reach = await authorizeAdministrator(deps.db, actor);
  const counts = await countCurrentPlans(deps.db, actor.districtId);
  const schools = (await listSchoolsOfDistrict(deps.db, actor.districtId)).filter((school) =>
    reachesSchool(reach, school.id),
  );

  return {
    schools: schools.map((school) => ({
      id: school.id,
      name: school.name,
      timeZone: school.time_zone,
      currentPlans: counts.get(school.id) ?? 0,
    })),
    closedYears: (await listSchoolYears(deps.db, actor.districtId))
      .filter((year) => reachesSchool(reach, year.school_id))
      .map((year) => ({
        id: year.id,
        label: year.label,
        schoolName: year.school_name,
        closedAt: year.closed_at,
        plansArchived: year.plans_archived,
        plansClosed: year.plans_closed,
      })),
  };
}
