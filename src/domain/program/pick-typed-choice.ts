import { wordsOf } from "../../db/typed-words.ts";

/*
 * A filter past a page of choices asks for words instead of listing them (the teachers and
 * classes of a district by the thousand). The form sends what is typed beside the id of the one
 * chosen: sent back unchanged, the id keeps its choice though others share the name; other words
 * are a new search (typed-words.ts says what matches); no words at all mean every one. A whole
 * roster id (or class code) typed alone chooses the one it belongs to, though others begin with
 * it; a search that finds one chooses it; one that finds several offers the first of them, in
 * the reader's order, to choose from and narrows the figures by none.
 */

/** The most choices words offer; more, and longer words narrow them. */
export const typedMatchesShown = 20;

// Words past this many are no name: the rest are not searched for.
const wordsSearched = 8;

/** What a typed filter settled on: a choice, or words that matched none or several. */
export interface TypedPick<T> {
  chosen: T | null;
  /** The id the figures are filtered by: the choice's, or an unknown one the address named. */
  id: string | null;
  /** The words searched when they settled on no choice; null when none were searched. */
  words: string | null;
  /** The first choices the words matched, when several did. */
  matches: T[];
  /** Whether more matched than `matches` holds. */
  more: boolean;
}

/** How a filter finds its choices in the viewer's reach. */
export interface ChoiceFinder<T extends { id: string }> {
  byId(id: string): Promise<T | undefined>;
  /** The choices whose roster id (a class's: or its code) is the whole word, case aside. */
  byWholeCode(code: string): Promise<T[]>;
  /** The first `limit` choices that hold every word, in the reader's order. */
  byWords(words: string[], limit: number): Promise<T[]>;
  /** The words the filter's field shows for a choice. */
  shownAs(choice: T): string;
}

export async function pickTypedChoice<T extends { id: string }>(
  finder: ChoiceFinder<T>,
  asked: { id: string | null; typed: string | undefined },
): Promise<TypedPick<T>> {
  const byId = asked.id ? await finder.byId(asked.id) : undefined;
  const unchanged = asked.typed === undefined || (byId && asked.typed === finder.shownAs(byId));
  if (unchanged) return settled<T>(byId ?? null, asked.id);

  const words = wordsOf(asked.typed ?? "", wordsSearched);
  const [word] = words;
  if (!word) return settled<T>(null, null);
  // A whole roster id is that one, even when other ids begin with it (t-90, t-901...).
  const exact = words.length === 1 ? await finder.byWholeCode(word) : [];
  const [one] = exact;
  if (one && exact.length === 1) return settled(one, one.id);

  const found = await finder.byWords(words, typedMatchesShown + 1);
  // Two sharing the whole code typed come first, then the others that hold it.
  const offered = [...exact, ...found.filter((each) => !exact.some((it) => it.id === each.id))];
  const [only] = offered;
  if (only && offered.length === 1) return settled(only, only.id);

  return {
    chosen: null,
    id: null,
    words: words.join(" "),
    matches: offered.slice(0, typedMatchesShown),
    more: offered.length > typedMatchesShown,
  };
}

function settled<T>(chosen: T | null, id: string | null): TypedPick<T> {
  return { chosen, id, words: null, matches: [], more: false };
}
