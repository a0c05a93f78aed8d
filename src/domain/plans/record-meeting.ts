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
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { videoLinkField } from "../meetings/video-link.ts";
import {
  type DayWindow,
  hasStarted,
  isWithin,
  recordedMeetingDays,
  spelledSchoolTime,
  spelledWindow,
} from "./date-windows.ts";
import { fieldProblem, limits, parsePlanInput } from "./parse-plan-input.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen, recordPlanChange } from "./plan-event.ts";
import { dayIn, isWallTime, wallTimeToUtc } from "./school-time.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => text || null);

/** The school's zone a meeting's time is typed in, and the days it can be recorded for. */
export interface HeldMeetingDays {
  timeZone: string;
  window: DayWindow;
  locale: string;
  /** The service's clock: a meeting recorded as held has started by then. */
  now: Date;
}

/**
 * What a meeting record holds, as typed: when recording it and when correcting it. The day is
 * checked with the other fields, so a form comes back with all of its problems at once.
 */
export function meetingFields(held: HeldMeetingDays) {
  return z.object({
    startsAt: heldTime(held),
    place: optionalText(limits.place),
    videoLink: videoLinkField,
    notes: optionalText(limits.meetingNotes),
    attendeeIds: z.array(z.string().max(100)).max(limits.attendees).default([]),
  });
}

/**
 * A meeting is recorded once held: a day typed far off (1900, 9999) or still to come is refused
 * at its field, naming the days that would do, and so is a time later today that has not come
 * yet. Each check looks only at what the one before let through, so a field says one thing at
 * a time.
 */
function heldTime(held: HeldMeetingDays) {
  const { window, locale } = held;
  const onHeldDay = (wall: string) => isWallTime(wall) && isWithin(wall.slice(0, 10), window);

  return z
    .string()
    .trim()
    .refine(isWallTime, { error: "plans.problem.dateTime" })
    .refine((wall) => !isWallTime(wall) || onHeldDay(wall), {
      error: "plans.problem.heldDay",
      params: spelledWindow(window, locale),
    })
    .refine((wall) => !onHeldDay(wall) || hasStarted(wall, held), {
      error: "plans.problem.heldTime",
      params: { now: spelledSchoolTime(held, locale) },
    });
}

/** The days a meeting of the plan can be recorded for, today being the school's day. */
export async function heldMeetingDays(
  deps: PlanDeps,
  actor: Actor,
  plan: Pick<PlanRow, "district_id" | "school_id" | "created_at">,
): Promise<HeldMeetingDays> {
  const school = await findSchool(deps.db, plan.district_id, plan.school_id);
  if (!school) throw notFound(`school ${plan.school_id}`);
  const timeZone = school.time_zone;
  const now = deps.clock();
  const today = dayIn(timeZone, now);
  const window = recordedMeetingDays({ createdAt: plan.created_at, timeZone, today });

  return { timeZone, window, locale: actor.locale, now };
}

/** A meeting happens somewhere: a place, a video link, or both. */
export const placeOrLink = {
  when: (meeting: { place: string | null; videoLink: string | null }) =>
    Boolean(meeting.place || meeting.videoLink),
  problem: { path: ["place"], error: "plans.problem.placeOrLink" as const },
};

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
  const formToken = formTokenOf(input);
  await assertFormNotSaved(deps.db, actor, formToken);
  assertPlanOpen(plan, actor);

  const held = await heldMeetingDays(deps, actor, plan);
  const meetingInput = meetingFields(held).refine(placeOrLink.when, placeOrLink.problem);
  const meeting = parsePlanInput(meetingInput, input, { actor, labels: meetingLabels });
  const ticked = meeting.attendeeIds;
  const attendeeIds = await chosenAttendees(deps.db, actor, { plan, ticked });

  const meetingId = randomUUID();
  const now = isoNow(deps.clock);
  const startsAt = wallTimeToUtc(meeting.startsAt, held.timeZone);
  await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: formToken, planId: plan.id, savedId: meetingId, now };
    await claimFormToken(trx, claim);
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

/**
 * The attendees ticked, once each, or a field problem when one is not on the plan's list. A
 * correction may keep someone recorded before who is no longer on it (a family link ended).
 */
export async function chosenAttendees(
  db: Kysely<Database>,
  actor: Actor,
  choice: {
    plan: Pick<PlanRow, "district_id" | "student_id">;
    ticked: string[];
    recordedBefore?: string[];
  },
): Promise<string[]> {
  const choices = await meetingAttendeeChoices(db, actor, choice.plan);
  const allowed = new Set([
    ...choices.map((person) => person.id),
    ...(choice.recordedBefore ?? []),
  ]);
  const attendeeIds = [...new Set(choice.ticked)];
  if (attendeeIds.every((id) => allowed.has(id))) return attendeeIds;

  throw fieldProblem({
    actor,
    field: "attendeeIds",
    message: "plans.problem.notAnAttendee",
    label: "plans.field.attendees",
  });
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
