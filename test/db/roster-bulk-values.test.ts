import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { upsertPeople } from "../../src/db/roster-store.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { createDistrict } from "../support/factories.ts";

/*
 * The import sends a batch's columns to PostgreSQL joined by a control character, or as arrays
 * when a value holds it: either way every value must come back exactly as it went in.
 */

const columns = {
  preferredName: true,
  email: true,
  phone: true,
  grades: true,
  preferredLanguage: true,
};

const awkwardNames = [
  'Anna "Nan"',
  "back\\slash",
  "{braces},commas",
  "NULL",
  "",
  " spaced ",
  "line\nbreak",
  "Nguyễn Thị Đặng",
  "\u001e",
  "unit\u001fseparator",
  "record\u001eseparator inside",
];

function personOf(at: number, givenName: string, preferredName: string | null) {
  return {
    id: `p-${String(at).padStart(2, "0")}`,
    sourceId: `s-${at}`,
    role: "student" as const,
    index: at,
    givenName,
    familyName: "Family",
    preferredName,
    preferredLanguage: null,
    email: null,
    phone: at % 2 === 0 ? "" : null,
    grades: "07",
    active: at % 3 !== 0,
  };
}

describe.each(dialects)("a batch of people with awkward values on %s", (dialect) => {
  let database: TestDatabase;
  let districtId: string;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    districtId = (await createDistrict(database.db, { name: "Values" })).id;
  });
  afterEach(async () => {
    await database.drop();
  });

  async function stored() {
    return database.db
      .selectFrom("people")
      .select(["source_id", "given_name", "preferred_name", "phone", "active"])
      .where("district_id", "=", districtId)
      .orderBy("id")
      .execute();
  }

  const write = (people: ReturnType<typeof personOf>[]) =>
    upsertPeople(database.db, {
      districtId,
      importId: "import-1",
      now: "2026-12-05T12:00:00.000Z",
      people,
      columns,
      firstRoster: true,
    });

  it("stores every value as sent, nulls and empty texts apart", async () => {
    const people = awkwardNames.map((name, at) => personOf(at, name, at % 2 ? name : null));
    await write(people);

    const rows = await stored();
    expect(rows.map((row) => row.given_name)).toEqual(people.map((person) => person.givenName));
    expect(rows.map((row) => row.preferred_name)).toEqual(
      people.map((person) => person.preferredName),
    );
    expect(rows.map((row) => row.phone)).toEqual(people.map((person) => person.phone));
    expect(rows.map((row) => row.active)).toEqual(people.map((p) => (p.active ? 1 : 0)));
  });

  it("stores a batch of one person whose only values are empty", async () => {
    await write([{ ...personOf(0, "", ""), phone: "", grades: "" }]);

    expect(await stored()).toEqual([
      { source_id: "s-0", given_name: "", preferred_name: "", phone: "", active: 0 },
    ]);
  });

  it("stores a batch of plain names", async () => {
    const people = ["Amira", "Bao", "Chen"].map((name, at) => personOf(at, name, null));
    await write(people);

    expect((await stored()).map((row) => row.given_name)).toEqual(["Amira", "Bao", "Chen"]);
  });
});
