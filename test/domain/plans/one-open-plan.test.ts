import {
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  SelectQueryNode,
  sql,
  TableNode,
  type UnknownRow,
} from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/connection.ts";
import type { Database } from "../../../src/db/schema.ts";
import { startPlansForClass } from "../../../src/domain/next-year/start-plans-for-class.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { eventually } from "../../support/eventually.ts";
import {
  actorFor,
  createClassroom,
  createPlan,
  createStudent,
  enroll,
  type Person,
} from "../../support/factories.ts";
import { eventsOf, planDeps } from "../../support/plans.ts";

/*
 * A student has one open plan at a time, and the database holds the rule (migration 014). Two
 * starts at the same moment both find no open plan; the second to write must give way and end
 * as "already has a plan", never as an error or a second open plan.
 */

type Db = Kysely<Database>;

async function classOf(db: Db, size: number) {
  const room = await createClassroom(db);
  const students: Person[] = [room.student];
  for (let index = 1; index < size; index += 1) {
    const student = await createStudent(db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    await enroll(db, { classId: room.klass.id, person: student, role: "student" });
    students.push(student);
  }

  return { ...room, students };
}

async function openPlansOf(db: Db, studentIds: string[]) {
  return db
    .selectFrom("plans")
    .select(["id", "student_id"])
    .where("student_id", "in", studentIds)
    .where("stage", "!=", "closed")
    .execute();
}

/**
 * The service's first look for open plans comes back as if none were there yet: what it sees
 * when another transaction writes the student's plan just after the look.
 */
function lookingTooSoon(db: Db): Db {
  let looked = false;
  const blinded = new WeakSet<object>();
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      if (!looked && looksForOpenPlans(node)) {
        looked = true;
        blinded.add(queryId);
      }
      return node;
    },
    async transformResult({ result, queryId }: PluginTransformResultArgs) {
      return blinded.has(queryId) ? noOpenPlans(result) : result;
    },
  };

  return db.withPlugin(plugin);
}

function looksForOpenPlans(node: RootOperationNode) {
  if (!SelectQueryNode.is(node)) return false;

  const froms = node.from?.froms ?? [];
  const tables = froms.map((from) => (TableNode.is(from) ? from.table.identifier.name : ""));
  const selections = JSON.stringify(node.selections ?? []);
  return tables.includes("plans") || selections.includes("hasOpenPlan");
}

function noOpenPlans(result: QueryResult<UnknownRow>): QueryResult<UnknownRow> {
  const hidden = result.rows
    .filter((row) => "hasOpenPlan" in row)
    .map((row) => ({ ...row, hasOpenPlan: 0 }));

  return { ...result, rows: hidden };
}

describe.each(dialects)("one open plan per student on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("a teacher starting a plan just after the class's plans were written opens that plan", async () => {
    const room = await classOf(database.db, 2);
    const student = room.students[1] ?? room.student;
    const forClass = await startPlansForClass(
      planDeps(database.db),
      actorFor(room.teacher),
      room.klass.id,
    );

    const started = await startPlan(planDeps(lookingTooSoon(database.db)), actorFor(room.teacher), {
      studentId: student.id,
    });

    const open = await openPlansOf(database.db, [student.id]);
    expect(forClass).toMatchObject({ started: 2, skipped: 0 });
    expect(open).toHaveLength(1);
    expect(started).toEqual({ planId: open[0]?.id, started: false });
  });

  it("a class started just after one student's plan counts that student as having one", async () => {
    const room = await classOf(database.db, 3);
    const student = room.students[2] ?? room.student;
    const single = await startPlan(planDeps(database.db), actorFor(room.teacher), {
      studentId: student.id,
    });

    const forClass = await startPlansForClass(
      planDeps(lookingTooSoon(database.db)),
      actorFor(room.administrator),
      room.klass.id,
    );

    expect(forClass).toMatchObject({ started: 2, skipped: 1 });
    const open = await openPlansOf(
      database.db,
      room.students.map((one) => one.id),
    );
    expect(open).toHaveLength(3);
    expect(open.filter((plan) => plan.student_id === student.id)).toEqual([
      { id: single.planId, student_id: student.id },
    ]);
    expect(await eventsOf(database.db, single.planId)).toHaveLength(1);
  });
});

describe("plans started at the same moment on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase("postgres");
  });
  afterAll(async () => {
    await database.drop();
  });

  /** Waits until another connection of this database waits on a row lock (a unique key). */
  async function someoneWaits() {
    await eventually(async () => {
      const { rows } = await sql<{ waiting: number }>`
        select count(*)::int as waiting from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`.execute(database.db);
      return (rows[0]?.waiting ?? 0) > 0;
    });
  }

  it("a plan started while a class's plans are being written opens the class's plan", async () => {
    const room = await classOf(database.db, 1);
    const writing = await database.db.startTransaction().execute();
    const forClass = await createPlan(writing, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });

    const starting = startPlan(planDeps(database.db), actorFor(room.teacher), {
      studentId: room.student.id,
    });
    await someoneWaits();
    await writing.commit().execute();

    expect(await starting).toEqual({ planId: forClass.id, started: false });
    expect(await openPlansOf(database.db, [room.student.id])).toHaveLength(1);
  });

  it("a class started while one student's plan is being written skips that student", async () => {
    const room = await classOf(database.db, 3);
    const student = room.students[1] ?? room.student;
    const writing = await database.db.startTransaction().execute();
    await createPlan(writing, { student, schoolId: room.school.id, startedBy: room.teacher });

    const starting = startPlansForClass(
      planDeps(database.db),
      actorFor(room.teacher),
      room.klass.id,
    );
    await someoneWaits();
    await writing.commit().execute();

    expect(await starting).toMatchObject({ started: 2, skipped: 1 });
    const open = await openPlansOf(
      database.db,
      room.students.map((one) => one.id),
    );
    expect(open).toHaveLength(3);
  });

  it("a class and one of its students started at once, again and again, give one plan each", async () => {
    const other = openDatabase({ dataDir: database.dataDir, databaseUrl: database.databaseUrl });
    try {
      for (let round = 0; round < 40; round += 1) {
        const room = await classOf(database.db, 4);
        const student = room.students[round % 4] ?? room.student;

        const [forClass, single] = await Promise.all([
          startPlansForClass(planDeps(database.db), actorFor(room.teacher), room.klass.id),
          startPlan(planDeps(other.db), actorFor(room.teacher), { studentId: student.id }),
        ]);

        const open = await openPlansOf(
          database.db,
          room.students.map((one) => one.id),
        );
        expect(open).toHaveLength(4);
        expect(new Set(open.map((plan) => plan.student_id)).size).toBe(4);
        expect(forClass.started + forClass.skipped).toBe(4);
        expect(forClass.started + (single.started ? 1 : 0)).toBe(4);
        expect(open.filter((plan) => plan.student_id === student.id)[0]?.id).toBe(single.planId);
      }
    } finally {
      await other.close();
    }
  });
});
