import type { Catalog } from "../messages.ts";
import { common } from "./common.ts";
import { forms } from "./forms.ts";
import { mail } from "./mail.ts";
import { plans } from "./plans.ts";
import { roster } from "./roster.ts";
import { school } from "./school.ts";
import { share } from "./share.ts";
import { signIn } from "./sign-in.ts";

/** The Vietnamese catalog, merged from its feature files like the English one. */
export const catalog: Catalog = {
  ...common,
  ...forms,
  ...mail,
  ...plans,
  ...roster,
  ...school,
  ...share,
  ...signIn,
};
