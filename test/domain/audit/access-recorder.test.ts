import { afterEach, describe, expect, it, vi } from "vitest";
import { accessRecorder } from "../../../src/domain/audit/record-access.ts";
import { dialects, freshDatabase, type TestDatabase } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";
import { startClassroomPlan } from "../../support/plans.ts";

const clock = () => new Date("2026-12-04T10:00:00Z");

describe.each(dialects)("recording plan views together, on %s", (dialect) => {
  let database: TestDatabase;
  afterEach(async () => {
    await database?.drop();
  });

  it("views that finish at once are each written, with their plan's student", async () => {
    database = await freshDatabase(dialect);
    const room = await startClassroomPlan({ db: database.db, clock });
    const record = accessRecorder({ db: database.db, clock });
    const view = (planId: string) =>
      record({
        actor: actorFor(room.teacher),
        method: "GET",
        route: "/plans/:planId",
        path: `/plans/${planId}`,
        clientAddress: "127.0.0.1",
      });

    const inserts = vi.spyOn(database.db, "insertInto");
    const written = await Promise.all([
      ...Array.from({ length: 20 }, () => view(room.planId)),
      view("no-such-plan"),
      record({
        actor: actorFor(room.teacher),
        method: "POST",
        route: "/students/:studentId/plans",
        path: `/students/${room.student.id}/plans`,
        clientAddress: "127.0.0.1",
      }),
    ]);

    expect(written).toEqual([...Array.from({ length: 20 }, () => true), false, true]);
    // Requests of one turn of the event loop share one insert, the first one's included.
    expect(inserts).toHaveBeenCalledTimes(1);
    const entries = await database.db
      .selectFrom("audit_entries")
      .select(["plan_id", "student_id", "action", "actor_id"])
      .execute();
    expect(entries).toHaveLength(21);
    const views = entries.filter((entry) => entry.action === "view");
    expect(views).toHaveLength(20);
    for (const entry of views) {
      expect(entry).toEqual({
        plan_id: room.planId,
        student_id: room.student.id,
        action: "view",
        actor_id: room.teacher.id,
      });
    }
    expect(entries.filter((entry) => entry.action === "change")).toEqual([
      { plan_id: null, student_id: room.student.id, action: "change", actor_id: room.teacher.id },
    ]);
  });

  it("a request about nothing of a student's writes nothing", async () => {
    database = await freshDatabase(dialect);
    const room = await startClassroomPlan({ db: database.db, clock });
    const record = accessRecorder({ db: database.db, clock });

    const written = await record({
      actor: actorFor(room.teacher),
      method: "GET",
      route: "/students",
      path: "/students",
      clientAddress: "127.0.0.1",
    });

    expect(written).toBe(false);
    expect(await database.db.selectFrom("audit_entries").selectAll().execute()).toEqual([]);
  });
});
