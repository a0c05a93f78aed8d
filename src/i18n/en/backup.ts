/** `npx maps backup` and `npx maps restore`, and the page shown when two edits of a plan meet. */
export const backup = {
  "backup.cli.usage":
    "Usage: maps backup FILE\n\nWrites a consistent backup of the whole database to FILE while " +
    "the app keeps running. The database is ./data (or DATA_DIR), or PostgreSQL when " +
    "DATABASE_URL is set.",
  "restore.cli.usage":
    "Usage: maps restore FILE\n\nRestores a backup made by maps backup into an empty data folder " +
    "(DATA_DIR) or an empty PostgreSQL database (DATABASE_URL). Stop the app first; start it " +
    "again afterwards.",
  "backup.cli.oneFile": "Give exactly one file name.",
  "backup.cli.noDatabase": "There is no database in {folder} to back up.",
  "backup.cli.written": "Backup of the {kind} database written to {file} ({bytes} bytes).",
  "restore.cli.restored":
    "Restored the {kind} backup made at {createdAt} from {file}. Start the app to use it.",
  "backup.problem.notBackup": "{file} is not a Math Action Plans backup, or it is damaged.",
  "backup.problem.wrongKind":
    "{file} is a backup of a {kind} database; set up the same kind of database to restore it " +
    "(DATABASE_URL for PostgreSQL, none for SQLite).",
  "backup.problem.targetNotEmpty":
    "The target database already holds data, so nothing was restored. Restore into a new, empty " +
    "data folder (DATA_DIR) or a new, empty PostgreSQL database (DATABASE_URL).",
  "backup.problem.toolFailed": "The database tool failed: {detail}",
  "backup.problem.noSuchFile": "{file} does not exist.",
};
