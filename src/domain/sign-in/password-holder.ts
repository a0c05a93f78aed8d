import { signInIdentity } from "../../auth/accounts.ts";
import { hasPassword } from "../../auth/passwords.ts";
import { findPerson } from "../../db/people-store.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";
import type { SignInDeps } from "./sign-in-deps.ts";

/** The signed-in person as far as their password goes. */
export interface PasswordHolder {
  personId: string;
  authUserId: string;
  /** Their contact address, which they sign in with. */
  email: string | null;
  /** The address their wrong passwords are counted under, as on the sign-in page. */
  countedAddress: string;
}

/** The signed-in person, if they have a password; null for those who sign in by link or card. */
export async function findPasswordHolder(
  deps: Pick<SignInDeps, "db" | "auth">,
  actor: Actor,
): Promise<PasswordHolder | null> {
  const person = await findPerson(deps.db, actor.personId);
  if (!person?.auth_user_id) return null;
  if (!(await hasPassword(deps.auth, person.auth_user_id))) return null;

  return {
    personId: person.id,
    authUserId: person.auth_user_id,
    email: person.email,
    countedAddress: person.email ?? signInIdentity(person.id),
  };
}

/** The signed-in person, who must have a password for the change asked of them. */
export async function requirePasswordHolder(
  deps: Pick<SignInDeps, "db" | "auth">,
  actor: Actor,
): Promise<PasswordHolder> {
  const holder = await findPasswordHolder(deps, actor);
  if (holder) return holder;

  throw new AppError({
    kind: "forbidden",
    message: "a password change asked by someone without a password",
    publicMessage: translator(actor.locale)("account.password.none"),
  });
}
