/*
 * The small phrase language of the coach's word lists, kept simple enough for a school to extend
 * without knowing regular expressions: words separated by spaces; `a|b` is either word; a word
 * ending in `*` matches any word it begins (`struggl*`); a lone `*` matches any one word.
 * Text and phrases are compared without case or accents, so "está" matches "esta".
 */

/** One word of the text, with where it sits in the original. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Which clause of the text the word is in: a negation never reaches across punctuation. */
  clause: number;
}

type WordTest = (word: string) => boolean;

export interface PhrasePattern {
  source: string;
  tests: WordTest[];
}

/** A span of the text's words that a pattern matched: [first, last + 1). */
export interface WordSpan {
  from: number;
  to: number;
}

const wordCharacter = /[\p{L}\p{N}']/u;
const clauseBreak = /[.,;:!?¡¿()\n]/u;
const patternWord = /^(\*|[\p{L}\p{N}']+\*?(\|[\p{L}\p{N}']+\*?)*)$/u;

/** Lower case, no accents, one kind of apostrophe: how text and phrases are compared. */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/** The words of a text with their places, so a finding can quote the person's own words. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const characters = text.replace(/[’‘`´]/g, "'");
  let start = -1;
  let clause = 0;

  for (let index = 0; index <= characters.length; index += 1) {
    const character = characters.charAt(index);
    const inWord = index < characters.length && wordCharacter.test(character);
    if (inWord && start < 0) start = index;
    if (!inWord && start >= 0) {
      const text = trimApostrophes(characters.slice(start, index));
      if (text) words.push({ text: normalizeWord(text), start, end: index, clause });
      start = -1;
    }
    if (clauseBreak.test(character)) clause += 1;
  }

  return words;
}

const trimApostrophes = (word: string) => word.replace(/^'+|'+$/g, "");

/** Why a phrase cannot be read, or undefined when it can. */
export function phraseProblem(phrase: string): string | undefined {
  const parts = phraseWords(phrase);
  const bad = parts.find((part) => !patternWord.test(normalizeWord(part)));
  if (bad === undefined) return undefined;

  return (
    `"${bad}" is not a word of a phrase: use letters, | between alternatives, ` +
    "* at the end of a word, or * alone for any one word"
  );
}

export function compilePhrase(phrase: string): PhrasePattern {
  const tests = phraseWords(phrase).map((part): WordTest => {
    if (part === "*") return () => true;
    const choices = part.split("|").map((choice): WordTest => {
      if (!choice.endsWith("*")) return (word) => word === choice;
      const stem = choice.slice(0, -1);
      return (word) => word.startsWith(stem);
    });
    return (word) => choices.some((choice) => choice(word));
  });

  return { source: phrase, tests };
}

/** A hyphen in a phrase is a word break, as it is in the text: "at-risk" is "at risk". */
const phraseWords = (phrase: string) =>
  normalizeWord(phrase.replace(/-/g, " ").trim()).split(/\s+/);

/** Every place in the words where the pattern matches. */
export function findPhrase(words: Word[], pattern: PhrasePattern): WordSpan[] {
  const spans: WordSpan[] = [];
  const length = pattern.tests.length;

  for (let from = 0; from + length <= words.length; from += 1) {
    const fits = pattern.tests.every((test, offset) => test(words[from + offset]?.text ?? ""));
    if (fits) spans.push({ from, to: from + length });
  }

  return spans;
}
