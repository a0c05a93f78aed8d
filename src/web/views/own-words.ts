import { html } from "hono/html";
import { isolatedParts } from "../../lib/bidi-isolate.ts";

/*
 * People's own words and names keep their direction whatever the page's language. A block of
 * someone's words (a statement, a comment, a note, the Math Vision) takes its direction from its
 * first strong letter, dir="auto", as its writer set it, so an English strength on an Arabic page
 * reads left to right with its full stop at its end. A name or a short value inside a translated
 * sentence is a <bdi>, so it cannot pull the sentence's punctuation around (W3C, "Inline markup
 * and bidirectional text in HTML").
 */

/** The attributes of an element that holds someone's own words: its direction, its language. */
export function ownWords(language?: string | null) {
  return language ? html`dir="auto" lang="${language}"` : html`dir="auto"`;
}

/** A name or a value someone typed, on its own or beside other words: kept apart from them. */
export const isolated = (text: string) => html`<bdi>${text}</bdi>`;

/**
 * A translated sentence as a page shows it: every value put into it with isolate()
 * (src/lib/bidi-isolate.ts) becomes a <bdi>, everything else is escaped text.
 */
export function sentence(text: string) {
  const parts = isolatedParts(text);

  return html`${parts.map((part) => {
    if (part.leftToRight) return html`<bdi dir="ltr">${part.text}</bdi>`;

    return part.isolated ? isolated(part.text) : part.text;
  })}`;
}
