import fs from "node:fs";
import path from "node:path";
import { systemClock } from "../clock.ts";
import { readConfig } from "../config.ts";
import { createBackup } from "../db/backup/create-backup.ts";
import { openDatabase } from "../db/connection.ts";
import { translator } from "../i18n/translate.ts";
import { backupProblemMessage, readFileArgument } from "./backup-messages.ts";

/**
 * `npx maps backup <file>`: a consistent copy of the database while the app runs, for a
 * scheduled job. Exits 0 when written, 1 when it failed, 2 when asked wrongly.
 */
export async function run(args: string[]): Promise<number> {
  const t = translator("en");
  const file = readFileArgument(args, t, "backup.cli.usage");
  if (typeof file === "number") return file;

  const config = readConfig();
  const sqliteFile = path.join(config.dataDir, "maps.sqlite");
  // Opening SQLite would create an empty file: a backup of nothing is a mistake to point out.
  if (!config.databaseUrl && !fs.existsSync(sqliteFile)) {
    process.stderr.write(`${t("backup.cli.noDatabase", { folder: config.dataDir })}\n`);
    return 1;
  }

  const handle = openDatabase(config);
  try {
    const { bytes } = await createBackup({
      handle,
      databaseUrl: config.databaseUrl,
      file,
      clock: systemClock,
    });
    const kind = handle.dialect === "sqlite" ? "SQLite" : "PostgreSQL";
    process.stdout.write(`${t("backup.cli.written", { kind, file, bytes })}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${backupProblemMessage(error, file, t)}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}
