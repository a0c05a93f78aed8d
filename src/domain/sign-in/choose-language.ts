import type { Kysely } from "kysely";
import { savePreferredLocale } from "../../db/people-store.ts";
import type { Database } from "../../db/schema.ts";
import { isLocale, type Locale } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";

/**
 * A language chosen with the page shell's picker, the one way a person sets their own language
 * for pages, downloads and emails. `?lang=` in an address changes that one page only: a link
 * someone else sends must not change another person's account. Someone not signed in has no
 * account to change; their browser keeps the choice (src/web/locale.ts).
 */
export async function chooseLanguage(
  db: Kysely<Database>,
  actor: Actor | null,
  chosen: unknown,
): Promise<Locale> {
  const locale = typeof chosen === "string" ? chosen : undefined;
  if (!isLocale(locale)) {
    throw new AppError({ kind: "invalid_input", message: "language choice: no offered language" });
  }

  if (actor) await savePreferredLocale(db, actor.personId, locale);

  return locale;
}
