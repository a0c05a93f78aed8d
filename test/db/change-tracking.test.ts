import { CompiledQuery, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { mayChangePages } from "../../src/db/change-tracking-dialect.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { createDistrict } from "../support/factories.ts";

describe.each(dialects)("noticing changes pages could show, on %s", (dialect) => {
  let database: TestDatabase;
  afterEach(async () => {
    await database?.drop();
  });

  it("a write to a page's table moves the generation; a read or an audit row does not", async () => {
    database = await freshDatabase(dialect);
    const { db, changes } = database;
    await changes.start();
    const district = await createDistrict(db);
    const before = changes.current();

    await db.selectFrom("plans").selectAll().execute();
    await sql`select count(*) from people`.execute(db);
    await db
      .insertInto("audit_entries")
      .values({
        district_id: district.id,
        actor_id: null,
        actor_role: "teacher",
        action: "view",
        route: "GET /plans/:planId",
        student_id: null,
        plan_id: null,
        client_address: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    expect(changes.current()).toBe(before);

    await db.updateTable("districts").set({ name: "Renamed" }).execute();
    const afterWrite = changes.current();
    expect(afterWrite).not.toBe(before);

    await db.transaction().execute(async (trx) => {
      await trx.updateTable("districts").set({ name: "Again" }).execute();
    });
    expect(changes.current()).not.toBe(afterWrite);
  });

  it("an insert, update or delete that changes no row leaves the generation", async () => {
    database = await freshDatabase(dialect);
    const { db, changes } = database;
    await changes.start();
    const district = await createDistrict(db);
    const before = changes.current();

    await db.updateTable("districts").set({ name: "None" }).where("id", "=", "absent").execute();
    await db.deleteFrom("plans").where("id", "=", "absent").execute();
    await db
      .updateTable("districts")
      .set({ name: "None" })
      .where("id", "=", "absent")
      .returning("id")
      .execute();
    await db
      .insertInto("districts")
      .values({ ...district, name: "A copy", source_id: null, created_at: "2026-01-01" })
      .onConflict((conflict) => conflict.column("id").doNothing())
      .execute();
    expect(changes.current()).toBe(before);

    await db
      .updateTable("districts")
      .set({ name: "Renamed" })
      .where("id", "=", district.id)
      .returning("id")
      .execute();
    expect(changes.current()).not.toBe(before);
  });
});

describe("which queries may change a page", () => {
  const compiled = (text: string) => CompiledQuery.raw(text);

  it("reads no, writes and unknown statements yes", () => {
    expect(mayChangePages(compiled("select 1"))).toBe(false);
    expect(mayChangePages(compiled("with x as (select 1) select * from x"))).toBe(false);
    expect(mayChangePages(compiled("delete from plans"))).toBe(true);
    expect(mayChangePages(compiled("with x as (delete from plans returning id) select 1"))).toBe(
      true,
    );
    expect(mayChangePages(compiled("select 1; delete from plans"))).toBe(true);
    expect(mayChangePages(compiled("PRAGMA foreign_keys = OFF"))).toBe(true);
  });
});
