import { backup } from "./en/backup.ts";
import { changedMeanwhile } from "./en/changed-meanwhile.ts";
import { common } from "./en/common.ts";
import { forms } from "./en/forms.ts";
import { identity } from "./en/identity.ts";
import { importCommand } from "./en/import-command.ts";
import { languageCoach } from "./en/language-coach.ts";
import { mail } from "./en/mail.ts";
import { meetingChecks } from "./en/meeting-checks.ts";
import { meetingCorrections } from "./en/meeting-corrections.ts";
import { meetings } from "./en/meetings.ts";
import { pdf } from "./en/pdf.ts";
import { planConflict } from "./en/plan-conflict.ts";
import { plans } from "./en/plans.ts";
import { program } from "./en/program.ts";
import { records } from "./en/records.ts";
import { roster } from "./en/roster.ts";
import { school } from "./en/school.ts";
import { share } from "./en/share.ts";
import { signIn } from "./en/sign-in.ts";

/**
 * The English catalog, one file per feature under en/. Every other locale must carry the same
 * keys; a test fails when one is missing or a message does not parse.
 */
export const english = {
  ...backup,
  ...changedMeanwhile,
  ...common,
  ...forms,
  ...identity,
  ...importCommand,
  ...languageCoach,
  ...mail,
  ...meetingChecks,
  ...meetingCorrections,
  ...meetings,
  ...pdf,
  ...plans,
  ...records,
  ...planConflict,
  ...roster,
  ...school,
  ...share,
  ...program,
  ...signIn,
};

export type MessageKey = keyof typeof english;
