import { isoNow } from "../../clock.ts";
import { markCardUsed } from "../../db/sign-in-card-store.ts";
import { translator } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";
import { findWorkingCard } from "./read-sign-in-card.ts";
import type { SignInDeps } from "./sign-in-deps.ts";
import { countFailures, type SignInAsker, tokenLimits } from "./sign-in-limits.ts";
import { startSession } from "./start-session.ts";

/**
 * Signs the card's holder in (the card's button was pressed) and notes when the card was last
 * used. A revoked or unknown card, or one whose holder left, is refused; refusals are counted
 * per client, so guessing cards is slow.
 */
export async function signInWithCard(deps: SignInDeps, token: string, asker: SignInAsker) {
  const { locale } = asker;
  const limits = tokenLimits(asker.client);

  return countFailures(deps, { limits, locale }, () => useCard(deps, token, locale));
}

async function useCard(deps: SignInDeps, token: string, locale: string) {
  const card = await findWorkingCard(deps.db, token);
  if (!card) {
    throw new AppError({
      kind: "unauthenticated",
      message: "sign-in card refused",
      publicMessage: translator(locale)("card.failedBody"),
    });
  }

  const cookies = await startSession(deps, card);
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute((trx) => markCardUsed(trx, card.cardId, now));

  return { cookies, personId: card.id, cardId: card.cardId };
}
