import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/db/connection.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";

describe.each(dialects)("the schema on %s", (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it("migrates a fresh database and a second run changes nothing", async () => {
    database = await freshDatabase(dialect);
    await migrateToLatest(database);

    const tables = await database.db.introspection.getTables();
    const names = tables.map((table) => table.name);
    expect(names).toEqual(
      expect.arrayContaining(["plans", "statements", "people", "outbox_emails"]),
    );
  });
});
