import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type {
  Database,
  MeetingProposalTable,
  MeetingProposalTimeTable,
  PersonRole,
} from "./schema.ts";

/*
 * Meetings the teacher proposes times for (src/domain/meetings/), the people an invitation
 * goes to, and the secret calendar feeds. Every query stays inside one district.
 */

type Db = Kysely<Database>;

export type MeetingProposalRow = Selectable<MeetingProposalTable>;
export type MeetingProposalTimeRow = Selectable<MeetingProposalTimeTable>;

export async function insertMeetingProposal(
  db: Db,
  proposal: Insertable<MeetingProposalTable>,
  times: Insertable<MeetingProposalTimeTable>[],
) {
  await db.insertInto("meeting_proposals").values(proposal).execute();
  await db.insertInto("meeting_proposal_times").values(times).execute();
}

export async function findMeetingProposal(db: Db, planId: string, proposalId: string) {
  return db
    .selectFrom("meeting_proposals")
    .selectAll()
    .where("id", "=", proposalId)
    .where("plan_id", "=", planId)
    .executeTakeFirst();
}

/**
 * Changes a proposal only if it is still as the caller read it (its status and sequence): of
 * two family members choosing at once, one wins and the other is told it changed.
 */
export async function updateMeetingProposalIf(
  db: Db,
  change: {
    id: string;
    status: MeetingProposalRow["status"];
    sequence: number;
    set: Updateable<MeetingProposalTable>;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("meeting_proposals")
    .set(change.set)
    .where("id", "=", change.id)
    .where("status", "=", change.status)
    .where("sequence", "=", change.sequence)
    .executeTakeFirst();

  return Number(result.numUpdatedRows) === 1;
}

/** A plan's proposals, newest first. */
export async function listMeetingProposals(db: Db, planId: string) {
  return db
    .selectFrom("meeting_proposals")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

export async function listProposalTimes(db: Db, proposalIds: string[]) {
  if (proposalIds.length === 0) return [];

  return db
    .selectFrom("meeting_proposal_times")
    .selectAll()
    .where("proposal_id", "in", proposalIds)
    .orderBy("position")
    .execute();
}

/** The agreed meetings of these plans, for a calendar feed. */
export async function listAgreedMeetingsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("meeting_proposals")
    .selectAll()
    .where("plan_id", "in", planIds)
    .where("status", "=", "agreed")
    .orderBy("starts_at")
    .execute();
}

/** The check-ins not yet held of these plans, for a calendar feed. */
export async function listDueCheckInsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];

  return db
    .selectFrom("check_ins")
    .select(["id", "plan_id", "due_on"])
    .where("plan_id", "in", planIds)
    .where("held_at", "is", null)
    .orderBy("due_on")
    .execute();
}

export interface MeetingPerson {
  id: string;
  role: PersonRole;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  email: string | null;
  preferred_locale: string | null;
}

const personColumns = [
  "people.id",
  "people.role",
  "people.given_name",
  "people.family_name",
  "people.preferred_name",
  "people.email",
  "people.preferred_locale",
] as const;

/** Active people of the district by id, with how to write to them. */
export async function findMeetingPeople(
  db: Db,
  districtId: string,
  personIds: string[],
): Promise<MeetingPerson[]> {
  if (personIds.length === 0) return [];

  return db
    .selectFrom("people")
    .select(personColumns)
    .where("people.district_id", "=", districtId)
    .where("people.id", "in", personIds)
    .where("people.active", "=", 1)
    .orderBy("people.role")
    .orderBy("people.family_name")
    .orderBy("people.id")
    .execute();
}

export async function findCalendarFeedBySecretHash(db: Db, secretHash: string) {
  return db
    .selectFrom("calendar_feeds")
    .innerJoin("people", "people.id", "calendar_feeds.person_id")
    .select([
      "calendar_feeds.id",
      "calendar_feeds.district_id",
      "calendar_feeds.person_id",
      "people.role",
      "people.active",
      "people.preferred_locale",
      "people.given_name",
      "people.family_name",
      "people.preferred_name",
    ])
    .where("calendar_feeds.secret_hash", "=", secretHash)
    .executeTakeFirst();
}

export async function findCalendarFeedOfPerson(db: Db, districtId: string, personId: string) {
  return db
    .selectFrom("calendar_feeds")
    .select(["id", "created_at"])
    .where("district_id", "=", districtId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** Gives the person a feed with a new secret; the old secret stops working in the same step. */
export async function replaceCalendarFeed(
  trx: Db,
  feed: { id: string; districtId: string; personId: string; secretHash: string; now: string },
) {
  // The caller holds the transaction: the old address must never outlive the new one's insert.
  await trx
    .deleteFrom("calendar_feeds")
    .where("district_id", "=", feed.districtId)
    .where("person_id", "=", feed.personId)
    .execute();
  await trx
    .insertInto("calendar_feeds")
    .values({
      id: feed.id,
      district_id: feed.districtId,
      person_id: feed.personId,
      secret_hash: feed.secretHash,
      created_at: feed.now,
    })
    .execute();
}
