import { BackupFileError } from "../db/backup/backup-file.ts";
import type { MessageKey } from "../i18n/catalog.ts";
import type { Translate } from "../i18n/translate.ts";

/** The one file both commands take; a number is the exit code when it was asked wrongly. */
export function readFileArgument(args: string[], t: Translate, usage: MessageKey): string | number {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${t(usage)}\n`);
    return 0;
  }
  const [file, ...extra] = args;
  if (!file || extra.length > 0 || file.startsWith("-")) {
    process.stderr.write(`${t("backup.cli.oneFile")}\n\n${t(usage)}\n`);
    return 2;
  }

  return file;
}

/** Says what went wrong in the operator's words; an unexpected error keeps its own message. */
export function backupProblemMessage(error: unknown, file: string, t: Translate): string {
  if (!(error instanceof BackupFileError)) {
    return error instanceof Error ? error.message : String(error);
  }
  switch (error.problem) {
    case "notBackup":
      return t("backup.problem.notBackup", { file });
    case "wrongKind":
      return t("backup.problem.wrongKind", { file, kind: error.detail });
    case "targetNotEmpty":
      return t("backup.problem.targetNotEmpty");
    case "toolFailed":
      return t("backup.problem.toolFailed", { detail: error.detail });
    case "noSuchFile":
      return t("backup.problem.noSuchFile", { file: error.detail || file });
  }
}
