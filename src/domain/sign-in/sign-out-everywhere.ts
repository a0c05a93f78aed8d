import type { Kysely } from "kysely";
import { endSessionsOf } from "../../auth/accounts.ts";
import type { Auth } from "../../auth/auth.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { signOut } from "./sign-out.ts";

/**
 * Ends every session of the signed-in person, on every device (a lost phone, a shared computer
 * at the library), and returns the Set-Cookie values that clear this browser's.
 */
export async function signOutEverywhere(
  deps: { auth: Auth; db: Kysely<Database> },
  actor: Actor,
  cookie: string | undefined,
): Promise<string[]> {
  await endSessionsOf(deps.auth, deps.db, actor.personId);

  return signOut(deps.auth, cookie);
}
