import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { findPerson, linkAuthUser } from "../db/people-store.ts";
import type { Database, PersonTable } from "../db/schema.ts";
import type { Auth } from "./auth.ts";
import { forgetSessionsOf } from "./read-session.ts";

type Person = Pick<PersonTable, "id" | "given_name" | "family_name" | "auth_user_id">;

/**
 * The sign-in identity of a person is an address that is never mailed, so that a roster's shared
 * or changed family email never merges two people's accounts; mail goes to people.email.
 */
export const signInIdentity = (personId: string) => `person-${personId}@people.maps.invalid`;

/** Creates the person's better-auth user on first need and returns its id. */
export async function ensureAuthUser(auth: Auth, db: Kysely<Database>, person: Person) {
  if (person.auth_user_id) return person.auth_user_id;

  const context = await auth.$context;
  const email = signInIdentity(person.id);
  let userId: string;
  try {
    const user = await context.internalAdapter.createUser(
      { email, name: `${person.given_name} ${person.family_name}`.trim(), emailVerified: true },
      { method: "magic-link" },
    );
    userId = user.id;
  } catch (error) {
    // Two requests for the same person at once (two meeting proposals sent together) both
    // found no user and both made one; the address is unique, so the second one takes the
    // first one's user instead of failing its request.
    const made = await context.internalAdapter.findUserByEmail(email);
    if (!made) throw error;
    userId = made.user.id;
  }
  await linkAuthUser(db, person.id, userId);

  return userId;
}

/**
 * Signs a person out everywhere, e.g. when their sign-in card is stopped or replaced. In this
 * process it ends at once; another process may still open a page for up to the cookie cache's
 * five minutes.
 */
export async function endSessionsOf(auth: Auth, db: Kysely<Database>, personId: string) {
  const person = await findPerson(db, personId);
  if (!person?.auth_user_id) return;

  const context = await auth.$context;
  await context.internalAdapter.deleteUserSessions(person.auth_user_id);
  forgetSessionsOf(auth, person.auth_user_id);
}

/** Gives a person a password (the first administrator signs in with one). */
export async function setPassword(auth: Auth, authUserId: string, password: string) {
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  const accounts = await context.internalAdapter.findAccounts(authUserId);
  const credential = accounts.find((account) => account.providerId === "credential");

  if (credential) {
    await context.internalAdapter.updatePassword(authUserId, hash);
    return;
  }
  await context.internalAdapter.linkAccount({
    userId: authUserId,
    providerId: "credential",
    accountId: authUserId,
    password: hash,
  });
}

/**
 * Holds the one-time tokens better-auth hands to its "send the link" hook until the code that
 * asked for them picks them up, so the email can be written in the caller's own transaction.
 */
export class TokenPickup {
  readonly #tokens = new Map<string, string>();

  async deliver(link: { token: string; metadata: Record<string, unknown> }) {
    const pickupId = link.metadata.pickupId;
    if (typeof pickupId === "string") this.#tokens.set(pickupId, link.token);
  }

  take(pickupId: string): string {
    const token = this.#tokens.get(pickupId);
    this.#tokens.delete(pickupId);
    if (!token) throw new Error("sign-in token was not issued");

    return token;
  }
}

/** Issues a one-time sign-in token for a person; the caller decides how it reaches them. */
export async function issueSignInToken(options: {
  auth: Auth;
  pickup: TokenPickup;
  db: Kysely<Database>;
  person: Person;
}): Promise<string> {
  await ensureAuthUser(options.auth, options.db, options.person);
  const pickupId = randomUUID();
  await options.auth.api.signInMagicLink({
    body: { email: signInIdentity(options.person.id), metadata: { pickupId } },
    headers: new Headers(),
  });

  return options.pickup.take(pickupId);
}

/**
 * Uses a token up and returns better-auth's response, whose Set-Cookie starts the session.
 * Only ever called from a POST: opening a link must never sign anyone in.
 */
export async function redeemSignInToken(auth: Auth, token: string, headers: Headers) {
  return auth.api.magicLinkVerify({ query: { token }, headers, asResponse: true });
}
