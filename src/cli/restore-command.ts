import path from "node:path";
import { readConfig } from "../config.ts";
import { restoreBackup } from "../db/backup/restore-backup.ts";
import { translator } from "../i18n/translate.ts";
import { backupProblemMessage, readFileArgument } from "./backup-messages.ts";

/**
 * `npx maps restore <file>`: puts a backup into an empty data folder or empty database. Exits 0
 * when restored, 1 when it refused or failed (nothing changed), 2 when asked wrongly.
 */
export async function run(args: string[]): Promise<number> {
  const t = translator("en");
  const file = readFileArgument(args, t, "restore.cli.usage");
  if (typeof file === "number") return file;

  const config = readConfig();
  const target = {
    dialect: config.databaseUrl ? ("postgres" as const) : ("sqlite" as const),
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
  };
  try {
    const header = await restoreBackup({ file: path.resolve(file), target });
    const kind = header.kind === "sqlite" ? "SQLite" : "PostgreSQL";
    const createdAt = header.createdAt;
    process.stdout.write(`${t("restore.cli.restored", { kind, createdAt, file })}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${backupProblemMessage(error, file, t)}\n`);
    return 1;
  }
}
