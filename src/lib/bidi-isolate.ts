/*
 * A name or a value someone typed, put into a translated sentence, is a bidi isolate: an Arabic
 * name in an English sentence, or an English place in an Arabic one, keeps its own order and
 * leaves the sentence's punctuation where the sentence put it (Unicode bidi algorithm, UAX #9).
 * Plain text (an email's text part, a page title, an attribute) carries the isolate as the
 * characters FSI ... PDI; a page turns them into <bdi> (src/web/views/own-words.ts).
 */

const firstStrongIsolate = "\u2068";
const leftToRightIsolate = "\u2066";
const popDirectionalIsolate = "\u2069";
const isolateMarks = /[\u2066-\u2069]/g;
const isolated = /([\u2066\u2068])([^\u2066-\u2069]*)\u2069/g;
const rightToLeftLetter = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * The value marked as an isolate whose direction is its first strong letter. Isolate marks the
 * value itself holds are dropped, so that every mark the app writes has its pair.
 */
export function isolate(value: string): string {
  return `${firstStrongIsolate}${value.replace(isolateMarks, "")}${popDirectionalIsolate}`;
}

/**
 * A school year's label ("2026–2027") as an isolate that runs left to right: in a right-to-left
 * sentence its years would otherwise swap places ("2027–2026"), the dash between them taking no
 * direction. A label an administrator wrote in a right-to-left script keeps its own direction.
 */
export function isolateYear(label: string): string {
  if (rightToLeftLetter.test(label)) return isolate(label);

  return `${leftToRightIsolate}${label.replace(isolateMarks, "")}${popDirectionalIsolate}`;
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
  /** Whether isolate() or isolateYear() marked this part. */
  isolated: boolean;
  /** Whether the part runs left to right whatever its letters (isolateYear). */
  leftToRight: boolean;
}

/** A sentence cut at the values isolate() marked in it, in order, without the marks. */
export function isolatedParts(sentence: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of sentence.matchAll(isolated)) {
    if (match.index > from) parts.push(plainPart(sentence.slice(from, match.index)));
    parts.push({
      text: match[2] ?? "",
      isolated: true,
      leftToRight: match[1] === leftToRightIsolate,
    });
    from = match.index + match[0].length;
  }
  if (from < sentence.length) parts.push(plainPart(sentence.slice(from)));

  return parts;
}

const plainPart = (text: string): TextPart => ({ text, isolated: false, leftToRight: false });

/** The text without isolate marks, for where a search must find a name as it is spelled. */
export const withoutIsolates = (text: string) => text.replace(isolateMarks, "");
