import type { Kysely } from "kysely";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/schema.ts";

/** What the plan services need; the web app's dependencies carry both. */
export interface PlanDeps {
  db: Kysely<Database>;
  clock: Clock;
}
