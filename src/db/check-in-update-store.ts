import type { Insertable, Kysely } from "kysely";
import type { ActionProgress, CheckInUpdateTable, Database } from "./schema.ts";

/*
 * What students and families send before a check-in: a few words and progress on their own
 * actions. One update per person per check-in; sending again replaces it.
 */

type Db = Kysely<Database>;

const authorName = ["author.given_name", "author.family_name", "author.preferred_name"] as const;

export async function findCheckInUpdate(db: Db, checkInId: string, authorId: string) {
  return db
    .selectFrom("check_in_updates")
    .selectAll()
    .where("check_in_id", "=", checkInId)
    .where("author_id", "=", authorId)
    .executeTakeFirst();
}

export async function insertCheckInUpdate(db: Db, update: Insertable<CheckInUpdateTable>) {
  await db.insertInto("check_in_updates").values(update).execute();
}

export async function rewriteCheckInUpdate(
  db: Db,
  updateId: string,
  words: { wentWell: string | null; wasHard: string | null; now: string },
) {
  await db
    .updateTable("check_in_updates")
    .set({ went_well: words.wentWell, was_hard: words.wasHard, updated_at: words.now })
    .where("id", "=", updateId)
    .execute();
}

/** Makes the progress an update marks exactly these entries. */
export async function replaceUpdateProgress(
  db: Db,
  update: { districtId: string; updateId: string },
  progress: { statementId: string; progress: ActionProgress }[],
) {
  await db
    .deleteFrom("check_in_update_progress")
    .where("update_id", "=", update.updateId)
    .execute();
  if (progress.length === 0) return;

  await db
    .insertInto("check_in_update_progress")
    .values(
      progress.map((entry) => ({
        district_id: update.districtId,
        update_id: update.updateId,
        statement_id: entry.statementId,
        progress: entry.progress,
      })),
    )
    .execute();
}

/** The updates sent for one check-in, with their authors' names, oldest first. */
export async function listCheckInUpdates(db: Db, checkInId: string) {
  return db
    .selectFrom("check_in_updates")
    .innerJoin("people as author", "author.id", "check_in_updates.author_id")
    .select([
      "check_in_updates.id",
      "check_in_updates.author_id",
      "check_in_updates.voice",
      "check_in_updates.went_well",
      "check_in_updates.was_hard",
      "check_in_updates.updated_at",
      ...authorName,
    ])
    .where("check_in_updates.check_in_id", "=", checkInId)
    .orderBy("check_in_updates.created_at")
    .orderBy("check_in_updates.id")
    .execute();
}

/** The progress marked in these updates, with the action's words. */
export async function listUpdateProgress(db: Db, updateIds: string[]) {
  if (updateIds.length === 0) return [];

  return db
    .selectFrom("check_in_update_progress")
    .innerJoin("statements", "statements.id", "check_in_update_progress.statement_id")
    .select([
      "check_in_update_progress.update_id",
      "check_in_update_progress.statement_id",
      "check_in_update_progress.progress",
      "statements.body",
    ])
    .where("check_in_update_progress.update_id", "in", updateIds)
    .execute();
}
