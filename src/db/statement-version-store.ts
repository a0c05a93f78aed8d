import type { Insertable, Kysely } from "kysely";
import type { Database, StatementVersionTable } from "./schema.ts";

/** Every wording a plan's statements have had, so a change never loses what was there. */

type Db = Kysely<Database>;

export async function listStatementVersionsOf(db: Db, statementId: string) {
  return db
    .selectFrom("statement_versions")
    .selectAll()
    .where("statement_id", "=", statementId)
    .orderBy("version")
    .execute();
}

export async function insertStatementVersion(db: Db, version: Insertable<StatementVersionTable>) {
  await db.insertInto("statement_versions").values(version).execute();
}

/** The plan's versions, oldest first, with the name of who made each. */
export async function listStatementVersions(db: Db, planId: string) {
  return db
    .selectFrom("statement_versions")
    .innerJoin("people as author", "author.id", "statement_versions.changed_by")
    .innerJoin("statements", "statements.id", "statement_versions.statement_id")
    .select([
      "statement_versions.id",
      "statement_versions.statement_id",
      "statement_versions.version",
      "statement_versions.body",
      "statement_versions.change",
      "statement_versions.changed_by",
      "statement_versions.created_at",
      "statements.section",
      "statements.voice",
      "author.given_name",
      "author.family_name",
      "author.preferred_name",
    ])
    .where("statement_versions.plan_id", "=", planId)
    .orderBy("statement_versions.statement_id")
    .orderBy("statement_versions.version")
    .execute();
}

/** Who took a statement off its plan, from the version its retirement wrote. */
export async function findRetiredBy(db: Db, statementId: string) {
  return db
    .selectFrom("statement_versions")
    .innerJoin("people as author", "author.id", "statement_versions.changed_by")
    .select(["author.id", "author.given_name", "author.family_name", "author.preferred_name"])
    .where("statement_versions.statement_id", "=", statementId)
    .where("statement_versions.change", "=", "retired")
    .orderBy("statement_versions.version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Who saved a statement's words as they are now: the author of its latest version. */
export async function findLastChangedBy(db: Db, statementId: string) {
  const latest = await db
    .selectFrom("statement_versions")
    .select("changed_by")
    .where("statement_id", "=", statementId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();

  return latest?.changed_by ?? null;
}
