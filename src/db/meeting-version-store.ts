import type { Insertable, Kysely } from "kysely";
import type { Database, MeetingVersionTable } from "./schema.ts";

/*
 * Every version a recorded meeting has had (time, place, link, notes, who came), so a
 * correction never loses what was recorded before. A meeting removed as recorded by mistake
 * takes its versions with it; the plan's history keeps that it was removed.
 */

type Db = Kysely<Database>;

const authorName = ["author.given_name", "author.family_name", "author.preferred_name"] as const;

/** The highest version kept of the meeting, or 0 when it was never corrected. */
export async function lastMeetingVersion(db: Db, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom("meeting_versions")
    .select((eb) => eb.fn.max("version").as("version"))
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();

  return Number(row?.version ?? 0);
}

export async function insertMeetingVersion(
  db: Db,
  version: Insertable<MeetingVersionTable>,
  attendeeIds: string[],
) {
  await db.insertInto("meeting_versions").values(version).execute();
  if (attendeeIds.length === 0) return;

  await db
    .insertInto("meeting_version_attendees")
    .values(
      attendeeIds.map((personId) => ({
        district_id: version.district_id,
        version_id: version.id,
        person_id: personId,
      })),
    )
    .execute();
}

/** The plans' meeting versions, oldest first per meeting, with the name of who made each. */
export async function listMeetingVersions(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meeting_versions")
    .innerJoin("people as author", "author.id", "meeting_versions.changed_by")
    .select([
      "meeting_versions.id",
      "meeting_versions.plan_id",
      "meeting_versions.meeting_id",
      "meeting_versions.version",
      "meeting_versions.starts_at",
      "meeting_versions.place",
      "meeting_versions.video_url",
      "meeting_versions.notes",
      "meeting_versions.change",
      "meeting_versions.created_at",
      ...authorName,
    ])
    .where("meeting_versions.plan_id", "in", planIds)
    .orderBy("meeting_versions.meeting_id")
    .orderBy("meeting_versions.version")
    .execute();
}

/** Who each of the plans' meeting versions recorded as attending. */
export async function listMeetingVersionAttendees(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meeting_version_attendees")
    .innerJoin("meeting_versions", "meeting_versions.id", "meeting_version_attendees.version_id")
    .innerJoin("people as author", "author.id", "meeting_version_attendees.person_id")
    .select(["meeting_version_attendees.version_id", ...authorName])
    .where("meeting_versions.plan_id", "in", planIds)
    .orderBy("author.family_name")
    .orderBy("author.given_name")
    .execute();
}

/** Deletes every version of the meeting, before the meeting itself goes. */
export async function deleteMeetingVersions(db: Db, meetingId: string) {
  const versions = db
    .selectFrom("meeting_versions")
    .select("id")
    .where("meeting_id", "=", meetingId);
  await db.deleteFrom("meeting_version_attendees").where("version_id", "in", versions).execute();
  await db.deleteFrom("meeting_versions").where("meeting_id", "=", meetingId).execute();
}
