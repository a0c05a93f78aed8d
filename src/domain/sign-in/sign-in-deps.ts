import type { Kysely } from "kysely";
import type { TokenPickup } from "../../auth/accounts.ts";
import type { Auth } from "../../auth/auth.ts";
import type { Clock } from "../../clock.ts";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/schema.ts";

/** What signing people in needs; the web app's dependencies carry all of it. */
export interface SignInDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  auth: Auth;
  tokens: TokenPickup;
}
