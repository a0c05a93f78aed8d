import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveLocaleChosenByStaff, savePreferredLocale } from "../../../src/db/people-store.ts";
import { importRoster } from "../../../src/domain/roster/import-roster.ts";
import { readPreferredLanguage } from "../../../src/domain/roster/preferred-language.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { createDistrict } from "../../support/factories.ts";
import { exportWith, fixture, removeScratch } from "./roster-fixtures.ts";

describe("reading a roster's language column", () => {
  it.each([
    ["es-MX", "es-MX"],
    ["es_mx", "es-MX"],
    ["spa", "es"],
    ["VIE", "vi"],
    ["chi", "zh"],
    ["zh-hans-cn", "zh-Hans-CN"],
    ["Spanish", "es"],
    ["Español", "es"],
    ["Tiếng Việt", "vi"],
    ["中文", "zh"],
    ["العربية", "ar"],
    ["som", "so"],
    ["ht", "ht"],
    ["  ", null],
  ])("takes %j as %j", (written, tag) => {
    expect(readPreferredLanguage(written)).toEqual({ tag });
  });

  it.each(["Klingon!", "12", "e", "<script>"])("refuses %j", (written) => {
    expect(readPreferredLanguage(written)).toEqual({ problem: "notALanguage" });
  });
});

/** Riverside's users.csv with a language column: one value per user, in file order. */
const withLanguages = (values: Record<string, string>) =>
  exportWith(fixture("small-district-1.1"), {
    "users.csv": (text) =>
      text
        .split("\n")
        .map((line, index) => {
          if (line === "") return line;
          if (index === 0) return `${line},metadata.preferredLanguage`;
          const sourcedId = line.split(",")[0] ?? "";
          return `${line},${values[sourcedId] ?? ""}`;
        })
        .join("\n"),
  });

describe.each(dialects)("importing preferred languages on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db, { name: "Riverside" })).id;
  });
  afterEach(async () => {
    await database.drop();
    removeScratch();
  });

  const run = (source: string) =>
    importRoster(database.db, {
      districtId,
      source,
      skipInvalid: false,
      actorId: null,
      clock: () => new Date("2025-09-01T12:00:00Z"),
    });
  const localeOf = async (sourceId: string) =>
    (
      await database.db
        .selectFrom("people")
        .select("preferred_locale")
        .where("district_id", "=", districtId)
        .where("source_id", "=", sourceId)
        .executeTakeFirstOrThrow()
    ).preferred_locale;

  it("stores each family's language and warns, naming the line, about one it cannot read", async () => {
    const report = await run(withLanguages({ "g-1": "spa", "g-2": "Vietnamese", "s-1": "x!" }));

    expect(report.imported).toBe(true);
    expect(await localeOf("g-1")).toBe("es");
    expect(await localeOf("g-2")).toBe("vi");
    expect(await localeOf("s-1")).toBeNull();
    const warning = report.warnings.find((w) => w.column === "metadata.preferredLanguage");
    expect(warning).toMatchObject({ file: "users.csv", line: 3 });
    expect(warning?.message).toContain("“x!”");
  });

  it("keeps a language the person chose in the app when the roster is imported again", async () => {
    await run(withLanguages({ "g-1": "spa", "g-2": "spa" }));
    const chooser = await database.db
      .selectFrom("people")
      .select("id")
      .where("source_id", "=", "g-2")
      .executeTakeFirstOrThrow();
    await savePreferredLocale(database.db, chooser.id, "ar");

    await run(withLanguages({ "g-1": "vie", "g-2": "spa" }));

    expect(await localeOf("g-1")).toBe("vi");
    expect(await localeOf("g-2")).toBe("ar");
  });

  it("keeps a teacher's choice while the roster says no language, then takes the roster's", async () => {
    await run(withLanguages({ "g-1": "", "g-2": "" }));
    const idOf = async (sourceId: string) =>
      (
        await database.db
          .selectFrom("people")
          .select("id")
          .where("source_id", "=", sourceId)
          .executeTakeFirstOrThrow()
      ).id;
    const now = "2025-09-02T12:00:00Z";
    for (const sourceId of ["g-1", "g-2"]) {
      const personId = await idOf(sourceId);
      await saveLocaleChosenByStaff(database.db, { districtId, personId, locale: "zh", now });
    }

    await run(withLanguages({ "g-1": "", "g-2": "spa" }));

    expect(await localeOf("g-1")).toBe("zh");
    expect(await localeOf("g-2")).toBe("es");
    // Once the school's record says a language, a later empty cell is the record again.
    await run(withLanguages({ "g-1": "", "g-2": "" }));
    expect(await localeOf("g-1")).toBe("zh");
    expect(await localeOf("g-2")).toBeNull();
  });

  it("a teacher's choice never replaces the language the person chose in the app", async () => {
    await run(withLanguages({ "g-1": "" }));
    const { id } = await database.db
      .selectFrom("people")
      .select("id")
      .where("source_id", "=", "g-1")
      .executeTakeFirstOrThrow();
    await savePreferredLocale(database.db, id, "ar");

    const written = await saveLocaleChosenByStaff(database.db, {
      districtId,
      personId: id,
      locale: "es",
      now: "2025-09-02T12:00:00Z",
    });

    expect(written).toBe(false);
    expect(await localeOf("g-1")).toBe("ar");
  });

  it("leaves stored languages alone when an export has no language column", async () => {
    await run(withLanguages({ "g-1": "spa" }));
    await run(fixture("small-district-1.1"));

    expect(await localeOf("g-1")).toBe("es");
  });
});
