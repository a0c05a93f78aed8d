import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { findStudent, linkedGuardians, teachersOfStudent } from "../../db/access-store.ts";
import { findSchool, insertMeeting, type PlanRow } from "../../db/plan-store.ts";
import type { Database, PersonRole } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { fieldProblem, limits, parsePlanInput } from "./parse-plan-input.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import { isWallTime, wallTimeToUtc } from "./school-time.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => text || null);

const meetingInput = z
  .object({
    startsAt: z.string().trim().refine(isWallTime, { error: "plans.problem.dateTime" }),
    place: optionalText(limits.place),
    videoLink: z
      .union([
        z.literal(""),
        z.url({ protocol: /^https?$/, error: "plans.problem.link" }).max(limits.videoLink),
      ])
      .optional()
      .transform((link) => link || null),
    notes: optionalText(limits.meetingNotes),
    attendeeIds: z.array(z.string().max(100)).max(limits.attendees).default([]),
  })
  .refine((meeting) => meeting.place || meeting.videoLink, {
    path: ["place"],
    error: "plans.problem.placeOrLink",
  });

export const meetingLabels = {
  startsAt: "plans.field.startsAt",
  place: "plans.field.place",
  videoLink: "plans.field.videoLink",
  notes: "plans.field.meetingNotes",
  attendeeIds: "plans.field.attendees",
} as const;

export interface AttendeeChoice {
  id: string;
  name: string;
  role: PersonRole;
}

/**
 * The teacher records the meeting where the student, family and teacher talk the plan through:
 * when (the school's local time), where or on which video link, and who came.
 */
export async function recordMeeting(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  input: unknown,
): Promise<{ meetingId: string }> {
  const { plan } = await authorizePlan(deps.db, actor, planId, "recordMeeting");
  assertPlanOpen(plan, actor);

  const meeting = parsePlanInput(meetingInput, input, { actor, labels: meetingLabels });
  const choices = await meetingAttendeeChoices(deps.db, actor, plan);
  const attendeeIds = [...new Set(meeting.attendeeIds)];
  if (!attendeeIds.every((id) => choices.some((choice) => choice.id === id))) {
    throw fieldProblem({
      actor,
      field: "attendeeIds",
      message: "plans.problem.notAnAttendee",
      label: "plans.field.attendees",
    });
  }
  const school = await findSchool(deps.db, plan.district_id, plan.school_id);
  if (!school) throw notFound(`school ${plan.school_id}`);

  const meetingId = randomUUID();
  const now = isoNow(deps.clock);
  const startsAt = wallTimeToUtc(meeting.startsAt, school.time_zone);
  await deps.db.transaction().execute(async (trx) => {
    await insertMeeting(
      trx,
      {
        id: meetingId,
        district_id: plan.district_id,
        plan_id: plan.id,
        starts_at: startsAt,
        place: meeting.place,
        video_url: meeting.videoLink,
        notes: meeting.notes,
        recorded_by: actor.personId,
        created_at: now,
      },
      attendeeIds,
    );

    await recordPlanChange(trx, {
      plan,
      actorId: actor.personId,
      now,
      kind: "meeting.recorded",
      details: { meetingId, startsAt, attendees: attendeeIds.length },
    });
  });

  return { meetingId };
}

/** Who can be recorded at a plan's meeting: the student, their linked family and their staff. */
export async function meetingAttendeeChoices(
  db: Kysely<Database>,
  actor: Actor,
  plan: Pick<PlanRow, "district_id" | "student_id">,
): Promise<AttendeeChoice[]> {
  const student = await findStudent(db, plan.district_id, plan.student_id);
  const guardians = await linkedGuardians(db, plan.district_id, plan.student_id);
  const teachers = await teachersOfStudent(db, plan.district_id, plan.student_id);
  const choices: AttendeeChoice[] = [
    ...(student ? [{ id: student.id, name: personName(student), role: "student" as const }] : []),
    ...guardians.map((person) => ({ id: person.id, name: personName(person), role: person.role })),
    ...teachers.map((person) => ({ id: person.id, name: personName(person), role: person.role })),
  ];
  if (choices.some((choice) => choice.id === actor.personId)) return choices;

  return [...choices, { id: actor.personId, name: actor.displayName, role: actor.role }];
}
