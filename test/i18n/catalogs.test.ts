import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { english } from "../../src/i18n/catalog.ts";
import { catalogFor, supportedLocales } from "../../src/i18n/translate.ts";

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];

/** What a message asks of its caller: each argument with its kind, and each select's cases. */
interface Shape {
  arguments: Set<string>;
  selectCases: Map<string, Set<string>>;
  pluralForms: Set<string>[];
}

const kinds = ["literal", "text", "number", "date", "time", "select", "plural", "#", "tag"];

function shapeOf(source: string, locale: string): Shape {
  const shape: Shape = { arguments: new Set(), selectCases: new Map(), pluralForms: [] };
  walk(new IntlMessageFormat(source, locale).getAst(), shape);

  return shape;
}

function walk(elements: Element[], shape: Shape) {
  for (const element of elements) {
    if (element.type === 0 || element.type === 7) continue;
    shape.arguments.add(`${element.value}:${kinds[element.type]}`);

    if ("options" in element) {
      const cases = Object.keys(element.options);
      if (element.type === 6) shape.pluralForms.push(new Set(cases));
      else shape.selectCases.set(element.value, new Set(cases));
      for (const option of Object.values(element.options)) walk(option.value, shape);
    }
    if ("children" in element) walk(element.children, shape);
  }
}

/**
 * The plural forms a count of things can take in this locale. Forms only reached by a million
 * or by decimals (Spanish "many") fall back to "other", which every plural must have anyway.
 */
function countForms(locale: string) {
  const rules = new Intl.PluralRules(locale);
  const counts = Array.from({ length: 1001 }, (_, count) => rules.select(count));

  return [...new Set([...counts, "other"])];
}

const otherLocales = supportedLocales.filter((locale) => locale !== "en");
const englishKeys = Object.keys(english).sort();

describe.each(otherLocales)("the %s catalog", (locale) => {
  const catalog: Record<string, string> = catalogFor(locale);
  const pluralCategories = countForms(locale);

  it("a family reading it finds every message English has, and no other", () => {
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
  });

  it.each(Object.entries(english))("%s parses and asks for what English asks", (key, source) => {
    const translated = shapeOf(catalog[key] ?? "", locale);
    const original = shapeOf(source, "en");

    expect([...translated.arguments].sort()).toEqual([...original.arguments].sort());
    for (const [name, cases] of original.selectCases) {
      expect([...(translated.selectCases.get(name) ?? [])]).toEqual(
        expect.arrayContaining([...cases]),
      );
    }
    for (const forms of translated.pluralForms) {
      expect([...forms]).toEqual(expect.arrayContaining(pluralCategories));
    }
  });
});

describe("Arabic plurals", () => {
  it("every count in Arabic has its zero, one, two, few, many and other form", () => {
    const arabic: Record<string, string> = catalogFor("ar");
    const plural = Object.keys(english).filter((key) =>
      /, plural,/.test(english[key as "app.name"]),
    );

    expect(plural.length).toBeGreaterThan(10);
    for (const key of plural) {
      const { pluralForms } = shapeOf(arabic[key] ?? "", "ar");
      expect(pluralForms.length, key).toBeGreaterThan(0);
      for (const forms of pluralForms) {
        expect([...forms].sort(), key).toEqual(["few", "many", "one", "other", "two", "zero"]);
      }
    }
  });
});
