import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  insertIdentityStatements,
  listIdentityStatements,
  listIdentityTexts,
} from "../../db/identity-store.ts";
import type { Database } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";

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
    const starter = isStarterKey(row.starter_key) ? t(row.starter_key) : "";

    return {
      id: row.id,
      position: row.position,
      retired: row.retired_at !== null,
      text: own[school.locale] ?? (starter || own.en || Object.values(own)[0] || ""),
      texts: own,
      starterKey: row.starter_key,
    };
  });
}
