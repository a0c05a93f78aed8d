import { TokenPickup } from "../auth/accounts.ts";
import { createAuth, migrateAuthTables } from "../auth/auth.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { type DatabaseHandle, migrateToLatest } from "../db/connection.ts";
import type { Logger } from "../logger.ts";
import { type AppDeps, createApp } from "./app.ts";

/** Wires the app's dependencies on an open database: migrations, auth, then the routes. */
export async function buildApp(options: {
  handle: DatabaseHandle;
  config: Config;
  log: Logger;
  clock: Clock;
}) {
  const { handle, config, log, clock } = options;
  await migrateToLatest(handle);

  const tokens = new TokenPickup();
  const auth = await createAuth({
    db: handle.db,
    dialect: handle.dialect,
    config,
    delivery: tokens,
  });
  await migrateAuthTables(auth);
  await handle.changes.start();

  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    log,
    clock,
    auth,
    tokens,
    changes: handle.changes,
  };

  return { app: createApp(deps), deps };
}
