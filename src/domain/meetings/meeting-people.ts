import type { Kysely } from "kysely";
import { linkedGuardians, teachersOfStudent } from "../../db/access-store.ts";
import { findMeetingPeople, type MeetingPerson } from "../../db/meeting-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import { isMailableAddress } from "../../mail/outbox.ts";

export interface MeetingPeople {
  student: MeetingPerson | undefined;
  family: MeetingPerson[];
  teachers: MeetingPerson[];
}

/**
 * Everyone a plan meeting is for: the student, their linked family, their teachers and the
 * staff member who proposed it (an administrator may teach no class of the student).
 */
export async function meetingPeople(
  db: Kysely<Database>,
  plan: Pick<PlanRow, "district_id" | "student_id">,
  proposerId: string,
): Promise<MeetingPeople> {
  const guardians = await linkedGuardians(db, plan.district_id, plan.student_id);
  const teachers = await teachersOfStudent(db, plan.district_id, plan.student_id);
  const staffIds = [...new Set([...teachers.map((teacher) => teacher.id), proposerId])];
  const people = await findMeetingPeople(db, plan.district_id, [
    plan.student_id,
    ...guardians.map((guardian) => guardian.id),
    ...staffIds,
  ]);

  return {
    student: people.find((person) => person.id === plan.student_id && person.role === "student"),
    family: people.filter((person) => person.role === "guardian"),
    teachers: people.filter((person) => staffIds.includes(person.id) && person.role !== "guardian"),
  };
}

/** The people of a meeting who have an address the outbox takes, each once. */
export function reachableByEmail(people: MeetingPeople): (MeetingPerson & { email: string })[] {
  const everyone = [
    ...(people.student ? [people.student] : []),
    ...people.family,
    ...people.teachers,
  ];
  const seen = new Set<string>();

  return everyone.flatMap((person) => {
    if (seen.has(person.id) || !isMailableAddress(person.email)) return [];
    seen.add(person.id);
    return [{ ...person, email: (person.email ?? "").trim() }];
  });
}
