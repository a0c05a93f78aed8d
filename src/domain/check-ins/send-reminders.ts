import type { Kysely } from "kysely";
import { type Clock, isoNow } from "../../clock.ts";
import type { Config } from "../../config.ts";
import {
  claimReminder,
  listCheckInParticipants,
  listPendingCheckInsDue,
} from "../../db/reminder-store.ts";
import type { Database } from "../../db/schema.ts";
import { repeatRounds } from "../../lib/repeat-rounds.ts";
import type { Logger } from "../../logger.ts";
import { enqueueEmail, isMailableAddress } from "../../mail/outbox.ts";
import { checkInReminderEmail } from "../../mail/templates/check-in-reminder.ts";
import { personName } from "../plans/person-name.ts";
import { addDays, dayIn, utcToWallTime } from "../plans/school-time.ts";

/*
 * Check-in reminders go to the student, the family and the teachers the day before a check-in,
 * each in their own language. Nothing about them lives in memory: a round asks the database
 * which check-ins are due, and a row in check_in_reminders per check-in and person records
 * that its email was written. That row and the email are written in one transaction, so a
 * restart neither loses a reminder nor sends one twice, and two processes running rounds at the
 * same moment send each reminder once (the row's primary key lets only one of them claim it).
 */

/** Reminders wait for the morning in the school's time zone rather than arrive at midnight. */
export const remindFromHour = 7;

export interface ReminderDeps {
  db: Kysely<Database>;
  config: Pick<Config, "baseUrl">;
  clock: Clock;
  log: Logger;
}

export interface DueReminder {
  dueOn: string;
  timeZone: string;
}

/**
 * Whether a check-in's reminder is due now: from the morning of the day before, in the school's
 * time zone. A check-in due today whose reminder was missed (the app was down) still gets one.
 */
export function reminderIsDue(checkIn: DueReminder, now: Date): boolean {
  const today = dayIn(checkIn.timeZone, now);
  const hour = Number(utcToWallTime(now.toISOString(), checkIn.timeZone).slice(11, 13));
  const tomorrow = addDays(today, 1);

  return (checkIn.dueOn === tomorrow || checkIn.dueOn === today) && hour >= remindFromHour;
}

/** One round: writes every reminder that is due and not yet written. Returns how many. */
export async function sendCheckInReminders(deps: ReminderDeps): Promise<number> {
  const now = deps.clock();
  const utcToday = now.toISOString().slice(0, 10);
  // Every time zone's today and tomorrow falls within a day either side of UTC's.
  const candidates = await listPendingCheckInsDue(deps.db, {
    from: addDays(utcToday, -1),
    to: addDays(utcToday, 2),
  });
  let written = 0;

  for (const checkIn of candidates) {
    if (!reminderIsDue({ dueOn: checkIn.due_on, timeZone: checkIn.time_zone }, now)) continue;
    written += await remindParticipants(deps, checkIn, now);
  }
  if (written > 0) deps.log.info({ reminders: written }, "check-in reminders written");

  return written;
}

type PendingCheckIn = Awaited<ReturnType<typeof listPendingCheckInsDue>>[number];

async function remindParticipants(deps: ReminderDeps, checkIn: PendingCheckIn, now: Date) {
  const participants = await listCheckInParticipants(
    deps.db,
    checkIn.district_id,
    checkIn.student_id,
  );
  const studentName = personName({
    given_name: checkIn.student_given_name,
    family_name: checkIn.student_family_name,
    preferred_name: checkIn.student_preferred_name,
  });
  const today = dayIn(checkIn.time_zone, now);
  let written = 0;

  for (const person of participants) {
    if (!isMailableAddress(person.email)) continue;
    const email = await checkInReminderEmail(person.preferred_locale, {
      recipientName: personName(person),
      role: person.role,
      studentName,
      schoolName: checkIn.school_name,
      dueOn: checkIn.due_on,
      today: checkIn.due_on === today,
      link: `${deps.config.baseUrl}/plans/${encodeURIComponent(checkIn.plan_id)}`,
    });
    const claimed = await deps.db.transaction().execute(async (trx) => {
      const mine = await claimReminder(trx, {
        checkInId: checkIn.id,
        personId: person.id,
        districtId: checkIn.district_id,
        now: isoNow(deps.clock),
      });
      if (!mine) return false;
      await enqueueEmail(trx, {
        districtId: checkIn.district_id,
        kind: "check-in.reminder",
        to: { address: person.email ?? "", name: personName(person) },
        ...email,
        now: isoNow(deps.clock),
      });
      return true;
    });
    if (claimed) written += 1;
  }

  return written;
}

export interface ReminderWorker {
  stop(): Promise<void>;
}

/** Runs a round now and then every few minutes until stopped. */
export function startReminderWorker(deps: ReminderDeps & { everyMs?: number }): ReminderWorker {
  return repeatRounds(deps.everyMs ?? 10 * 60_000, async () => {
    try {
      await sendCheckInReminders(deps);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.error({ err: { message } }, "check-in reminder round failed");
    }
  });
}
