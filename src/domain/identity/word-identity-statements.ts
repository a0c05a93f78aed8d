import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import {
  advanceIdentityWording,
  findIdentityStatement,
  insertIdentityStatements,
  keepEarlierIdentityWording,
  listIdentityStatements,
  listIdentityTexts,
  replaceIdentityTexts,
  retireIdentityStatement as retire,
} from "../../db/identity-store.ts";
import type { Database } from "../../db/schema.ts";
import { listSchoolSettings } from "../../db/school-store.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { supportedLocales, translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeAdministrator, reachesSchool } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { parseForm } from "../forms/parse-form.ts";
import { requiredWords } from "../forms/visible-text.ts";
import {
  ensureSchoolStatements,
  schoolStatements,
  starterWording,
  wordingFor,
} from "./identity-statements.ts";

/*
 * An administrator words the school's identity statements, in every language the app speaks.
 * A statement keeps its id when reworded, so answers given before stay attached to it: reword
 * only to say the same thing better. The words it replaces are kept, and answers given to them
 * go on showing them. Retiring takes it out of new checks; old answers remain.
 */

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

export const identityTextLimit = 200;

const text = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().max(identityTextLimit));

/** English is required, being every other language's fallback; the rest are optional. */
const wordingInput = z.object({
  "text-en": text.pipe(requiredWords(identityTextLimit)),
  "text-es": text.optional(),
  "text-vi": text.optional(),
  "text-zh": text.optional(),
  "text-ar": text.optional(),
});

const labels: Record<string, MessageKey> = {
  "text-en": "identity.admin.field.en",
  "text-es": "identity.admin.field.es",
  "text-vi": "identity.admin.field.vi",
  "text-zh": "identity.admin.field.zh",
  "text-ar": "identity.admin.field.ar",
};

/** The school an administrator is wording, with its statements (starters given on first look). */
export async function readSchoolIdentity(deps: Deps, actor: Actor, schoolId: string | undefined) {
  const reach = await authorizeAdministrator(deps.db, actor);
  // A school's administrator words their own schools' statements only.
  const schools = (await listSchoolSettings(deps.db, actor.districtId)).filter((each) =>
    reachesSchool(reach, each.id),
  );
  const school = schoolId ? schools.find((each) => each.id === schoolId) : schools[0];
  if (!school) throw notFound(`school ${schoolId ?? "of district"}`);

  const where = { districtId: actor.districtId, schoolId: school.id };
  await ensureSchoolStatements(deps.db, { ...where, now: isoNow(deps.clock) });
  const statements = await schoolStatements(deps.db, { ...where, locale: actor.locale });

  return { school, schools, statements };
}

/** Wording for every language, as the form shows it: the school's own, else the catalog's. */
export async function readIdentityStatement(deps: Deps, actor: Actor, statementId: string) {
  const reach = await authorizeAdministrator(deps.db, actor);
  const row = await findIdentityStatement(deps.db, actor.districtId, statementId);
  // Another school's statement is not found, as one of another district is.
  if (!row || !reachesSchool(reach, row.school_id)) {
    throw notFound(`identity statement ${statementId}`);
  }

  const texts: Record<string, string> = {};
  for (const locale of supportedLocales) {
    const statements = await schoolStatements(deps.db, {
      districtId: row.district_id,
      schoolId: row.school_id,
      locale,
    });
    texts[locale] = statements.find((each) => each.id === row.id)?.text ?? "";
  }

  return {
    id: row.id,
    schoolId: row.school_id,
    starterKey: row.starter_key,
    retired: row.retired_at !== null,
    texts,
  };
}

export async function addIdentityStatement(
  deps: Deps,
  actor: Actor,
  target: { schoolId: string },
  input: unknown,
): Promise<{ statementId: string }> {
  const { school } = await readSchoolIdentity(deps, actor, target.schoolId);
  const wording = parseForm(wordingInput, input, { locale: actor.locale, labels });
  const known = await listIdentityStatements(deps.db, actor.districtId, school.id);
  const statementId = randomUUID();

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await insertIdentityStatements(trx, [
      {
        id: statementId,
        district_id: actor.districtId,
        school_id: school.id,
        starter_key: null,
        position: Math.max(0, ...known.map((row) => row.position)) + 1,
        retired_at: null,
        created_at: now,
        updated_at: now,
      },
    ]);
    await replaceIdentityTexts(trx, statementId, textRows(actor, statementId, wording, now));
  });

  return { statementId };
}

/**
 * Rewords a statement in each language; its id (and so every answer to it) stays, and the words
 * it had are kept for the answers given to them. Saving the same words changes nothing.
 */
export async function rewordIdentityStatement(
  deps: Deps,
  actor: Actor,
  statementId: string,
  input: unknown,
): Promise<{ schoolId: string }> {
  const current = await readIdentityStatement(deps, actor, statementId);
  const wording = parseForm(wordingInput, input, { locale: actor.locale, labels });
  const now = isoNow(deps.clock);
  const texts = textRows(actor, statementId, wording, now);
  if (!changesWording(current, texts)) return { schoolId: current.schoolId };

  await deps.db.transaction().execute(async (trx) => {
    const version = await advanceIdentityWording(trx, statementId, now);
    const replaced = await listIdentityTexts(trx, [statementId]);
    await keepEarlierIdentityWording(
      trx,
      replaced.map((text) => ({
        district_id: text.district_id,
        statement_id: statementId,
        version: version - 1,
        locale: text.locale,
        body: text.body,
        replaced_at: now,
      })),
    );
    await replaceIdentityTexts(trx, statementId, texts);
  });

  return { schoolId: current.schoolId };
}

/** Whether any language would read differently, its fallbacks included. */
function changesWording(
  current: { starterKey: string | null; texts: Record<string, string> },
  texts: { locale: string; body: string }[],
) {
  const own = Object.fromEntries(texts.map((text) => [text.locale, text.body]));

  return supportedLocales.some((locale) => {
    const starter = starterWording(translator(locale), current.starterKey);
    return wordingFor(locale, own, starter) !== current.texts[locale];
  });
}

export async function retireIdentityStatement(
  deps: Deps,
  actor: Actor,
  statementId: string,
): Promise<{ schoolId: string }> {
  const current = await readIdentityStatement(deps, actor, statementId);
  if (!current.retired) await retire(deps.db, statementId, isoNow(deps.clock));

  return { schoolId: current.schoolId };
}

function textRows(
  actor: Actor,
  statementId: string,
  wording: z.output<typeof wordingInput>,
  now: string,
) {
  return supportedLocales.flatMap((locale) => {
    const body = wording[`text-${locale}`];
    return body
      ? [
          {
            district_id: actor.districtId,
            statement_id: statementId,
            locale,
            body,
            updated_at: now,
          },
        ]
      : [];
  });
}
