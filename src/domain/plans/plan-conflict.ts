import { createHash } from "node:crypto";
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
}

/** The statement changed since the person's form was shown; nothing was saved. */
export class StatementConflict extends AppError {
  readonly details: StatementConflictDetails;

  constructor(actor: Actor, details: StatementConflictDetails) {
    const base = planError(actor, {
      kind: "conflict",
      message: `statement ${details.statementId} changed since version seen`,
      say: "plans.conflict.lead",
    });
    super({ kind: "conflict", message: base.message, publicMessage: base.publicMessage });
    this.name = "StatementConflict";
    this.details = details;
  }
}

/** Refuses a save made from an older version; a form that names no version is not checked. */
export function assertStatementUnchanged(
  actor: Actor,
  seen: string | undefined,
  details: Omit<StatementConflictDetails, "current"> & {
    statement: { body: string };
  },
) {
  const version = statementVersion(details.statement);
  if (!seen || seen === version) return;

  const { statement, ...rest } = details;
  throw new StatementConflict(actor, { ...rest, current: { body: statement.body, version } });
}
