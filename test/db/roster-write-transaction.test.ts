import fs from "node:fs";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { checkpointsSettled } from "../../src/db/background-checkpoint.ts";
import { changeChannel } from "../../src/db/change-watch.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { BrokenReferenceError, inWriteTransaction } from "../../src/db/roster-store.ts";
import type { Database } from "../../src/db/schema.ts";
import { deleteStudentRecords } from "../../src/domain/records/delete-student-records.ts";
import { adminQuery, dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { actorFor, createClassroom, createDistrict, enroll } from "../support/factories.ts";

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

  /** Writes a person's school for nobody at no school, as an import of this many rows. */
  async function writeBrokenLink(rows: number) {
    database = await freshDatabase(dialect);
    const district = await createDistrict(database.db);

    return inWriteTransaction(database.db, { rows }, async (trx) => {
      await trx
        .insertInto("person_schools")
        .values({ person_id: "nobody", school_id: "nowhere", district_id: district.id })
        .execute();
    });
  }

  it("a written row whose reference is missing fails the whole write", async () => {
    await expect(writeBrokenLink(500)).rejects.toThrow(/person_schools/);

    const links = await database.db.selectFrom("person_schools").selectAll().execute();
    expect(links).toEqual([]);
  });

  it("a large import's missing reference is found by the check before the commit", async () => {
    const broken = writeBrokenLink(50_000);

    await expect(broken).rejects.toThrow(BrokenReferenceError);
    await expect(broken).rejects.toThrow(
      /person_schools refers to a missing row of (people|schools)/,
    );
    const links = await database.db.selectFrom("person_schools").selectAll().execute();
    expect(links).toEqual([]);
  });

  it("a large import's family link to a missing student names the link, not a sibling", async () => {
    database = await freshDatabase(dialect);
    const room = await createClassroom(database.db);
    const { district } = room;
    const link = { guardian_id: room.student.id, student_id: "nobody", district_id: district.id };

    // People are the parent of enrollments, people's schools and links: one check reads them.
    const broken = inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
      await trx
        .insertInto("guardian_links")
        .values({ id: "link-1", ...link, active: 1, created_at: "2026", updated_at: "2026" })
        .execute();
    });

    await expect(broken).rejects.toThrow(/guardian_links refers to a missing row of people/);
    const links = database.db.selectFrom("guardian_links").select("id").where("id", "=", "link-1");
    expect(await links.execute()).toEqual([]);
  });

  it("a large import's org of a missing district is found before the commit", async () => {
    database = await freshDatabase(dialect);
    const org = { source_id: "dep-1", type: "department", name: "Math", parent_source_id: null };

    const broken = inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
      await trx
        .insertInto("roster_orgs")
        .values({ ...org, district_id: "nowhere", last_import_id: "i-1" })
        .execute();
    });

    await expect(broken).rejects.toThrow(/roster_orgs refers to a missing row of districts/);
    expect(await database.db.selectFrom("roster_orgs").selectAll().execute()).toEqual([]);
  });
});

async function replicationRole(db: Db) {
  const { rows } = await sql<{ role: string }>`
    select current_setting('session_replication_role') as role`.execute(db);
  return rows[0]?.role;
}

describe("a large import on postgres", () => {
  let database: TestDatabase;
  let role: string | undefined;
  afterEach(async () => {
    await database?.drop();
    if (role) await adminQuery(`DROP ROLE IF EXISTS ${role}`);
    role = undefined;
  });

  it("writes without per-row reference checks, and only inside its transaction", async () => {
    database = await freshDatabase("postgres");

    const large = await inWriteTransaction(database.db, { rows: 50_000 }, replicationRole);
    const small = await inWriteTransaction(database.db, { rows: 500 }, replicationRole);

    expect(large).toBe("replica");
    expect(small).toBe("origin");
    expect(await replicationRole(database.db)).toBe("origin");
  });

  it("tells the other app processes of its change, as the triggers it skipped would", async () => {
    database = await freshDatabase("postgres");
    const listener = new pg.Client({ connectionString: database.databaseUrl });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on("notification", (notice) => heard.push(notice.channel));
      await listener.query(`LISTEN ${changeChannel}`);

      await inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
        await createDistrict(trx, { name: "Imported" });
      });
      await expect.poll(() => heard).toContain(changeChannel);
    } finally {
      await listener.end();
    }
  });

  it("and a deletion of a student's records take turns: neither fails the other", async () => {
    database = await freshDatabase("postgres");
    const room = await createClassroom(database.db);
    const deps = { db: database.db, dialect: "postgres" as const, clock: () => new Date() };
    let deletion: Promise<unknown> | undefined;
    let deletedDuringImport = false;

    await inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
      // The import refers to the student in a row only it can see yet.
      await enroll(trx, { classId: room.klass.id, person: room.student, role: "student" });
      deletion = deleteStudentRecords(deps, actorFor(room.administrator), room.student.id, {
        confirmName: `${room.student.givenName} ${room.student.familyName}`,
      }).then(() => {
        deletedDuringImport = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });

    expect(deletedDuringImport).toBe(false);
    await deletion;
    const left = await database.db
      .selectFrom("enrollments")
      .select("id")
      .where("person_id", "=", room.student.id)
      .execute();
    expect(left).toEqual([]);
  });

  it("by a role that may not skip the checks keeps them, and still writes", async () => {
    database = await freshDatabase("postgres");
    role = `maps_importer_${Date.now().toString(36)}`;
    await adminQuery(`CREATE ROLE ${role} LOGIN`);
    await sql`grant all on all tables in schema public to ${sql.id(role)}`.execute(database.db);
    const url = new URL(database.databaseUrl ?? "");
    url.username = role;
    const importer = openDatabase({ dataDir: database.dataDir, databaseUrl: url.toString() });
    try {
      const seen = await inWriteTransaction(importer.db, { rows: 50_000 }, async (trx) => {
        await createDistrict(trx, { name: "Imported" });
        return replicationRole(trx);
      });

      expect(seen).toBe("origin");
      const districts = await database.db.selectFrom("districts").select("name").execute();
      expect(districts).toEqual([{ name: "Imported" }]);
    } finally {
      await importer.close();
    }
  });
});

describe("the log of a large import on sqlite", () => {
  let database: TestDatabase;
  afterEach(async () => {
    await database?.drop();
  });

  async function pagesBeforeCheckpoint(db: Db) {
    const { rows } = await sql<{ wal_autocheckpoint: number }>`
      pragma wal_autocheckpoint`.execute(db);
    return rows[0]?.wal_autocheckpoint;
  }

  async function databaseFileSize(db: Db) {
    const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
    const file = rows.find((row) => row.name === "main")?.file ?? "";
    return fs.statSync(file).size;
  }

  it("is copied into the database file by a worker thread, not by the committing connection", async () => {
    database = await freshDatabase("sqlite");
    const sizeBefore = await databaseFileSize(database.db);
    // About 6 MB of rows: past the 1,000 pages at which the connection would copy the log itself.
    const names = Array.from({ length: 3000 }, (_, n) => `District ${n} ${"x".repeat(2000)}`);

    await inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
      for (const name of names) await createDistrict(trx, { name });
    });

    // Right after the commit the log still holds the rows, and the connection leaves it be.
    expect(await pagesBeforeCheckpoint(database.db)).toBe(0);
    expect(await databaseFileSize(database.db)).toBeLessThan(sizeBefore + 1_000_000);

    await checkpointsSettled();
    expect(await pagesBeforeCheckpoint(database.db)).toBe(1000);
    expect(await databaseFileSize(database.db)).toBeGreaterThan(sizeBefore + 6_000_000);
    const count = await database.db
      .selectFrom("districts")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    expect(Number(count.count)).toBe(3000);
  });

  it("of a failed import leaves the connection copying its log as usual", async () => {
    database = await freshDatabase("sqlite");

    const failing = inWriteTransaction(database.db, { rows: 50_000 }, async (trx) => {
      await createDistrict(trx, { name: "Half written" });
      throw new Error("disk full");
    });

    await expect(failing).rejects.toThrow("disk full");
    expect(await pagesBeforeCheckpoint(database.db)).toBe(1000);
  });

  it("of a small import is copied by the committing connection as before", async () => {
    database = await freshDatabase("sqlite");

    await inWriteTransaction(database.db, { rows: 500 }, async (trx) => {
      await createDistrict(trx, { name: "Small" });
    });

    expect(await pagesBeforeCheckpoint(database.db)).toBe(1000);
  });
});
