import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, OutboxEmailTable } from "./schema.ts";

/*
 * The outbox: emails written in the same transaction as the change that causes them, then sent
 * by the worker (src/mail/send-outbox.ts). For a row in 'sending', next_attempt_at is the end of
 * the sender's lease: once it has passed, the sender is presumed dead and the row is due again.
 */

type Db = Kysely<Database>;

export type OutboxEmailRow = Selectable<OutboxEmailTable>;

export async function insertOutboxEmail(db: Db, email: Insertable<OutboxEmailTable>) {
  await db.insertInto("outbox_emails").values(email).execute();
}

/** Emails waiting to be sent, or whose sender's lease ran out, oldest due first. */
export async function findDueEmailIds(db: Db, due: { now: string; limit: number }) {
  const rows = await db
    .selectFrom("outbox_emails")
    .select("id")
    .where("status", "in", ["pending", "sending"])
    .where("next_attempt_at", "<=", due.now)
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(due.limit)
    .execute();

  return rows.map((row) => row.id);
}

/**
 * Takes an email for one sender: a compare-and-set on its status and due time, so when two
 * processes race for the same row exactly one update matches and returns it; the other gets
 * undefined. Counts the attempt.
 */
export async function claimEmail(db: Db, claim: { id: string; now: string; leaseUntil: string }) {
  return db
    .updateTable("outbox_emails")
    .set((eb) => ({
      status: "sending",
      next_attempt_at: claim.leaseUntil,
      attempts: eb("attempts", "+", 1),
    }))
    .where("id", "=", claim.id)
    .where("status", "in", ["pending", "sending"])
    .where("next_attempt_at", "<=", claim.now)
    .returningAll()
    .executeTakeFirst();
}

export async function markEmailSent(db: Db, sent: { id: string; sentAt: string }) {
  await db
    .updateTable("outbox_emails")
    .set({ status: "sent", sent_at: sent.sentAt, last_error: null })
    .where("id", "=", sent.id)
    .execute();
}

export async function scheduleEmailRetry(
  db: Db,
  retry: { id: string; nextAttemptAt: string; lastError: string },
) {
  await db
    .updateTable("outbox_emails")
    .set({ status: "pending", next_attempt_at: retry.nextAttemptAt, last_error: retry.lastError })
    .where("id", "=", retry.id)
    .execute();
}

export async function markEmailFailed(db: Db, failure: { id: string; lastError: string }) {
  await db
    .updateTable("outbox_emails")
    .set({ status: "failed", last_error: failure.lastError })
    .where("id", "=", failure.id)
    .execute();
}

/**
 * With no mail server, due emails stay in the app for an administrator: returns how many.
 * Reads before it writes: the worker asks every few seconds, and on PostgreSQL even an update
 * of no row tells every app process that pages may have changed (migration 011's trigger runs
 * per statement), which would empty their kept pages each time.
 */
export async function keepDueEmails(db: Db, now: string): Promise<number> {
  const due = await db
    .selectFrom("outbox_emails")
    .select("id")
    .where("status", "in", ["pending", "sending"])
    .where("next_attempt_at", "<=", now)
    .limit(1)
    .executeTakeFirst();
  if (!due) return 0;

  const result = await db
    .updateTable("outbox_emails")
    .set({ status: "kept" })
    .where("status", "in", ["pending", "sending"])
    .where("next_attempt_at", "<=", now)
    .executeTakeFirst();

  return Number(result.numUpdatedRows);
}

/** One page of a district's mail, newest first. */
export async function listDistrictEmails(
  db: Db,
  page: { districtId: string; limit: number; offset: number },
) {
  return db
    .selectFrom("outbox_emails")
    .select(["id", "kind", "to_address", "to_name", "subject", "status", "created_at", "sent_at"])
    .where("district_id", "=", page.districtId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function findDistrictEmail(db: Db, districtId: string, emailId: string) {
  return db
    .selectFrom("outbox_emails")
    .selectAll()
    .where("id", "=", emailId)
    .where("district_id", "=", districtId)
    .executeTakeFirst();
}
