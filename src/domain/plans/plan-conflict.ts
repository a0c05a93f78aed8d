import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findLastChangedBy } from "../../db/statement-version-store.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";
import { planError } from "./plan-error.ts";

/*
 * Two edits of one statement (the student at school and again at home, two tabs) must not
 * silently overwrite each other. The edit form carries the version of the words it showed; a
 * save whose version is no longer current is refused, and the person sees both texts to merge.
 */

/**
 * The version of a statement's words as a form saw them: a digest of the words themselves. A
 * time would not do: a check-in moves a statement's updated_at without touching its words, and
 * two saves in one millisecond share one. Saving over the very words the person saw loses
 * nothing, whoever wrote them meanwhile.
 */
export function statementVersion(statement: { body: string }): string {
  return createHash("sha256").update(statement.body).digest("hex").slice(0, 24);
}

export interface StatementConflictDetails {
  planId: string;
  statementId: string;
  /** What the person typed and tried to save. */
  yours: { body: string; helpedBy: string[] };
  /** The words as they are now, with the version a merged save must name. */
  current: { body: string; version: string };
  /**
   * Whether the person saved the words now on the plan themselves, from another tab, window or
   * device: only a statement's author edits it, so this is the usual case, and "someone else"
   * would send them looking for a person who is not there.
   */
  changedByYou: boolean;
}

/** The statement changed since the person's form was shown; nothing was saved. */
export class StatementConflict extends AppError {
  readonly details: StatementConflictDetails;

  constructor(actor: Actor, details: StatementConflictDetails) {
    const base = planError(actor, {
      kind: "conflict",
      message: `statement ${details.statementId} changed since version seen`,
      say: details.changedByYou ? "plans.conflict.leadYours" : "plans.conflict.lead",
    });
    super({ kind: "conflict", message: base.message, publicMessage: base.publicMessage });
    this.name = "StatementConflict";
    this.details = details;
  }
}

/** Whether a save was made from an older version; a form that names no version is not checked. */
export function isStaleVersion(seen: string | undefined, statement: { body: string }): boolean {
  return Boolean(seen) && seen !== statementVersion(statement);
}

/** The conflict of a save over words that are now `statement`'s, saying who saved those. */
export async function statementConflict(
  db: Kysely<Database>,
  actor: Actor,
  details: Omit<StatementConflictDetails, "current" | "changedByYou"> & {
    statement: { id: string; body: string; author_id: string };
  },
): Promise<StatementConflict> {
  const { statement, ...rest } = details;
  // Words from before versions were kept were last saved by their author.
  const changedBy = (await findLastChangedBy(db, statement.id)) ?? statement.author_id;
  const current = { body: statement.body, version: statementVersion(statement) };
  const changedByYou = changedBy === actor.personId;

  return new StatementConflict(actor, { ...rest, current, changedByYou });
}
