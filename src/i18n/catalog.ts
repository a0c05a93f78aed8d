import { common } from "./en/common.ts";
import { forms } from "./en/forms.ts";
import { mail } from "./en/mail.ts";
import { plans } from "./en/plans.ts";
import { roster } from "./en/roster.ts";
import { school } from "./en/school.ts";
import { share } from "./en/share.ts";
import { signIn } from "./en/sign-in.ts";

/**
 * The English catalog, one file per feature under en/. Every other locale must carry the same
 * keys; a test fails when one is missing or a message does not parse.
 */
export const english = {
  ...common,
  ...forms,
  ...mail,
  ...plans,
  ...roster,
  ...school,
  ...share,
  ...signIn,
};

export type MessageKey = keyof typeof english;
