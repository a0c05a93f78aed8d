import type { Kysely } from "kysely";
import { z } from "zod";
import { findFormToken, insertFormTokenOnce } from "../../db/form-token-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";

/*
 * Every "add" form carries a one-time token, issued when its page is sent (src/web/form-tokens.ts).
 * The first save through the form keeps the token with what it saved; the same form sent again
 * (Back and save once more, a retried request) saves nothing and lands on what was saved. A form
 * without a token (a page from before tokens, a script) saves as it always did.
 */

const tokenField = z.object({ formToken: z.uuid() });

/** The same rendered form, sent again after it saved: nothing new was written. */
export class FormAlreadySaved extends Error {
  /** The record the first send saved. */
  readonly savedId: string;

  constructor(savedId: string) {
    super(`form already saved as ${savedId}`);
    this.name = "FormAlreadySaved";
    this.savedId = savedId;
  }
}

/** The token a posted form carries; none for a form without one, or with a damaged one. */
export function formTokenOf(input: unknown): string | undefined {
  const parsed = tokenField.safeParse(input);

  return parsed.success ? parsed.data.formToken : undefined;
}

/**
 * Checked before the form's words: a second send learns it was already saved, rather than about
 * something that changed because of the first one (a check-in no longer due, say).
 */
export async function assertFormNotSaved(
  db: Kysely<Database>,
  actor: Actor,
  token: string | undefined,
) {
  if (!token) return;

  const saved = await findFormToken(db, actor.personId, token);
  if (saved) throw new FormAlreadySaved(saved.saved_id);
}

/**
 * Keeps the token with the record the form saves. Call it first inside the save's transaction:
 * of two sends at once, the second finds the first's token once that commits, and its own
 * transaction rolls back with nothing written.
 */
export async function claimFormToken(
  trx: Kysely<Database>,
  claim: {
    actor: Actor;
    token: string | undefined;
    planId: string | null;
    savedId: string;
    now: string;
  },
) {
  const { actor, token } = claim;
  if (!token) return;

  const kept = await insertFormTokenOnce(trx, {
    person_id: actor.personId,
    token,
    district_id: actor.districtId,
    plan_id: claim.planId,
    saved_id: claim.savedId,
    created_at: claim.now,
  });
  if (kept) return;

  const saved = await findFormToken(trx, actor.personId, token);
  throw new FormAlreadySaved(saved?.saved_id ?? claim.savedId);
}
