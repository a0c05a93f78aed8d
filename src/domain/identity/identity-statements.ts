import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  insertIdentityStatements,
  listEarlierIdentityWordings,
  listIdentityStatements,
  listIdentityTexts,
} from "../../db/identity-store.ts";
import type { Database } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { type Translate, translator } from "../../i18n/translate.ts";

/**
 * The statements a school starts with, written by the team in students' own words. A school
 * rewords, adds or retires them; until it rewords one, its wording comes from the catalog in
 * every language.
 */
export const starterStatements = [
  "identity.starter.mathPerson",
  "identity.starter.enjoy",
  "identity.starter.explain",
  "identity.starter.keepTrying",
  "identity.starter.belong",
  "identity.starter.teachers",
  "identity.starter.family",
  "identity.starter.outside",
] as const satisfies readonly MessageKey[];

/** 1 strongly disagree to 5 strongly agree; "prefer not to say" is an answer too. */
export const agreementLevels = [1, 2, 3, 4, 5] as const;

export interface IdentityStatement {
  id: string;
  position: number;
  retired: boolean;
  /** The wording in the reader's language (falling back to English, then to any wording). */
  text: string;
  /** The school's own wording per language; empty for a starter it has not reworded. */
  texts: Record<string, string>;
  starterKey: string | null;
  /** Which of its wordings this is (1 until reworded); an answer keeps the one it was given to. */
  wordingVersion: number;
}

const isStarterKey = (key: string | null): key is (typeof starterStatements)[number] =>
  starterStatements.some((starter) => starter === key);

/** Gives a school the starter statements the first time anyone needs its statements. */
export async function ensureSchoolStatements(
  db: Kysely<Database>,
  school: { districtId: string; schoolId: string; now: string },
) {
  const known = await listIdentityStatements(db, school.districtId, school.schoolId);
  if (known.length > 0) return;

  await insertIdentityStatements(
    db,
    starterStatements.map((key, index) => ({
      id: randomUUID(),
      district_id: school.districtId,
      school_id: school.schoolId,
      starter_key: key,
      position: index + 1,
      retired_at: null,
      created_at: school.now,
      updated_at: school.now,
    })),
  );
}

/** The school's statements, retired ones included, worded for the reader. */
export async function schoolStatements(
  db: Kysely<Database>,
  school: { districtId: string; schoolId: string; locale: string },
): Promise<IdentityStatement[]> {
  const rows = await listIdentityStatements(db, school.districtId, school.schoolId);
  const texts = await listIdentityTexts(
    db,
    rows.map((row) => row.id),
  );
  const t = translator(school.locale);

  return rows.map((row) => {
    const own = Object.fromEntries(
      texts.filter((text) => text.statement_id === row.id).map((text) => [text.locale, text.body]),
    );

    return {
      id: row.id,
      position: row.position,
      retired: row.retired_at !== null,
      text: wordingFor(school.locale, own, starterWording(t, row.starter_key)),
      texts: own,
      starterKey: row.starter_key,
      wordingVersion: row.wording_version,
    };
  });
}

/** The catalog's words of a starter statement in the reader's language; "" for the school's own. */
export const starterWording = (t: Translate, starterKey: string | null) =>
  isStarterKey(starterKey) ? t(starterKey) : "";

/** A wording for a reader: their language's, else the starter's, else English, else any. */
export const wordingFor = (locale: string, own: Record<string, string>, starter: string) =>
  own[locale] ?? (starter || own.en || Object.values(own)[0] || "");

/** The words a statement said at one of its wording versions, in the reader's language. */
export type WordingAsked = (statementId: string, wordingVersion: number) => string;

/**
 * The school's statements, and what each answer was asked: the statement's words now for the
 * answers given to them, the words a rewording replaced for the answers given before it.
 */
export async function askedWordings(
  db: Kysely<Database>,
  school: { districtId: string; schoolId: string; locale: string },
  answers: { statementId: string; wordingVersion: number }[],
): Promise<{ statements: IdentityStatement[]; wordingOf: WordingAsked }> {
  const statements = await schoolStatements(db, school);
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  const reworded = answers
    .filter((answer) => answer.wordingVersion !== byId.get(answer.statementId)?.wordingVersion)
    .map((answer) => answer.statementId);
  const earlier = new Map<string, Record<string, string>>();
  for (const row of await listEarlierIdentityWordings(db, [...new Set(reworded)])) {
    const key = `${row.statement_id} ${row.version}`;
    earlier.set(key, { ...earlier.get(key), [row.locale]: row.body });
  }
  const t = translator(school.locale);

  const wordingOf: WordingAsked = (statementId, wordingVersion) => {
    const statement = byId.get(statementId);
    if (!statement) return "";
    if (wordingVersion === statement.wordingVersion) return statement.text;
    // A version that kept no words of its own was the starter's, from the catalog.
    const own = earlier.get(`${statementId} ${wordingVersion}`) ?? {};
    return wordingFor(school.locale, own, starterWording(t, statement.starterKey));
  };

  return { statements, wordingOf };
}
