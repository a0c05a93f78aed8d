import type { Kysely } from "kysely";
import { findActiveRole } from "../../db/access-store.ts";
import { studentsOfGuardian } from "../../db/family-store.ts";
import type { Database } from "../../db/schema.ts";
import { findCardHolder } from "../../db/sign-in-card-store.ts";
import type { Actor } from "../access/actor.ts";
import { isStaff, reachesWholeDistrict, relationshipToStudent } from "../access/policy.ts";
import { AppError } from "../errors.ts";

/**
 * Loads the person a sign-in card would be for, if the actor may make or revoke it: an
 * administrator of the district for any active student or family member of it; a school's
 * administrator or a teacher for a student they stand to as staff, or a family member linked
 * to one. Someone who may not learns nothing
 * about the person (not found); a student or family member is refused outright.
 */
export async function authorizeCardHolder(db: Kysely<Database>, actor: Actor, personId: string) {
  const role = await findActiveRole(db, actor.districtId, actor.personId);
  if (role !== "administrator" && role !== "teacher") {
    throw new AppError({ kind: "forbidden", message: `${actor.personId} may not manage cards` });
  }

  const holder = await findCardHolder(db, actor.districtId, personId);
  const carriesCards = holder?.role === "student" || holder?.role === "guardian";
  if (holder?.active === 1 && carriesCards) {
    if (role === "administrator" && (await reachesWholeDistrict(db, actor))) return holder;
    if (await teachesFor(db, actor, holder)) return holder;
  }

  throw new AppError({
    kind: "not_found",
    message: `card holder ${personId} not visible to ${actor.personId}`,
  });
}

async function teachesFor(
  db: Kysely<Database>,
  actor: Actor,
  holder: { id: string; role: string },
) {
  const studentIds =
    holder.role === "student"
      ? [holder.id]
      : (await studentsOfGuardian(db, actor.districtId, holder.id)).map((student) => student.id);

  for (const studentId of studentIds) {
    const relationship = await relationshipToStudent(db, actor, studentId);
    if (relationship && isStaff(relationship)) return true;
  }

  return false;
}
