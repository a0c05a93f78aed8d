import type { Kysely } from "kysely";
import { findMeeting, listAttendeeIdsOf, type MeetingRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { AppError, notFound } from "../errors.ts";
import type { MeetingRecord } from "./meeting-versions.ts";
import { planError } from "./plan-error.ts";

/*
 * Two staff correcting one meeting record at once (or one correcting while the other removes
 * it) must not overwrite each other. The correction form and the removal page carry the version
 * of the meeting they showed; a save made from an older version is refused, and the person sees
 * the meeting as it is now beside what they typed.
 */

export interface MeetingConflictDetails {
  planId: string;
  meetingId: string;
  /** The meeting as it is now, with the version a save over it must name. */
  current: MeetingRecord & { version: number };
}

/** The meeting changed since the person's form was shown; nothing was saved. */
export class MeetingConflict extends AppError {
  readonly details: MeetingConflictDetails;

  constructor(actor: Actor, details: MeetingConflictDetails) {
    const base = planError(actor, {
      kind: "conflict",
      message: `meeting ${details.meetingId} changed since version seen`,
      say: "plans.meetingConflict.lead",
    });
    super({ kind: "conflict", message: base.message, publicMessage: base.publicMessage });
    this.name = "MeetingConflict";
    this.details = details;
  }
}

/** The meeting row and who attended it, as one record. */
export function meetingRecordOf(
  meeting: Pick<MeetingRow, "starts_at" | "place" | "video_url" | "notes">,
  attendeeIds: string[],
): MeetingRecord {
  return {
    startsAt: meeting.starts_at,
    place: meeting.place,
    videoUrl: meeting.video_url,
    notes: meeting.notes,
    attendeeIds: [...attendeeIds].sort(),
  };
}

/** Refuses a save made from an older version, or from a form that names none it can vouch for. */
export function assertMeetingUnchanged(
  actor: Actor,
  seen: number,
  meeting: { planId: string; row: MeetingRow; attendeeIds: string[] },
) {
  if (seen === meeting.row.version) return;

  throw new MeetingConflict(actor, {
    planId: meeting.planId,
    meetingId: meeting.row.id,
    current: { ...meetingRecordOf(meeting.row, meeting.attendeeIds), version: meeting.row.version },
  });
}

/** Inside the transaction, after a write found the meeting moved on: says how it is now. */
export async function meetingMovedOn(
  trx: Kysely<Database>,
  actor: Actor,
  target: { planId: string; meetingId: string },
): Promise<AppError> {
  const latest = await findMeeting(trx, target.planId, target.meetingId);
  if (!latest) return notFound(`meeting ${target.meetingId}`);
  const attendeeIds = await listAttendeeIdsOf(trx, latest.id);

  return new MeetingConflict(actor, {
    ...target,
    current: { ...meetingRecordOf(latest, attendeeIds), version: latest.version },
  });
}
