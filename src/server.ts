import { serve } from "@hono/node-server";
import { systemClock } from "./clock.ts";
import { readConfig } from "./config.ts";
import { openDatabase } from "./db/connection.ts";
import { startReminderWorker } from "./domain/check-ins/send-reminders.ts";
import { sweepOldRateLimits } from "./domain/sign-in/rate-limit.ts";
import { createLogger } from "./logger.ts";
import { startOutboxWorker } from "./mail/send-outbox.ts";
import { buildApp } from "./web/build-app.ts";

const sweepEvery = 60 * 60 * 1000;

/** Starts the app: opens (and migrates) the database, then serves. */
export async function startServer() {
  const config = readConfig();
  const log = createLogger(config.logLevel);
  const handle = openDatabase(config);
  const { app } = await buildApp({ handle, config, log, clock: systemClock });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    log.info(
      { port: config.port, database: handle.dialect },
      `Math Action Plans at ${config.baseUrl}`,
    );
  });
  const outbox = startOutboxWorker({ db: handle.db, config, log, clock: systemClock });
  const reminders = startReminderWorker({ db: handle.db, config, log, clock: systemClock });
  const sweep = setInterval(() => {
    sweepOldRateLimits(handle.db, systemClock).catch((err) =>
      log.warn({ err }, "sweeping old rate limit counts failed"),
    );
  }, sweepEvery);

  const stop = async () => {
    clearInterval(sweep);
    server.close();
    await reminders.stop();
    await outbox.stop();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await startServer();
