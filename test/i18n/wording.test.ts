import { describe, expect, it } from "vitest";
import { catalogFor, translator } from "../../src/i18n/translate.ts";
import { languageNameInSentence } from "../../src/lib/intl-formats.ts";
import { writtenIn } from "../../src/web/views/plan-format.ts";

/*
 * The Spanish catalog speaks to every reader as tú (students, families and staff alike), as
 * most of it always has; "ustedes" stays, for a family addressed as a household. These are the
 * usted forms the catalog once mixed in.
 */
const ustedForms = [
  /\busted\b/iu,
  /\b(Su|su) (cuenta|calendario|texto|corrección|dirección privada|aplicación de)\b/u,
  /(^|[.:;,] )(Elija|elija|Escriba|escriba|Pida|Marque|Guarde|Vuelva|vuelva|Añada|Quite)\b/u,
  /\b(inténtelo|cópiela|cópielas|restablézcala|compare|regrese|quítelo|corríjala)\b/iu,
  /\b(proponga|indique|revísela|registre|detenga|configure|restaure|consulte|escríbalo)\b/iu,
  /\b(déjelo|dele|pruebe|Dé otro|Ha entrado|Ha salido|Si entró|Recibe este|Si quiere)\b/u,
];

describe("the words families, students and staff read", () => {
  it("Spanish speaks to each reader as tú, never switching to usted", () => {
    const spanish: Record<string, string> = catalogFor("es");
    const usted = Object.entries(spanish).filter(([, text]) =>
      ustedForms.some((form) => form.test(text)),
    );

    expect(usted.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it("a form's label quoted inside a sentence keeps the sentence readable", () => {
    const t = translator("en");

    expect(t("field.required", { field: t("identity.admin.field.en") })).toBe(
      "Please fill in “The statement in English”.",
    );
    expect(t("records.problem.confirm", { field: t("records.year.confirm") })).toBe(
      "Please tick “I understand that every plan of this year becomes read only” to confirm.",
    );
    for (const locale of ["es", "vi", "zh", "ar"]) {
      const say = translator(locale);
      for (const key of ["field.required", "field.choice", "records.problem.confirm"] as const) {
        expect(say(key, { field: "X" }), `${locale} ${key}`).toMatch(/[“«]X[”»]/);
      }
    }
  });

  it("Vietnamese names a language in lower case mid-sentence: viết bằng tiếng Anh", () => {
    expect(languageNameInSentence("vi", "en")).toBe("tiếng Anh");
    expect(languageNameInSentence("vi", "es")).toBe("tiếng Tây Ban Nha");
    expect(languageNameInSentence("en", "vi")).toBe("Vietnamese");
    expect(languageNameInSentence("es", "en")).toBe("inglés");

    const marked = String(writtenIn({ t: translator("vi"), locale: "vi" }, "en"));
    expect(marked).toContain("Viết bằng tiếng Anh");
  });
});
