/*
 * The order the app's lists are read in: names, titles and schools as a reader of the page's
 * language orders them (Intl.Collator: Á beside A, Ñ after N in Spanish, Chinese by its
 * readings; numbers by their value, so "Period 2" comes before "Period 10"), grades in school
 * order. The databases order text by its characters' codes (SQLite always, PostgreSQL in a C
 * locale: Á after Z), and neither knows the reader, so a list is put in this order once read:
 * every list it orders is read whole or is short by design (a page of choices, 20 matches).
 */

export type Compare<T> = (one: T, other: T) => number;

type Key<T> = (item: T) => string | null | undefined;

const collators = new Map<string, Intl.Collator>();

/** Texts as a reader of the locale orders them. */
export function textOrder(locale: string): Compare<string> {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true });
    collators.set(locale, collator);
  }

  return collator.compare;
}

/**
 * Items by the texts the keys give, in the reader's order: the first key, then the next for
 * items the first leaves level. A missing text is an empty one, which comes first.
 */
export function orderBy<T>(locale: string, ...keys: Key<T>[]): Compare<T> {
  const compare = textOrder(locale);

  return (one, other) => {
    for (const key of keys) {
      const order = compare(key(one) ?? "", key(other) ?? "");
      if (order !== 0) return order;
    }
    return 0;
  };
}

interface NamedPerson {
  id: string;
  family_name: string | null;
  given_name: string | null;
}

/** People by family name, then given name, as the reader orders them; namesakes by id. */
export function peopleOrder<T extends NamedPerson>(locale: string): Compare<T> {
  return orderBy<T>(
    locale,
    (person) => person.family_name,
    (person) => person.given_name,
    (person) => person.id,
  );
}

/** A sorted copy of the list. */
export function sortedBy<T>(items: readonly T[], compare: Compare<T>): T[] {
  return [...items].sort(compare);
}

/*
 * Grades in school order: OneRoster's grade codes from infants and toddlers to after high school
 * (IT, PR, PK, TK, KG, 01 to 13, PS, UG, Other), also as rosters write them otherwise (K, Pre-K,
 * 1 for 01, any letter case); any other value after them, in the reader's order; no grade ("")
 * last.
 */

const earlyGrades = ["it", "pr", "pk", "tk", "kg"];
const laterGrades = ["ps", "ug", "other"];
const gradeSpellings = new Map([
  ["k", "kg"],
  ["prek", "pk"],
  ["prekindergarten", "pk"],
  ["kindergarten", "kg"],
]);

/** Grades as a school lists them, then the reader's order. */
export function gradeOrder(locale: string): Compare<string> {
  const compare = textOrder(locale);

  return (one, other) => gradeRank(one) - gradeRank(other) || compare(one, other);
}

const numbered = 100;
const unknown = 200;
const none = 300;

function gradeRank(grade: string): number {
  const code = grade.trim().toLowerCase().replace(/[\s-]/g, "");
  if (code === "") return none;
  if (/^\d{1,2}$/.test(code))
    return Number(code) === 0 ? earlyGrades.length : numbered + Number(code);

  const known = gradeSpellings.get(code) ?? code;
  const early = earlyGrades.indexOf(known);
  if (early >= 0) return early + 1;
  const later = laterGrades.indexOf(known);

  return later >= 0 ? numbered + 50 + later : unknown;
}
