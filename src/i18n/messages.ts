/*
 * How a language is added (English is the source; every other locale mirrors it):
 *
 * - `src/i18n/<locale>/<feature>.ts` mirrors `src/i18n/en/<feature>.ts` file for file. Each
 *   exports a const of the same name with exactly the same keys, typed against English so that
 *   a missing or extra key is a type error:
 *     export const plans: Messages<typeof import("../en/plans.ts").plans> = { ... };
 * - `src/i18n/<locale>/index.ts` merges the feature files like catalog.ts does for English and
 *   exports them as `catalog`:
 *     export const catalog: Catalog = { ...common, ...forms, ...mail, ... };
 * - translate.ts registers the locale (supportedLocales, its catalog, its name in itself).
 * - Messages are ICU MessageFormat. Keep English's placeholders ({name}, {count, plural, ...},
 *   {section, select, ...}) and give a plural every category Intl.PluralRules has for the
 *   locale (Arabic: zero, one, two, few, many, other). test/i18n/catalogs.test.ts checks all of it.
 * - English may gain keys later ("nav.language" is one): `npx tsc --noEmit` names any a locale
 *   lacks.
 */
import type { english } from "./catalog.ts";

/** The same keys as an English feature file, each with this locale's message. */
export type Messages<T> = { [K in keyof T]: string };

/** A whole locale: every key English has. */
export type Catalog = Messages<typeof english>;
