import type { Catalog } from "../messages.ts";
import { backup } from "./backup.ts";
import { changedMeanwhile } from "./changed-meanwhile.ts";
import { common } from "./common.ts";
import { forms } from "./forms.ts";
import { identity } from "./identity.ts";
import { importCommand } from "./import-command.ts";
import { languageCoach } from "./language-coach.ts";
import { mail } from "./mail.ts";
import { meetingChecks } from "./meeting-checks.ts";
import { meetingCorrections } from "./meeting-corrections.ts";
import { meetings } from "./meetings.ts";
import { pdf } from "./pdf.ts";
import { planConflict } from "./plan-conflict.ts";
import { plans } from "./plans.ts";
import { program } from "./program.ts";
import { records } from "./records.ts";
import { roster } from "./roster.ts";
import { school } from "./school.ts";
import { share } from "./share.ts";
import { signIn } from "./sign-in.ts";

/** The Simplified Chinese catalog, merged from its feature files like the English one. */
export const catalog: Catalog = {
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
