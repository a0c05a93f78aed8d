import { type Kysely, sql } from "kysely";

type Db = Kysely<unknown>;

/*
 * A student has one open plan at a time. The services checked it before writing, but two
 * starts at the same moment (a whole class and one of its students, on PostgreSQL) could both
 * find none and write two. From here the database holds the rule: a partial unique index, which
 * SQLite and PostgreSQL both enforce, and which the services name as the arbiter of their
 * inserts (src/db/plan-store.ts).
 *
 * A student who already has two open plans keeps the newest, the one the student list and the
 * plan links have been showing, so the plan people worked on stays open. Each older one is
 * closed with a line in its history saying why; it stays readable as a record. Its meetings are
 * not cancelled by email, as when a school year is closed.
 */
export function oneOpenPlanMigration() {
  return {
    async up(db: Db) {
      await closeSecondOpenPlans(db, new Date().toISOString());
      await db.schema
        .createIndex("plans_one_open_per_student")
        .on("plans")
        .column("student_id")
        .unique()
        .where(sql.ref("stage"), "<>", sql.lit("closed"))
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropIndex("plans_one_open_per_student").ifExists().execute();
    },
  };
}

interface OpenPlan {
  id: string;
  district_id: string;
  student_id: string;
}

async function closeSecondOpenPlans(db: Db, now: string) {
  // Newest first, ties by id as the student list orders them: the first of a student is kept.
  const { rows } = await sql<OpenPlan>`
    select id, district_id, student_id from plans
    where stage <> 'closed'
      and student_id in (
        select student_id from plans where stage <> 'closed'
        group by student_id having count(*) > 1
      )
    order by student_id, created_at desc, id`.execute(db);

  const kept = new Map<string, string>();
  for (const plan of rows) {
    const keptPlanId = kept.get(plan.student_id);
    if (keptPlanId === undefined) kept.set(plan.student_id, plan.id);
    else await closeSecondOpenPlan(db, { plan, keptPlanId, now });
  }
}

async function closeSecondOpenPlan(
  db: Db,
  close: { plan: OpenPlan; keptPlanId: string; now: string },
) {
  const { plan, keptPlanId, now } = close;
  await sql`
    update plans
    set stage = 'closed', closed_at = ${now}, updated_at = ${now}, version = version + 1
    where id = ${plan.id}`.execute(db);

  // The plan page's history tells this close apart by its reason (src/web/views/plan-history.ts).
  const details = JSON.stringify({ reason: "secondOpenPlan", keptPlanId });
  const historyLine = sql`
    insert into plan_events (district_id, plan_id, actor_id, kind, summary, created_at)
    values (${plan.district_id}, ${plan.id}, ${null}, 'plan.closed', ${details}, ${now})`;
  await historyLine.execute(db);
}
