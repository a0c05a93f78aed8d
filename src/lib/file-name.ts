/*
 * File names made from people's words, such as "Math Action Plan - Ana María García/López.pdf".
 * A name may hold anything a roster holds: letters of every script stay as they are, but a path
 * separator would make a folder (and the outbox refuses it), a control character breaks a mail
 * header, bidirectional controls can disguise an extension, and Windows refuses <>:"|?* outright.
 */

// Direction marks and overrides, the byte order mark and other invisible format characters.
const invisible = /\p{Cf}/gu;
// The zero-width joiner and non-joiner stay: words in Persian and Indic scripts need them.
const joiners = new Set(["\u200C", "\u200D"]);
const lineBreaking = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
const refused = /[\\/<>:"|?*]+/gu;
// Windows reserves these names whatever their extension.
const deviceName = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Short enough for every file system and for a mail program's list of attachments. */
const longestStem = { characters: 80, utf8Bytes: 180 };

/**
 * A file name any file system and mail program takes: `title` cleaned and shortened, then
 * `.extension`; `fallback` when nothing of the title is left.
 */
export function safeFileName(title: string, file: { extension: string; fallback: string }) {
  const cleaned = title
    .normalize("NFC")
    .replace(invisible, (character) => (joiners.has(character) ? character : ""))
    .replace(lineBreaking, " ")
    .replace(refused, "-")
    .replace(/-[\s-]*-/gu, (run) => (/\s/u.test(run) ? " - " : "-"))
    .replace(/\s+/gu, " ")
    // A replaced character at a word's edge ("Yes: no", "<b>") leaves no dash behind; a dash
    // between words ("García-López") or standing alone ("Plan - Ana") stays.
    .replace(/(^| )-+(?=[^\s-])|(?<=[^\s-])-+(?= |$)/gu, "$1");
  const stem = trimEnds(shorten(trimEnds(cleaned)));
  const usable = stem !== "" && !deviceName.test(stem) ? stem : file.fallback;

  return `${usable}.${file.extension}`;
}

/** No dots or spaces at either end (Windows drops them; a leading dot hides the file). */
const trimEnds = (stem: string) => stem.replace(/^[\s.-]+|[\s.-]+$/gu, "");

/** Cut at whole letters (a grapheme: a letter with its accents, an emoji) within the limits. */
function shorten(stem: string) {
  const encoder = new TextEncoder();
  let kept = "";
  let count = 0;
  for (const { segment } of new Intl.Segmenter("und", { granularity: "grapheme" }).segment(stem)) {
    const next = kept + segment;
    if (count + 1 > longestStem.characters) break;
    if (encoder.encode(next).length > longestStem.utf8Bytes) break;
    kept = next;
    count += 1;
  }

  return kept;
}
