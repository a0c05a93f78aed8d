import { z } from "zod";
import { limits } from "../plans/parse-plan-input.ts";

/*
 * Families open the video link from an email or the plan page. A plain http:// address can be
 * read or redirected on the way, so only https:// is taken, and an http:// one is refused with
 * a message of its own: the meeting service almost always has the https:// address too.
 */
const secureLink = z
  .url({ protocol: /^https?$/, error: "plans.problem.link" })
  .refine((link) => !/^\s*http:/i.test(link), { error: "plans.problem.plainHttpLink" });

/**
 * A meeting's video link as typed on a form: empty, or an https:// web address. Its length is
 * checked first, so an over-long link is told it is too long, not that it is no web address.
 */
export const videoLinkField = z
  .string()
  .max(limits.videoLink)
  .optional()
  .pipe(z.union([z.literal(""), z.undefined(), secureLink]))
  .transform((link) => link || null);
