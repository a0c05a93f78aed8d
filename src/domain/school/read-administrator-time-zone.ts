import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findFirstSchoolOf } from "../../db/school-store.ts";
import type { Actor } from "../access/actor.ts";

/*
 * The district-wide pages (the roster's imports, Sent mail) list instants that belong to no one
 * school. An administrator reads them on the clock of the school they work in; one listed at no
 * school, on the district's first school's, and the page says which.
 */

export interface AdministratorTimeZone {
  timeZone: string;
  /** Whose zone it is: the administrator's school, the district's first, or UTC for none. */
  basis: "ownSchool" | "firstSchool" | "none";
  schoolName: string | null;
}

export async function readAdministratorTimeZone(
  db: Kysely<Database>,
  actor: Actor,
): Promise<AdministratorTimeZone> {
  const districtId = actor.districtId;
  const own = await findFirstSchoolOf(db, { districtId, personId: actor.personId });
  if (own) return { timeZone: own.time_zone, basis: "ownSchool", schoolName: own.name };

  const first = await findFirstSchoolOf(db, { districtId });
  if (first) return { timeZone: first.time_zone, basis: "firstSchool", schoolName: first.name };

  return { timeZone: "UTC", basis: "none", schoolName: null };
}
