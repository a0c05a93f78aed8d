import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { roster } from "../../src/i18n/en/roster.ts";
import { translator } from "../../src/i18n/translate.ts";

const everyValue = {
  megabytes: 50,
  name: "roster.xlsx",
  count: 2,
  source: "export.zip",
  option: "--jsn",
  extra: "b",
  id: "usr-1",
  file: "users.csv",
  line: 4,
  column: "role",
  path: "users.csv",
  detail: "unexpected end",
  limit: 200,
  key: "file.users",
  value: "Bulk",
  canonical: "bulk",
  mode: "bulk",
  kind: "users",
  active: 6,
  roles: "1 student and 1 family member",
  expected: "users.csv",
  position: 10,
  columns: 18,
  allowed: "active, tobedeleted",
  role: "teacher",
  parent: "org-1",
  type: "department",
  current: "dist-1",
  school: "sch-1",
  personRole: "teacher",
  enrolledRole: "student",
  agentRole: "teacher",
  length: 300,
  longest: 255,
  before: "Our school",
  first: "a/users.csv",
  second: "b/users.csv",
  schools: "Riverside Middle School, Lakeside Elementary",
  signal: "SIGKILL",
  rows: "2 people and 1 class",
};

describe("the words of the roster import", () => {
  it.each(Object.entries(roster))("%s reads as a complete sentence", (_key, source) => {
    const text = String(new IntlMessageFormat(source, "en").format(everyValue));

    expect(text).not.toMatch(/[{}]/);
    expect(text.trim()).not.toBe("");
  });

  it("counts read naturally for one and for many", () => {
    const t = translator("en");

    expect(t("roster.count.classes", { count: 1 })).toBe("1 class");
    expect(t("roster.count.guardianLinks", { count: 3 })).toBe("3 family links");
    expect(t("roster.report.unlisted", { count: 1 })).toMatch(
      /^1 row that an earlier import brought is/,
    );
  });

  // A tester read "The row has 1 values" on a row cut short after its first value. Vietnamese
  // and Chinese nouns do not change with a count: "1 giá trị", "1 个值" were right already.
  it.each([
    ["en", "The row has 1 value but the header names 18 columns,", "has 1 column;"],
    ["es", "La fila tiene 1 valor pero el encabezado nombra 18 columnas:", "tiene 1 columna;"],
    ["ar", "في الصف قيمة واحدة لكن سطر العناوين يسمّي 18 عمودًا،", "العناوين عمود واحد؛"],
  ])(
    "in %s, a row of one value and a header of one column read in the singular",
    (locale, oneValue, oneColumn) => {
      const t = translator(locale);

      const cutShort = t("roster.row.tooFewValues", { count: 1, columns: 18 });
      expect(cutShort.slice(0, oneValue.length)).toBe(oneValue);
      expect(t("roster.row.tooManyValues", { count: 2, columns: 1 })).toContain(oneColumn);
    },
  );

  it("row and header counts take Arabic's dual, few and many forms", () => {
    const t = translator("ar");

    expect(t("roster.row.tooManyValues", { count: 2, columns: 1 })).toMatch(
      /^في الصف قيمتان لكن في سطر العناوين عمود واحد؛/,
    );
    expect(t("roster.row.tooManyValues", { count: 11, columns: 10 })).toMatch(
      /^في الصف 11 قيمةً لكن في سطر العناوين 10 أعمدة؛/,
    );
    expect(t("roster.row.tooFewValues", { count: 3, columns: 2 })).toMatch(
      /^في الصف 3 قيم لكن سطر العناوين يسمّي عمودين،/,
    );
  });
});
