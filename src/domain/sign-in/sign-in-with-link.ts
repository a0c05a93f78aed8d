import { redeemSignInToken } from "../../auth/accounts.ts";
import type { Auth } from "../../auth/auth.ts";
import { allowPasswordReset, hasPassword } from "../../auth/passwords.ts";
import { findPersonByAuthUser } from "../../db/people-store.ts";
import { translator } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";
import type { SignInDeps } from "./sign-in-deps.ts";
import { countFailures, type SignInAsker, tokenLimits } from "./sign-in-limits.ts";
import { sessionCookiesOf } from "./start-session.ts";

/**
 * Uses an emailed sign-in token up and returns the session's Set-Cookie values. Called only from
 * the button's POST: mail scanners open links, and opening one must never use the token.
 * Refused tokens are counted per client, so guessing them is slow.
 */
export async function signInWithLink(deps: SignInDeps, token: string, asker: SignInAsker) {
  const { locale } = asker;
  const limits = tokenLimits(asker.client);

  return countFailures(deps, { limits, locale }, () => redeemLink(deps, token, locale));
}

async function redeemLink(deps: SignInDeps, token: string, locale: string) {
  const refused = (why: string) =>
    new AppError({
      kind: "unauthenticated",
      message: `sign-in link refused: ${why}`,
      publicMessage: translator(locale)("signIn.linkFailedBody"),
    });
  if (token.length === 0 || token.length > 200) throw refused("malformed");

  const response = await redeemSignInToken(deps.auth, token, new Headers());
  const cookies = sessionCookiesOf(response);
  if (!cookies) throw refused("used, expired or unknown");

  // A person deactivated after the link was sent gets no session cookie.
  const answer = (await response.json()) as SignedInAnswer;
  const person = answer.user?.id ? await findPersonByAuthUser(deps.db, answer.user.id) : undefined;
  if (person?.active !== 1) throw refused("person inactive");

  await allowResetForPasswordHolder(deps.auth, answer);
  return cookies;
}

interface SignedInAnswer {
  user?: { id?: string };
  session?: { id?: string };
}

/**
 * The link proved that its opener reads the person's mail, as a password reset email would: a
 * person with a password may set a new one in this session for a while (decision 0014).
 */
async function allowResetForPasswordHolder(auth: Auth, answer: SignedInAnswer) {
  const authUserId = answer.user?.id;
  const sessionId = answer.session?.id;
  if (!authUserId || !sessionId || !(await hasPassword(auth, authUserId))) return;

  await allowPasswordReset(auth, { sessionId, authUserId });
}
