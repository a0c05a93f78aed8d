import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../src/db/connection.ts";
import type { PlanStage } from "../../src/db/schema.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { createClassroom, createDistrict, createPlan } from "../support/factories.ts";
import { eventsOf, planRow } from "../support/plans.ts";

type Classroom = Awaited<ReturnType<typeof createClassroom>>;

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

  it("a district from before the tree of orgs gets an empty one, for its own orgs", async () => {
    database = await freshDatabase(dialect, { upTo: "017-audit-filters" });
    const district = await createDistrict(database.db);

    await migrateToLatest(database);

    expect(await database.db.selectFrom("roster_orgs").selectAll().execute()).toEqual([]);
    const org = { source_id: "dep-1", type: "department", name: "Math", last_import_id: "i-1" };
    await database.db
      .insertInto("roster_orgs")
      .values({ ...org, district_id: district.id, parent_source_id: "sch-1" })
      .execute();
    const nobodys = database.db
      .insertInto("roster_orgs")
      .values({ ...org, district_id: "no-such-district", parent_source_id: null })
      .execute();
    await expect(nobodys).rejects.toThrow(/foreign key/i);
  });
});

describe.each(dialects)("one open plan per student on %s", (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  async function planStartedOn(db: TestDatabase, room: Classroom, day: string, stage?: PlanStage) {
    const plan = await createPlan(db.db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
      ...(stage ? { stage } : {}),
    });
    const createdAt = `${day}T12:00:00.000Z`;
    await db.db
      .updateTable("plans")
      .set({ created_at: createdAt })
      .where("id", "=", plan.id)
      .execute();

    return plan.id;
  }

  it("a student left with two open plans keeps the newest; the older closes with a reason", async () => {
    database = await freshDatabase(dialect, { upTo: "013-form-tokens" });
    const room = await createClassroom(database.db);
    const lastYear = await planStartedOn(database, room, "2024-09-02", "closed");
    const older = await planStartedOn(database, room, "2025-03-10");
    const newer = await planStartedOn(database, room, "2025-03-11");
    const other = await createClassroom(database.db);
    const alone = await planStartedOn(database, other, "2025-03-09");

    await migrateToLatest(database);

    const stages = await database.db
      .selectFrom("plans")
      .select(["id", "stage", "version"])
      .where("id", "in", [lastYear, older, newer, alone])
      .execute();
    const byId = new Map(stages.map((plan) => [plan.id, plan]));
    expect(byId.get(newer)).toMatchObject({ stage: "draft", version: 1 });
    expect(byId.get(older)).toMatchObject({ stage: "closed", version: 2 });
    expect(byId.get(alone)).toMatchObject({ stage: "draft", version: 1 });
    expect((await planRow(database.db, older)).closed_at).not.toBeNull();
    const history = await eventsOf(database.db, older);
    expect(history.map((event) => [event.kind, event.actor_id])).toEqual([["plan.closed", null]]);
    expect(JSON.parse(history[0]?.summary ?? "")).toEqual({
      reason: "secondOpenPlan",
      keptPlanId: newer,
    });
    expect(await eventsOf(database.db, newer)).toEqual([]);
  });

  it("the database refuses a second open plan for a student but keeps any closed ones", async () => {
    database = await freshDatabase(dialect);
    const room = await createClassroom(database.db);
    await planStartedOn(database, room, "2024-09-02", "closed");
    await planStartedOn(database, room, "2025-09-02", "closed");
    await planStartedOn(database, room, "2026-09-01", "agreed");

    await expect(planStartedOn(database, room, "2026-09-02")).rejects.toThrow(/unique/i);
  });
});
