import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  insertMeetingVersion,
  lastMeetingVersion,
  listMeetingVersionAttendees,
  listMeetingVersions,
} from "../../db/meeting-version-store.ts";
import type { MeetingRow } from "../../db/plan-store.ts";
import type { Database, MeetingVersionTable } from "../../db/schema.ts";
import { personName } from "./person-name.ts";

/** A meeting as one version of it was recorded. */
export interface MeetingRecord {
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  notes: string | null;
  attendeeIds: string[];
}

/**
 * Keeps every version of a meeting. The first correction also writes down the meeting as it was
 * first recorded, by whom and when, so the record's whole story stays on the plan.
 */
export async function recordMeetingVersion(
  trx: Kysely<Database>,
  change: {
    meeting: Pick<MeetingRow, "id" | "district_id" | "plan_id" | "recorded_by" | "created_at">;
    before: MeetingRecord;
    after: MeetingRecord;
    actorId: string;
    now: string;
  },
) {
  const { meeting } = change;
  const base = { district_id: meeting.district_id, plan_id: meeting.plan_id };
  let version = await lastMeetingVersion(trx, meeting.id);
  if (version === 0) {
    version = 1;
    const recorded = { by: meeting.recorded_by, at: meeting.created_at };
    await insertVersion(
      trx,
      { ...base, meetingId: meeting.id, version, change: "recorded" },
      {
        record: change.before,
        ...recorded,
      },
    );
  }

  const corrected = { by: change.actorId, at: change.now };
  await insertVersion(
    trx,
    { ...base, meetingId: meeting.id, version: version + 1, change: "corrected" },
    { record: change.after, ...corrected },
  );
}

async function insertVersion(
  trx: Kysely<Database>,
  which: {
    district_id: string;
    plan_id: string;
    meetingId: string;
    version: number;
    change: MeetingVersionTable["change"];
  },
  made: { record: MeetingRecord; by: string; at: string },
) {
  const { record } = made;
  await insertMeetingVersion(
    trx,
    {
      id: randomUUID(),
      district_id: which.district_id,
      plan_id: which.plan_id,
      meeting_id: which.meetingId,
      version: which.version,
      starts_at: record.startsAt,
      place: record.place,
      video_url: record.videoUrl,
      notes: record.notes,
      change: which.change,
      changed_by: made.by,
      created_at: made.at,
    },
    record.attendeeIds,
  );
}

export interface MeetingVersionView {
  meetingId: string;
  version: number;
  change: MeetingVersionTable["change"];
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  notes: string | null;
  attendees: string[];
  changedByName: string;
  at: string;
}

/** Every version of the plan's corrected meetings, grouped by meeting, oldest first. */
export async function meetingVersionsOf(
  db: Kysely<Database>,
  planId: string,
): Promise<MeetingVersionView[]> {
  const rows = await listMeetingVersions(db, [planId]);
  if (rows.length === 0) return [];
  const attendees = await listMeetingVersionAttendees(db, [planId]);

  return rows.map((row) => ({
    meetingId: row.meeting_id,
    version: row.version,
    change: row.change,
    startsAt: row.starts_at,
    place: row.place,
    videoUrl: row.video_url,
    notes: row.notes,
    attendees: attendees
      .filter((attendee) => attendee.version_id === row.id)
      .map((attendee) => personName(attendee)),
    changedByName: personName(row),
    at: row.created_at,
  }));
}
