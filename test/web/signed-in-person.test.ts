import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { eventually } from "../support/eventually.ts";
import { createClassroom } from "../support/factories.ts";

/** Counts the queries that read a signed-in person, to tell a kept person from a fresh read. */
function countPersonReads(testApp: TestApp) {
  const reads = { count: 0 };
  const executor = testApp.db.getExecutor();
  const execute = executor.executeQuery.bind(executor);
  executor.executeQuery = ((query, ...rest) => {
    if (/from "people" where "auth_user_id" =/.test(query.sql)) reads.count += 1;
    return execute(query, ...rest);
  }) as typeof executor.executeQuery;

  return reads;
}

describe.each(dialects)("the signed-in person of each request, on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("is read once while nothing changes, and again after any change", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);
    const reads = countPersonReads(testApp);

    await testApp.request("/students", { cookie });
    await testApp.request("/account", { cookie });
    await testApp.request("/students", { cookie });
    expect(reads.count).toBe(1);

    await sql`update people set preferred_name = 'Ms K' where id = ${room.teacher.id}`.execute(
      testApp.db,
    );
    await testApp.request("/account", { cookie });
    expect(reads.count).toBe(2);
  });

  it("a person deactivated by another process is signed out at once", async () => {
    testApp = await createTestApp(dialect);
    const room = await createClassroom(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);
    expect((await testApp.request("/students", { cookie })).status).toBe(200);
    expect((await testApp.request("/students", { cookie })).status).toBe(200);

    const other = openDatabase({
      dataDir: testApp.database.dataDir,
      databaseUrl: testApp.database.databaseUrl,
    });
    try {
      await sql`update people set active = 0 where id = ${room.teacher.id}`.execute(other.db);
    } finally {
      await other.close();
    }

    await eventually(async () => {
      const answer = await testApp.request("/students", { cookie });
      return answer.status !== 200;
    });
    if (dialect === "sqlite") {
      // SQLite sees the other connection's commit on the very next request.
      expect((await testApp.request("/students", { cookie })).status).not.toBe(200);
    }
  });
});
