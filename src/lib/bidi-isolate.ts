/*
 * A name or a value someone typed, put into a translated sentence, is a bidi isolate: an Arabic
 * name in an English sentence, or an English place in an Arabic one, keeps its own order and
 * leaves the sentence's punctuation where the sentence put it (Unicode bidi algorithm, UAX #9).
 * Plain text (an email's text part, a page title, an attribute) carries the isolate as the
 * characters FSI ... PDI; a page turns them into <bdi> (src/web/views/own-words.ts).
 */

const firstStrongIsolate = "\u2068";
const popDirectionalIsolate = "\u2069";
const isolateMarks = /[\u2066-\u2069]/g;
const isolated = /\u2068([^\u2066-\u2069]*)\u2069/g;

/**
 * The value marked as an isolate whose direction is its first strong letter. Isolate marks the
 * value itself holds are dropped, so that every mark the app writes has its pair.
 */
export function isolate(value: string): string {
  return `${firstStrongIsolate}${value.replace(isolateMarks, "")}${popDirectionalIsolate}`;
}

/**
 * A sentence's values with every text among them isolated; numbers and dates stay as they are
 * for the message to format. Not for a value the message chooses its words by (a select).
 */
export function isolateTexts<Values extends Record<string, unknown>>(values: Values): Values {
  const entries = Object.entries(values).map(([name, value]) => [
    name,
    typeof value === "string" ? isolate(value) : value,
  ]);

  return Object.fromEntries(entries) as Values;
}

export interface TextPart {
  text: string;
  /** Whether isolate() marked this part. */
  isolated: boolean;
}

/** A sentence cut at the values isolate() marked in it, in order, without the marks. */
export function isolatedParts(sentence: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of sentence.matchAll(isolated)) {
    if (match.index > from)
      parts.push({ text: sentence.slice(from, match.index), isolated: false });
    parts.push({ text: match[1] ?? "", isolated: true });
    from = match.index + match[0].length;
  }
  if (from < sentence.length) parts.push({ text: sentence.slice(from), isolated: false });

  return parts;
}

/** The text without isolate marks, for where a search must find a name as it is spelled. */
export const withoutIsolates = (text: string) => text.replace(isolateMarks, "");
