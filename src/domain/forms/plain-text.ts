import type { z } from "zod";

/*
 * Pages show every text as text, so markup typed into a field could never run. A tag of an
 * element that runs, loads or lays out something is still refused where words about a student
 * are written: it is a paste from a web page or a probe, and once stored it would follow the
 * words into exports, emails and PDFs. Single-letter names (a, b, i, p, q, s, u) are left
 * alone: "x<a and b>y" is mathematics, not a tag.
 */
const tagNames =
  "script style iframe frame object embed base link meta img svg video audio source form " +
  "input button textarea select html head body div span table";
const markupTag = new RegExp(`</?(${tagNames.split(" ").join("|")})\\b[^<>]*>`, "i");

/** Whether a text holds a tag of a web page rather than words. */
export function looksLikeMarkup(text: string): boolean {
  return markupTag.test(text);
}

/** A text field that refuses markup, with a message that names the field. */
export function plainText<Schema extends z.ZodType<string | null>>(schema: Schema) {
  return schema.refine((text) => text === null || !looksLikeMarkup(text), {
    error: "plans.problem.markup",
  });
}
