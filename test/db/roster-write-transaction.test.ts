import type { Kysely } from "kysely";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { inWriteTransaction } from "../../src/db/roster-store.ts";
import type { Database } from "../../src/db/schema.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { createDistrict } from "../support/factories.ts";

/** The secondary indexes of the tables an import fills, as the database lists them. */
type Db = Kysely<Database>;

async function importIndexes(db: Db, dialect: string) {
  const { rows } =
    dialect === "sqlite"
      ? await sql<{ name: string }>`
          select name from sqlite_master where type = 'index' and sql is not null
            and tbl_name in ('people', 'enrollments', 'guardian_links') order by name`.execute(db)
      : await sql<{ name: string }>`
          select indexname as name from pg_indexes
          where tablename in ('people', 'enrollments', 'guardian_links')
            and indexname in ('enrollments_person', 'enrollments_class', 'people_email')
          order by indexname`.execute(db);

  return rows.map((row) => row.name);
}

async function foreignKeysOn(db: Db) {
  const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  return rows[0]?.foreign_keys === 1;
}

describe.each(dialects)("the import's writing transaction on %s", (dialect) => {
  let database: TestDatabase;
  afterEach(async () => {
    await database?.drop();
  });

  it("a large import writes without the secondary indexes and leaves them all rebuilt", async () => {
    database = await freshDatabase(dialect);
    const before = await importIndexes(database.db, dialect);
    expect(before).toEqual(expect.arrayContaining(["enrollments_class", "enrollments_person"]));

    const during = await inWriteTransaction(database.db, { rows: 50_000 }, (trx) =>
      importIndexes(trx, dialect),
    );

    if (dialect === "sqlite") expect(during).not.toContain("enrollments_person");
    expect(await importIndexes(database.db, dialect)).toEqual(before);
    if (dialect === "sqlite") expect(await foreignKeysOn(database.db)).toBe(true);
  });

  it("a small import keeps the indexes as they are", async () => {
    database = await freshDatabase(dialect);
    const before = await importIndexes(database.db, dialect);

    const during = await inWriteTransaction(database.db, { rows: 500 }, (trx) =>
      importIndexes(trx, dialect),
    );

    expect(during).toEqual(before);
  });

  it("a failed import rolls back its rows and the dropped indexes alike", async () => {
    database = await freshDatabase(dialect);
    const before = await importIndexes(database.db, dialect);

    const failing = inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
      await createDistrict(trx, { name: "Half written" });
      throw new Error("disk full");
    });

    await expect(failing).rejects.toThrow("disk full");
    expect(await importIndexes(database.db, dialect)).toEqual(before);
    const districts = await database.db.selectFrom("districts").select("name").execute();
    expect(districts).toEqual([]);
    if (dialect === "sqlite") expect(await foreignKeysOn(database.db)).toBe(true);
  });

  it("a written row whose reference is missing fails the whole write", async () => {
    database = await freshDatabase(dialect);
    const district = await createDistrict(database.db);

    const broken = inWriteTransaction(database.db, { rows: 500 }, async (trx) => {
      await trx
        .insertInto("person_schools")
        .values({ person_id: "nobody", school_id: "nowhere", district_id: district.id })
        .execute();
    });

    await expect(broken).rejects.toThrow(/person_schools/);
    const links = await database.db.selectFrom("person_schools").selectAll().execute();
    expect(links).toEqual([]);
  });
});
