import type { Kysely } from "kysely";
import { classesTaughtBy } from "../../db/access-store.ts";
import { listSchoolZones } from "../../db/program-store.ts";
import type { Database } from "../../db/schema.ts";
import { orderBy, sortedBy } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";

/*
 * The schools the program figures may cover, and the school chosen among them. A school typed
 * into the address that is not one of the viewer's (another school's, or gone from the roster)
 * is no school of theirs: the figures then cover no school and count nothing, as an unknown
 * teacher or class does.
 */

export interface SchoolChoice {
  id: string;
  name: string;
}

export interface ProgramReach {
  /** A teacher: the students of their own classes only. */
  ownClassesOnly: boolean;
  /** The viewer's schools to choose among, by name: a teacher's are those they teach at. */
  schools: SchoolChoice[];
  /** The plans' schools the figures cover: null for every school the viewer reaches. */
  schoolIds: readonly string[] | null;
}

/**
 * Where the program figures reach once a school is chosen: the caller has authorized the actor
 * (authorizeProgram), whose administered schools are `schoolIds` (null for the district).
 */
export async function readProgramReach(
  db: Kysely<Database>,
  actor: Actor,
  access: { ownClassesOnly: boolean; schoolIds: readonly string[] | null; schoolId: string | null },
): Promise<ProgramReach> {
  const { ownClassesOnly, schoolId } = access;
  const schools = await schoolsToChoose(db, actor, access);
  if (!schoolId) return { ownClassesOnly, schools, schoolIds: access.schoolIds };

  const ours = schools.some((school) => school.id === schoolId);
  return { ownClassesOnly, schools, schoolIds: ours ? [schoolId] : [] };
}

/** Whether the figures span more than one school: the page then shows them school by school. */
export function spansSchools(reach: ProgramReach): boolean {
  return (reach.schoolIds?.length ?? reach.schools.length) > 1;
}

/** The schools to choose among, by name in the reader's order. */
async function schoolsToChoose(
  db: Kysely<Database>,
  actor: Actor,
  access: { ownClassesOnly: boolean; schoolIds: readonly string[] | null },
): Promise<SchoolChoice[]> {
  const byName = orderBy<SchoolChoice>(
    actor.locale,
    (school) => school.name,
    (school) => school.id,
  );
  if (access.ownClassesOnly) {
    const classes = await classesTaughtBy(db, actor.districtId, actor.personId);
    const schools = new Map(classes.map((row) => [row.schoolId, row.schoolName]));
    return sortedBy(
      [...schools].map(([id, name]) => ({ id, name })),
      byName,
    );
  }

  const schools = await listSchoolZones(db, actor.districtId);
  const { schoolIds } = access;
  const ours = schools
    .filter((school) => !schoolIds || schoolIds.includes(school.id))
    .map(({ id, name }) => ({ id, name }));

  return sortedBy(ours, byName);
}
