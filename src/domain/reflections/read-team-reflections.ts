import {
  listPlansToReflectOn,
  listReflections,
  listSchoolsOfPerson,
  listTeamDecisions,
} from "../../db/program-store.ts";
import { orderBy, sortedBy } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import { administersDistrict, authorizeSchoolTeam } from "../access/policy.ts";
import { forbidden } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";
import { schoolYearOf } from "./school-year.ts";

/** Plans offered in the reflection form at most; a teacher reflects on their own students. */
const offeredPlans = 300;

export interface TeamReflections {
  schools: { id: string; name: string }[];
  school: { id: string; name: string };
  schoolYear: string;
  reflections: {
    id: string;
    author: string;
    authorId: string;
    student: string | null;
    planId: string | null;
    body: string;
    createdAt: string;
  }[];
  decisions: { id: string; author: string; body: string; createdAt: string }[];
  plans: { id: string; student: string }[];
  timeZone: string;
}

/** What the school team reads together: this year's reflections and the decisions it recorded. */
export async function readTeamReflections(
  deps: PlanDeps,
  actor: Actor,
  chosenSchoolId: string | undefined,
): Promise<TeamReflections> {
  const ofPerson = await listSchoolsOfPerson(deps.db, {
    districtId: actor.districtId,
    personId: actor.personId,
    everySchool: await administersDistrict(deps.db, actor),
  });
  const schools = sortedBy(
    ofPerson,
    orderBy(
      actor.locale,
      (each) => each.name,
      (each) => each.id,
    ),
  );
  const school = schools.find((each) => each.id === chosenSchoolId) ?? schools[0];
  if (!school) throw forbidden(`${actor.personId} belongs to no school`);
  const { role } = await authorizeSchoolTeam(deps.db, actor, school.id);

  const where = {
    districtId: actor.districtId,
    schoolId: school.id,
    schoolYear: schoolYearOf(dayIn(school.time_zone, deps.clock())),
  };
  const [reflections, decisions, plans] = await Promise.all([
    listReflections(deps.db, where).then((rows) => sortedBy(rows, byName(actor.locale))),
    listTeamDecisions(deps.db, where),
    listPlansToReflectOn(deps.db, {
      districtId: actor.districtId,
      schoolId: school.id,
      teacherId: role === "administrator" ? null : actor.personId,
      limit: offeredPlans,
    }).then((rows) => sortedBy(rows, byName(actor.locale))),
  ]);

  return {
    schools: schools.map((each) => ({ id: each.id, name: each.name })),
    school: { id: school.id, name: school.name },
    schoolYear: where.schoolYear,
    timeZone: school.time_zone,
    reflections: reflections.map((row) => ({
      id: row.id,
      author: personName(row),
      authorId: row.author_id,
      student: row.plan_id ? personName(studentOf(row)) : null,
      planId: row.plan_id,
      body: row.body,
      createdAt: row.created_at,
    })),
    decisions: decisions.map((row) => ({
      id: row.id,
      author: personName(row),
      body: row.body,
      createdAt: row.created_at,
    })),
    plans: plans.map((row) => ({ id: row.id, student: personName(row) })),
  };
}

/**
 * Reflections by their author's name, plans by their student's, in the reader's order; the
 * database's order (an author's reflections oldest first) stays within a name.
 */
function byName(locale: string) {
  return orderBy<{ family_name: string | null; given_name: string | null }>(
    locale,
    (row) => row.family_name,
    (row) => row.given_name,
  );
}

function studentOf(row: {
  student_given_name: string | null;
  student_family_name: string | null;
  student_preferred_name: string | null;
}) {
  return {
    given_name: row.student_given_name,
    family_name: row.student_family_name,
    preferred_name: row.student_preferred_name,
  };
}
