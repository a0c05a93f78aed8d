import type BetterSqlite3 from "better-sqlite3";
import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "./schema.ts";

/*
 * Words typed to find someone or something (the audit trail's people, the program page's
 * teachers and classes, a school's classes on the student list), matched in the database. The
 * rule is the one a teacher expects of a list that narrows as they type:
 *
 * - Every typed word must be found; a name or a title holds it when one of its words begins
 *   with it. Words are set apart by spaces and by the marks that join or open them (- – — / ( [
 *   " “ ' ’ . , : ; & +), so "lop" finds García-López and "3" finds "Algebra (Period 3)", but
 *   "ana" does not find Mariana, nor "gebra" Algebra. A typed word with such a mark inside
 *   ("garcia-lo") must begin that run of words, whatever mark joins them where it is stored.
 * - A class code or a roster id is one word, read from its start: "M04" and "m04-1" find the
 *   class coded M04-106; "06" and "106" do not (no one finds a code by its inside).
 * - A word in a script written without spaces between words (Chinese, Japanese, Thai, Lao,
 *   Khmer, Burmese) is found anywhere in a name or title: such a title has no word starts.
 * - Letter case is ignored, and an accent matches whether it is written as part of its letter
 *   or as a mark after it (a name pasted from another program, an export from another system),
 *   typed or stored either way. A typed "word" of marks alone ("–") is no word.
 *
 * A whole code or roster id typed alone chooses its one class or person: pick-typed-choice.ts,
 * class-directory.ts and find-audit-people.ts ask for it before searching.
 *
 * Names and titles are matched by a regular expression: PostgreSQL's own (~*), and on SQLite,
 * which has none, the function registered below, which runs JavaScript's with the same source.
 * Codes and roster ids are matched by LIKE from their start. SQLite's lower() and LIKE fold only
 * A to Z, so each word is also tried with capitals at the start of its parts and in capitals:
 * "đặng" then finds "Đặng" and "ĐẶNG" in a code as a name does (PostgreSQL folds every letter).
 */

/** The columns a search reads: names and titles by their words, codes and ids from the start. */
export interface SearchedColumns {
  worded: RawBuilder<string | null>[];
  whole: RawBuilder<string | null>[];
}

// The marks that set words apart, as a bracket expression both regular expression engines read
// alike (- last; [ and \ escaped). Closing marks never begin a word, so they need not be listed.
const apart = " \u00a0\\[(/\"\u201c\u201e'\u2018\u2019.,:;&+\u2010\u2013\u2014-";
const marks = new RegExp(`[${apart}]+`, "u");

// Scripts whose words are written without spaces between them.
const unspaced = new RegExp(
  `[${["Han", "Hiragana", "Katakana", "Thai", "Lao", "Khmer", "Myanmar"]
    .map((script) => `\\p{Script=${script}}`)
    .join("")}]`,
  "u",
);

/** The typed words one by one, at most `limit` of them: more are no name. */
export function wordsOf(typed: string, limit: number): string[] {
  return typed
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, limit);
}

/** Whether the columns hold every word, by the rule above. */
export function holdsEveryWord(
  db: Kysely<Database>,
  columns: SearchedColumns,
  words: string[],
): RawBuilder<SqlBool> {
  const worded = wordedText(columns.worded);
  const onPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const each = words.map((word) => {
    const pattern = wordPattern(word);
    const inWords = onPostgres
      ? sql`${worded} ~* ${pattern}`
      : sql`${sql.raw(wordsMatchFunction)}(${worded}, ${pattern})`;
    const fromStart = columns.whole.flatMap((column) =>
      spellingsOf(word).map(
        (spelling) =>
          sql`lower(coalesce(${column}, '')) like lower(${`${escapeLike(spelling)}%`}) escape '!'`,
      ),
    );
    return sql`(${sql.join([inWords, ...fromStart], sql` or `)})`;
  });

  return sql<SqlBool>`(${sql.join(each, sql` and `)})`;
}

/**
 * The regular expression a name or title is searched with for one typed word: at the start of
 * one of its words (anywhere, for an unspaced script), in any of the word's spellings. Written
 * in what PostgreSQL's advanced expressions and JavaScript's (with the u flag) read alike.
 */
export function wordPattern(word: string): string {
  const spellings = [...new Set(spellingsOf(word).map(partsPattern))].filter(Boolean);
  // Marks alone are no word (wordsOf leaves them out): they match nothing, never everything.
  if (spellings.length === 0) return "(?!)";
  const anyOf = `(?:${spellings.join("|")})`;
  if (unspaced.test(word)) return anyOf;

  return `(?:^|[${apart}])${anyOf}`;
}

/** Whether the text (a name, a title) matches a pattern of wordPattern, in any letter case. */
export function findsWord(pattern: string, text: string): boolean {
  let expression = compiled.get(pattern);
  if (!expression) {
    // Patterns come from typed words: a few per search, kept while the server runs.
    if (compiled.size >= 1000) compiled.clear();
    expression = new RegExp(pattern, "iu");
    compiled.set(pattern, expression);
  }

  return expression.test(text);
}

const compiled = new Map<string, RegExp>();

const wordsMatchFunction = "maps_words_match";

/** Gives an SQLite connection the function holdsEveryWord calls for names and titles. */
export function registerWordSearch(sqlite: BetterSqlite3.Database) {
  sqlite.function(wordsMatchFunction, { deterministic: true }, (text, pattern) =>
    typeof text === "string" && typeof pattern === "string" && findsWord(pattern, text) ? 1 : 0,
  );
}

/** The names or title as one text; a missing value adds nothing. */
function wordedText(columns: RawBuilder<string | null>[]): RawBuilder<string> {
  const parts = columns.map((column) => sql`coalesce(${column}, '')`);

  return sql<string>`(${sql.join(parts, sql` || ' ' || `)})`;
}

/** One spelling's parts, each taken literally, joined by any run of marks. */
function partsPattern(spelling: string): string {
  const parts = spelling.split(marks).filter(Boolean);

  return parts.map(escapeRegularExpression).join(`[${apart}]+`);
}

function spellingsOf(word: string): string[] {
  const candidates = [word.normalize("NFC"), word.normalize("NFD")].flatMap(casingsOf);
  // Spellings that only differ in A to Z would be the same pattern once lowered: tried once.
  const byPattern = new Map(candidates.map((each) => [asciiLowered(each), each]));

  return [...byPattern.values()];
}

function casingsOf(word: string) {
  const lower = word.toLowerCase();
  const capitalized = lower.replace(
    /(^|[^\p{L}\p{M}\p{N}])(\p{L})/gu,
    (_, before, letter) => `${before}${letter.toUpperCase()}`,
  );

  return [word, lower, capitalized, word.toUpperCase()];
}

const asciiLowered = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

const escapeLike = (text: string) => text.replace(/[!%_]/g, (character) => `!${character}`);

// Both engines read a backslash before these as the character itself.
const escapeRegularExpression = (text: string) =>
  text.replace(/[\\^$.|?*+()[\]{}]/g, (character) => `\\${character}`);
