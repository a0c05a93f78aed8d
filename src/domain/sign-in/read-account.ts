import { mayResetPassword } from "../../auth/passwords.ts";
import type { Actor } from "../access/actor.ts";
import { findPasswordHolder } from "./password-holder.ts";
import type { SignInDeps } from "./sign-in-deps.ts";

/** What the account page offers the signed-in person for their password. */
export interface AccountPasswordState {
  /** They have a password, so they may change it. */
  hasPassword: boolean;
  /** An emailed link signed them in moments ago: they may set a new one without the old. */
  mayReset: boolean;
  /** The address they sign in with, for password managers to file the new password under. */
  email?: string | null;
}

export async function readAccountPassword(
  deps: Pick<SignInDeps, "db" | "auth">,
  actor: Actor,
  sessionId: string,
): Promise<AccountPasswordState> {
  const holder = await findPasswordHolder(deps, actor);
  if (!holder) return { hasPassword: false, mayReset: false };

  const grant = { sessionId, authUserId: holder.authUserId };
  const mayReset = await mayResetPassword(deps.auth, grant);

  return { hasPassword: true, mayReset, email: holder.email };
}
