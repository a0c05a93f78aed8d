import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { type CalendarMeeting, calendarFeed } from "../../calendar/meeting-calendar.ts";
import { isoNow } from "../../clock.ts";
import { findStudent } from "../../db/access-store.ts";
import { studentsOfGuardian } from "../../db/family-store.ts";
import {
  findCalendarFeedBySecretHash,
  findCalendarFeedOfPerson,
  listAgreedMeetingsOfPlans,
  listDueCheckInsOfPlans,
  replaceCalendarFeed,
} from "../../db/meeting-store.ts";
import { listPlansOfStudents } from "../../db/plan-store.ts";
import type { Database, PersonRole } from "../../db/schema.ts";
import { translator } from "../../i18n/translate.ts";
import { parseMailFrom } from "../../mail/smtp-mailer.ts";
import { emailLocale } from "../../mail/templates/layout.ts";
import type { Actor } from "../access/actor.ts";
import { listVisibleStudents } from "../access/policy.ts";
import { assertFormNotSaved, claimFormToken } from "../forms/form-token.ts";
import { personName } from "../plans/person-name.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";
import { readAdministratorTimeZone } from "../school/read-administrator-time-zone.ts";
import type { MeetingDeps } from "./meeting-deps.ts";
import { meetingTimesPath } from "./meeting-deps.ts";
import { meetingUid } from "./meeting-invitations.ts";

/*
 * A private calendar feed per person: a secret address their calendar app polls without a
 * session. Only the secret's SHA-256 is stored (it is long and random, so no slow hash is
 * needed); resetting replaces the row, and the old address then finds nothing.
 */

const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Whether a path segment could be a feed secret at all, before any database look-up. */
export const looksLikeFeedSecret = (secret: string) => /^[A-Za-z0-9_-]{43}$/.test(secret);

/**
 * Makes (or remakes) the actor's feed and returns its address, shown to them this once. The
 * page's form carries a one-time token: reloading the page that shows the address sends the
 * form again, and that must not replace the address just copied (FormAlreadySaved instead).
 */
export async function resetCalendarFeed(
  deps: MeetingDeps,
  actor: Actor,
  form: { formToken?: string | undefined } = {},
): Promise<string> {
  await assertFormNotSaved(deps.db, actor, form.formToken);
  const secret = randomBytes(32).toString("base64url");
  const id = randomUUID();
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: form.formToken, planId: null, savedId: id, now };
    await claimFormToken(trx, claim);
    const feed = { id, districtId: actor.districtId, personId: actor.personId, now };
    await replaceCalendarFeed(trx, { ...feed, secretHash: hashOf(secret) });
  });

  return new URL(`/calendar/${secret}.ics`, deps.config.baseUrl).toString();
}

/** The day the actor made their feed, at their school, or null when they have none. */
export async function readCalendarFeedStatus(deps: PlanDeps, actor: Actor) {
  const feed = await findCalendarFeedOfPerson(deps.db, actor.districtId, actor.personId);
  if (!feed) return null;
  const { timeZone } = await readAdministratorTimeZone(deps.db, actor);

  return { createdOn: dayIn(timeZone, new Date(feed.created_at)) };
}

/** The feed's iCalendar text, or null for an unknown secret or a person no longer active. */
export async function calendarFeedText(deps: MeetingDeps, secret: string): Promise<string | null> {
  if (!looksLikeFeedSecret(secret)) return null;
  const feed = await findCalendarFeedBySecretHash(deps.db, hashOf(secret));
  if (feed?.active !== 1) return null;

  const studentIds = await studentsInFeed(deps.db, {
    districtId: feed.district_id,
    personId: feed.person_id,
    role: feed.role,
  });
  const plans = await listPlansOfStudents(deps.db, feed.district_id, studentIds);
  const planIds = plans.map((plan) => plan.id);
  const openPlanIds = plans.filter((plan) => endOf(plan) === null).map((plan) => plan.id);
  const meetings = (await listAgreedMeetingsOfPlans(deps.db, planIds)).filter((meeting) =>
    heldWhileOpen(meeting, plans),
  );
  const checkIns = await listDueCheckInsOfPlans(deps.db, openPlanIds);
  const names = await studentNames(deps.db, feed.district_id, studentIds);
  const t = translator(emailLocale(feed.preferred_locale));
  const studentOf = (planId: string) => {
    const plan = plans.find((candidate) => candidate.id === planId);
    return {
      studentName: names.get(plan?.student_id ?? "") ?? "",
      schoolName: plan?.school_name ?? "",
    };
  };

  return calendarFeed({
    name: t("calendar.name", { name: personName(feed) }),
    timeZone: plans[0]?.time_zone ?? "UTC",
    stamp: isoNow(deps.clock),
    meetings: meetings.map(
      (meeting): CalendarMeeting => ({
        uid: meetingUid(meeting.id, deps.config.baseUrl),
        sequence: meeting.sequence,
        startsAt: meeting.starts_at ?? meeting.created_at,
        durationMinutes: meeting.duration_minutes,
        summary: t("meetings.event.summary", studentOf(meeting.plan_id)),
        description: new URL(meetingTimesPath(meeting.plan_id), deps.config.baseUrl).toString(),
        place: meeting.place,
        videoUrl: meeting.video_url,
        organizer: {
          name: studentOf(meeting.plan_id).schoolName || "Math Action Plans",
          email: parseMailFrom(deps.config.mailFrom).address,
        },
        attendees: [],
        cancelled: false,
      }),
    ),
    checkIns: checkIns.map((checkIn) => ({
      uid: `check-in-${checkIn.id}@${new URL(deps.config.baseUrl).hostname}`,
      day: checkIn.due_on,
      summary: t("meetings.event.checkIn", studentOf(checkIn.plan_id)),
      description: t("meetings.event.checkInDescription", studentOf(checkIn.plan_id)),
    })),
  });
}

type FeedPlan = Awaited<ReturnType<typeof listPlansOfStudents>>[number];

/** When a plan stopped taking check-ins and meetings (closed, or archived with its year). */
function endOf(plan: FeedPlan): string | null {
  if (plan.stage !== "closed" && plan.archived_at === null) return null;

  return plan.closed_at ?? plan.archived_at ?? "";
}

/**
 * A closed plan's meetings from before it closed stay, as the record of what was held; one set
 * for after it closed leaves the feed, as a cancelled meeting does, so each calendar drops it
 * on its next poll. A closed plan has no check-in due at all (the student list shows none).
 */
function heldWhileOpen(
  meeting: { plan_id: string; starts_at: string | null },
  plans: FeedPlan[],
): boolean {
  const plan = plans.find((candidate) => candidate.id === meeting.plan_id);
  const ended = plan ? endOf(plan) : null;

  return ended === null || (meeting.starts_at !== null && meeting.starts_at < ended);
}

/** The students whose plans a person's feed shows: their own, their children's, or taught. */
async function studentsInFeed(
  db: Kysely<Database>,
  person: { districtId: string; personId: string; role: PersonRole },
): Promise<string[]> {
  if (person.role === "student") return [person.personId];
  if (person.role === "guardian") {
    const children = await studentsOfGuardian(db, person.districtId, person.personId);
    return children.map((child) => child.id);
  }
  const actor: Actor = {
    personId: person.personId,
    districtId: person.districtId,
    role: person.role,
    displayName: "",
    locale: "en",
  };
  const classes = await listVisibleStudents(db, actor);

  return [...new Set(classes.flatMap((group) => group.students.map((student) => student.id)))];
}

async function studentNames(db: Kysely<Database>, districtId: string, studentIds: string[]) {
  const names = new Map<string, string>();
  for (const id of studentIds) {
    const student = await findStudent(db, districtId, id);
    if (student) names.set(id, personName(student));
  }

  return names;
}
