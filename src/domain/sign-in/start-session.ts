import { issueSignInToken, redeemSignInToken } from "../../auth/accounts.ts";
import type { PersonTable } from "../../db/schema.ts";
import type { SignInDeps } from "./sign-in-deps.ts";

type Person = Pick<PersonTable, "id" | "given_name" | "family_name" | "auth_user_id">;

/**
 * Starts a session for a person we have already identified (a sign-in card, the new
 * administrator, a demo role) and returns the Set-Cookie values that carry it.
 */
export async function startSession(deps: SignInDeps, person: Person): Promise<string[]> {
  const token = await issueSignInToken({
    auth: deps.auth,
    pickup: deps.tokens,
    db: deps.db,
    person,
  });
  const response = await redeemSignInToken(deps.auth, token, new Headers());
  const cookies = sessionCookiesOf(response);
  if (!cookies) throw new Error(`a fresh sign-in token was refused (status ${response.status})`);

  return cookies;
}

/**
 * The Set-Cookie values of a better-auth answer that started a session, or null when it did not
 * (a refused token answers with a redirect to an error page instead).
 */
export function sessionCookiesOf(response: Response): string[] | null {
  const cookies = response.headers.getSetCookie();
  if (response.status !== 200 || cookies.length === 0) return null;

  return cookies;
}
