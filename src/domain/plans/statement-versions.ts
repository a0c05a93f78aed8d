import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { StatementRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import {
  insertStatementVersion,
  listStatementVersions,
  listStatementVersionsOf,
} from "../../db/statement-version-store.ts";
import { personName } from "./person-name.ts";

/**
 * Keeps every wording of a statement. The first change also writes down the words as first
 * written, so an action changed or retired at a check-in keeps its whole story.
 */
export async function recordStatementVersion(
  trx: Kysely<Database>,
  change: {
    statement: Pick<
      StatementRow,
      "id" | "district_id" | "plan_id" | "body" | "author_id" | "created_at"
    >;
    body: string;
    change: "edited" | "retired";
    actorId: string;
    now: string;
  },
) {
  const { statement } = change;
  const known = await listStatementVersionsOf(trx, statement.id);
  const base = { district_id: statement.district_id, plan_id: statement.plan_id };
  let version = known[known.length - 1]?.version ?? 0;
  if (version === 0) {
    version = 1;
    await insertStatementVersion(trx, {
      ...base,
      id: randomUUID(),
      statement_id: statement.id,
      version,
      body: statement.body,
      change: "written",
      changed_by: statement.author_id,
      created_at: statement.created_at,
    });
  }

  await insertStatementVersion(trx, {
    ...base,
    id: randomUUID(),
    statement_id: statement.id,
    version: version + 1,
    body: change.body,
    change: change.change,
    changed_by: change.actorId,
    created_at: change.now,
  });
}

export interface StatementVersionView {
  statementId: string;
  version: number;
  body: string;
  change: "written" | "edited" | "retired";
  changedByName: string;
  at: string;
}

/** Every version of the plan's changed statements, grouped by statement, oldest first. */
export async function statementVersionsOf(
  db: Kysely<Database>,
  planId: string,
): Promise<StatementVersionView[]> {
  const rows = await listStatementVersions(db, planId);

  return rows.map((row) => ({
    statementId: row.statement_id,
    version: row.version,
    body: row.body,
    change: row.change,
    changedByName: personName(row),
    at: row.created_at,
  }));
}
