import type { Kysely } from "kysely";
import { z } from "zod";
import { localeSetBy, saveLocaleChosenByStaff } from "../../db/people-store.ts";
import type { Database } from "../../db/schema.ts";
import { matchLocale } from "../../i18n/match-locale.ts";
import { defaultLocale, type Locale, supportedLocales } from "../../i18n/translate.ts";

/*
 * The language the app writes to a family member in (emails, the PDF they are sent, a printed
 * sign-in card): the one they chose in the app, else the school's record of it (the roster's
 * preferredLanguage, or what a teacher chose when the roster said none), when the app speaks
 * it; else the school's default.
 */

export interface LanguageFacts {
  preferred_locale: string | null;
  locale_chosen: number;
}

export interface FamilyLanguage {
  /** The language the app writes to them in. */
  writtenIn: Locale;
  /** The supported language known for them, or null when the school's default stands in. */
  known: Locale | null;
  /** True when they chose it in the app: staff then cannot change it for them. */
  chosenByThem: boolean;
}

export function familyLanguage(person: LanguageFacts): FamilyLanguage {
  const known = matchLocale(person.preferred_locale);

  return {
    writtenIn: known ?? defaultLocale,
    known,
    chosenByThem: person.locale_chosen === localeSetBy.person && known !== null,
  };
}

/** A language picked on a staff page: "" keeps "not known", anything else is a locale. */
export const languageChoice = z.union([z.literal(""), z.enum(supportedLocales)]);

/** The language a staff choice makes the app write to this person in. */
export function languageWithChoice(person: LanguageFacts, choice: string | undefined) {
  const language = familyLanguage(person);
  const chosen = languageChoice.safeParse(choice ?? "");
  if (language.chosenByThem || !chosen.success || chosen.data === "") return language.writtenIn;

  return chosen.data;
}

/**
 * Keeps a teacher's choice of a family member's language for the emails and cards that follow,
 * when it says something new. Their own choice in the app is never overwritten (the store's
 * condition holds that, even against a choice made meanwhile). Returns whether it was kept.
 */
export async function keepLanguageChoice(
  trx: Kysely<Database>,
  change: {
    districtId: string;
    person: LanguageFacts & { id: string };
    choice: string | undefined;
    now: string;
  },
) {
  const chosen = languageChoice.safeParse(change.choice ?? "");
  if (!chosen.success || chosen.data === "") return false;
  const language = familyLanguage(change.person);
  if (language.chosenByThem || language.known === chosen.data) return false;

  return saveLocaleChosenByStaff(trx, {
    districtId: change.districtId,
    personId: change.person.id,
    locale: chosen.data,
    now: change.now,
  });
}
