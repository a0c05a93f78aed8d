import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import { insertAuditEntry, tombstoneStudent } from "../../db/audit-store.ts";
import type { DialectName } from "../../db/connection.ts";
import { auditTombstone } from "../../db/migrations/008-audit-and-retention.ts";
import {
  compactSqlite,
  deleteEmailsAbout,
  deleteVerificationsFor,
  deleteWhereIn,
  type ForeignKey,
  findStudentRecord,
  importReportsMentioning,
  listForeignKeys,
  listTables,
  plansOfStudent,
  replaceImportReport,
  statementsOfPlans,
  valuesWhereIn,
} from "../../db/records-store.ts";
import { holdRosterWrites } from "../../db/roster-lock.ts";
import type { Database } from "../../db/schema.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeStudent } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { invalidForm, parseForm } from "../forms/parse-form.ts";

/*
 * A student's records deleted on request. Every row about the student goes in one transaction:
 * the person row and every row that references it, then every row referencing those, and so on,
 * following the database's foreign keys (plans, statements, comments, conference notes,
 * meetings, check-ins, identity answers, sign-in cards, family links, ...). Then what has no
 * foreign key to them: emails to or about them, better-auth's account rows, mentions in roster
 * import reports. The audit trail keeps counts only; its earlier entries about the student get
 * the tombstone instead of ids. On SQLite the file is then compacted, so the text does not stay
 * behind in free pages.
 */

export interface DeleteDeps {
  db: Kysely<Database>;
  dialect: DialectName;
  clock: Clock;
}

const confirmation = z.object({ confirmName: z.string().trim().min(1).max(400) });

/** The name to type: given and family name, as the roster has them. */
export const nameToConfirm = (student: { given_name: string; family_name: string }) =>
  `${student.given_name.trim()} ${student.family_name.trim()}`;

const sameName = (typed: string, expected: string) => {
  const normal = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

  return normal(typed) === normal(expected);
};

/** How many rows of each table the app holds about the student, for the confirmation page. */
export async function countStudentRecords(deps: DeleteDeps, actor: Actor, studentId: string) {
  await authorizeStudent(deps.db, actor, studentId, "deleteStudent");
  const student = await findStudentRecord(deps.db, actor.districtId, studentId);
  const plans = await plansOfStudent(deps.db, actor.districtId, studentId);
  const statements = await statementsOfPlans(
    deps.db,
    plans.map((plan) => plan.id),
  );

  return {
    name: student ? nameToConfirm(student) : "",
    plans: plans.length,
    statements: statements.length,
  };
}

export async function deleteStudentRecords(
  deps: DeleteDeps,
  actor: Actor,
  studentId: string,
  input: unknown,
): Promise<Record<string, number>> {
  await authorizeStudent(deps.db, actor, studentId, "deleteStudent");
  const student = await findStudentRecord(deps.db, actor.districtId, studentId);
  if (!student) throw notFound(`student ${studentId}`);
  const labels = { confirmName: "records.delete.name" } as const;
  const { confirmName } = parseForm(confirmation, input, { locale: actor.locale, labels });
  if (!sameName(confirmName, nameToConfirm(student))) {
    const t = translator(actor.locale);
    const message = t("records.problem.nameMismatch", { field: t(labels.confirmName) });
    throw invalidForm(t, [{ field: "confirmName", message }]);
  }

  const counts = await deps.db.transaction().execute(async (trx) => {
    // After any import that is writing: its rows may refer to the student.
    await holdRosterWrites(trx);
    const plans = await plansOfStudent(trx, actor.districtId, studentId);
    const planIds = plans.map((plan) => plan.id);
    const keys = await listForeignKeys(trx, deps.dialect);
    const deleted = await deleteReferencing(trx, keys, {
      table: "people",
      column: "id",
      values: [studentId],
    });
    await deleteOutsideForeignKeys(trx, { deps, keys, student, planIds, deleted });

    await tombstoneStudent(trx, {
      districtId: actor.districtId,
      studentId,
      planIds,
      tombstone: auditTombstone,
    });
    await insertAuditEntry(trx, {
      district_id: actor.districtId,
      actor_id: actor.personId,
      actor_role: actor.role,
      action: "student.deleted",
      route: null,
      plan_id: null,
      student_id: auditTombstone,
      client_address: actor.clientAddress ?? null,
      details: JSON.stringify(deleted),
      created_at: isoNow(deps.clock),
    });
    return deleted;
  });
  if (deps.dialect === "sqlite") await compactSqlite(deps.db);

  return counts;
}

type StudentRow = NonNullable<Awaited<ReturnType<typeof findStudentRecord>>>;

async function deleteOutsideForeignKeys(
  trx: Kysely<Database>,
  context: {
    deps: DeleteDeps;
    keys: ForeignKey[];
    student: StudentRow;
    planIds: string[];
    deleted: Record<string, number>;
  },
) {
  const { student, deleted } = context;
  const names = [nameToConfirm(student), `${student.preferred_name ?? ""} ${student.family_name}`];
  const add = (table: string, count: number) => {
    if (count > 0) deleted[table] = (deleted[table] ?? 0) + count;
  };

  add(
    "outbox_emails",
    await deleteEmailsAbout(trx, {
      addresses: student.email ? [student.email] : [],
      texts: [...context.planIds, student.id, ...names.filter((name) => name.trim().includes(" "))],
    }),
  );

  const tables = await listTables(trx, context.deps.dialect);
  if (student.auth_user_id && tables.includes("auth_user")) {
    const auth = await deleteReferencing(trx, context.keys, {
      table: "auth_user",
      column: "id",
      values: [student.auth_user_id],
    });
    for (const [table, count] of Object.entries(auth)) add(table, count);
  }
  if (student.email && tables.includes("auth_verification")) {
    add("auth_verification", await deleteVerificationsFor(trx, student.email));
  }

  await redactImportReports(trx, student, names);
}

/** Import reports keep rows that had problems; the student's mentions become the tombstone. */
async function redactImportReports(trx: Kysely<Database>, student: StudentRow, names: string[]) {
  const mentions = [student.id, student.source_id ?? "", student.email ?? "", ...names].filter(
    (text) => text.trim().length >= 3,
  );
  const reports = await importReportsMentioning(trx, student.district_id, mentions);
  for (const report of reports) {
    let text = report.report;
    for (const mention of mentions) text = text.replaceAll(mention, auditTombstone);
    await replaceImportReport(trx, report.id, text);
  }
}

interface Seed {
  table: string;
  column: string;
  values: string[];
}

/**
 * Deletes the seed rows and everything that references them, transitively. Rows are found
 * breadth first, then deleted table by table, every table after the tables that reference it
 * (deletionOrder): a row can be found by two paths (an identity answer through its check and
 * through its plan), so the order of finding alone deleted a check before its answers.
 */
async function deleteReferencing(trx: Kysely<Database>, keys: ForeignKey[], seed: Seed) {
  const steps: { table: string; where: string; values: string[] }[] = [
    { table: seed.table, where: seed.column, values: seed.values },
  ];
  const seen = new Map<string, Set<string>>([
    [`${seed.table}.${seed.column}`, new Set(seed.values)],
  ]);
  const queue: Seed[] = [seed];

  for (let next = queue.shift(); next; next = queue.shift()) {
    const parent = next;
    for (const key of keys) {
      if (key.refTable !== parent.table || key.refColumn !== parent.column) continue;
      steps.push({ table: key.table, where: key.column, values: parent.values });
      for (const column of referencedColumns(keys, key.table)) {
        const found = await valuesWhereIn(trx, {
          table: key.table,
          select: column,
          where: key.column,
          values: parent.values,
        });
        const known = seen.get(`${key.table}.${column}`) ?? new Set<string>();
        const fresh = [...new Set(found)].filter((value) => !known.has(value));
        if (fresh.length === 0) continue;
        for (const value of fresh) known.add(value);
        seen.set(`${key.table}.${column}`, known);
        queue.push({ table: key.table, column, values: fresh });
      }
    }
  }

  const deleted: Record<string, number> = {};
  for (const step of deletionOrder(steps.reverse(), keys)) {
    const count = await deleteWhereIn(trx, step);
    if (count > 0) deleted[step.table] = (deleted[step.table] ?? 0) + count;
  }

  return deleted;
}

/**
 * The steps ordered so that a table's rows go only once every table referencing it is done (a
 * referencing row gone before the row it points at). Steps of one table keep their order; a
 * loop of references between tables, if one ever comes, keeps the order of finding reversed.
 */
function deletionOrder<Step extends { table: string }>(steps: Step[], keys: ForeignKey[]) {
  const tables = [...new Set(steps.map((step) => step.table))];
  const referencing = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const key of keys) {
    if (key.table === key.refTable || !referencing.has(key.table)) continue;
    referencing.get(key.refTable)?.add(key.table);
  }
  const order: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    const ready = [...left].find((table) =>
      [...(referencing.get(table) ?? [])].every((other) => !left.has(other)),
    );
    const next = ready ?? ([...left][0] as string);
    order.push(next);
    left.delete(next);
  }

  return order.flatMap((table) => steps.filter((step) => step.table === table));
}

/** The columns of a table that other tables' foreign keys point at (usually its id). */
function referencedColumns(keys: ForeignKey[], table: string): string[] {
  return [...new Set(keys.filter((key) => key.refTable === table).map((key) => key.refColumn))];
}
