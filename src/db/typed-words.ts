import { type RawBuilder, type SqlBool, sql } from "kysely";

/*
 * Words typed to find someone or something (the audit trail's people, the program page's
 * teachers and classes), matched in the database: every word must be found somewhere in the
 * searched text, whatever its letter case. SQLite's lower() folds only A to Z (PostgreSQL's folds
 * every letter), so each word is also tried with a capital first letter and in capitals: "đặng"
 * then finds "Đặng" and "ĐẶNG" on both. An accent can be written as part of its letter or as a
 * mark after it (a name pasted from another program, an export from another system): both ways
 * are tried, so "José" typed either way finds the name stored either way.
 */

/** Whether the text holds every word; the text is built of the columns searched. */
export function holdsEveryWord(text: RawBuilder<string>, words: string[]): RawBuilder<SqlBool> {
  const each = words.map((word) => {
    const tried = spellingsOf(word).map(
      (spelling) => sql`lower(${text}) like lower(${`%${escapeLike(spelling)}%`}) escape '!'`,
    );
    return sql`(${sql.join(tried, sql` or `)})`;
  });

  return sql<SqlBool>`(${sql.join(each, sql` and `)})`;
}

/** Several columns as one searched text; a missing value adds nothing. Words hold no spaces. */
export function searchedText(columns: RawBuilder<string | null>[]): RawBuilder<string> {
  const parts = columns.map((column) => sql`coalesce(${column}, '')`);

  return sql<string>`(${sql.join(parts, sql` || ' ' || `)})`;
}

/** The typed words one by one, at most `limit` of them: more are no name. */
export function wordsOf(typed: string, limit: number): string[] {
  return typed.split(/\s+/u).filter(Boolean).slice(0, limit);
}

function spellingsOf(word: string): string[] {
  const candidates = [word.normalize("NFC"), word.normalize("NFD")].flatMap(casingsOf);
  // Spellings that only differ in A to Z would be the same pattern once lowered: tried once.
  const byPattern = new Map(candidates.map((each) => [asciiLowered(each), each]));

  return [...byPattern.values()];
}

function casingsOf(word: string) {
  const lower = word.toLowerCase();
  const [first = "", ...rest] = Array.from(lower);

  return [word, lower, `${first.toUpperCase()}${rest.join("")}`, word.toUpperCase()];
}

const asciiLowered = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

const escapeLike = (text: string) => text.replace(/[!%_]/g, (character) => `!${character}`);
