import { type Kysely, sql } from "kysely";
import { changeChannel } from "./change-watch.ts";
import type { Database } from "./schema.ts";

/*
 * A large roster import writes its rows without the databases' per-row foreign key checks and
 * checks every reference of the tables it wrote in one pass before its commit instead. Per row,
 * each enrollment looks up (and on PostgreSQL locks) its person, class and district: on SQLite
 * that tripled a district's import; on PostgreSQL it was 12 of the server's 17 seconds for a
 * 100,000-student district, where one pass over the written tables takes about one. A broken
 * reference still fails the import, and nothing is stored.
 *
 * Checking after the fact is as safe as checking per row because no parent can go between the
 * check and the commit: districts, schools and classes are never deleted (made inactive), and
 * the one deletion of a person, a student's records deleted on request, waits for the import's
 * commit (roster-lock.ts).
 */

type Db = Kysely<Database>;

/** Tables the import writes that have references to check, children after their parents. */
export const referencingTables = [
  "schools",
  "roster_orgs",
  "people",
  "person_schools",
  "classes",
  "enrollments",
  "guardian_links",
] as const;

/** A reference the checks would have refused, found after the fact: the import is undone. */
export class BrokenReferenceError extends Error {
  constructor(table: string, parent: string) {
    super(`a row of ${table} refers to a missing row of ${parent}`);
    this.name = "BrokenReferenceError";
  }
}

export async function checkSqliteReferences(db: Db) {
  for (const table of referencingTables) {
    const { rows } = await sql<{ table: string; parent: string }>`
      pragma foreign_key_check(${sql.raw(table)})`.execute(db);
    const [broken] = rows;
    if (broken) throw new BrokenReferenceError(broken.table, broken.parent);
  }
}

/**
 * Whether this PostgreSQL connection may write without the per-row checks: only a role that may
 * set `session_replication_role` can (a superuser, or from PostgreSQL 15 a role granted
 * `SET ON PARAMETER session_replication_role`). Any other role keeps the per-row checks.
 */
export async function mayDeferPostgresChecks(db: Db) {
  const { rows } = await sql<{ superuser: boolean; version: number }>`
    select current_setting('is_superuser') = 'on' as superuser,
      current_setting('server_version_num')::int as version`.execute(db);
  const [role] = rows;
  if (!role) return false;
  if (role.superuser) return true;
  if (role.version < 150_000) return false;

  const granted = await sql<{ may: boolean }>`
    select has_parameter_privilege('session_replication_role', 'SET') as may`.execute(db);
  return granted.rows[0]?.may === true;
}

/**
 * Switches this transaction's triggers off, the per-row foreign key checks among them, until
 * `checkPostgresReferences`. It also stops migration 011's change notices: that check sends one.
 */
export async function deferPostgresChecks(db: Db) {
  await sql`set local session_replication_role = replica`.execute(db);
}

/**
 * Turns the triggers back on, checks every reference of the written tables, tells the others.
 * References to the same parent are checked in one statement, so the parent is read and hashed
 * once: people are the parent of four references, a quarter of a district's import's last
 * second on its own. No `limit 1`: with it PostgreSQL looks rows up one by one in the index
 * instead (five times slower when nothing is missing, which is the case to be fast for).
 */
export async function checkPostgresReferences(db: Db) {
  await sql`set local session_replication_role = origin`.execute(db);
  for (const group of byParent(await postgresReferences(db))) {
    const [first] = group;
    if (!first) continue;
    const parent = sql.id(first.parentSchema, first.parent);
    const keys = first.keys.map((_key, at) => sql.id(`k${at}`));
    const children = group.map((reference) => {
      const columns = reference.columns.map(
        (column, at) => sql`${sql.id(column)} as ${keys[at] ?? sql``}`,
      );
      const filled = reference.columns.map((column) => sql`${sql.id(column)} is not null`);
      return sql`select ${reference.table}::text as child, ${sql.join(columns)}
        from ${sql.id(reference.schema, reference.table)}
        where ${sql.join(filled, sql` and `)}`;
    });
    const matched = first.keys.map((key, at) => sql`p.${sql.id(key)} = c.${keys[at] ?? sql``}`);
    const { rows } = await sql<{ child: string | null }>`
      select min(c.child) as child from (${sql.join(children, sql` union all `)}) as c
      where not exists (select 1 from ${parent} as p where ${sql.join(matched, sql` and `)})
      `.execute(db);
    const child = rows[0]?.child;
    if (child) throw new BrokenReferenceError(child, first.parent);
  }
  // The statement triggers that tell other app processes of a change did not fire.
  await sql`select pg_notify(${changeChannel}, '')`.execute(db);
}

/** References grouped by the parent table and key columns they point at, in first-seen order. */
function byParent(references: PostgresReference[]) {
  const groups = new Map<string, PostgresReference[]>();
  for (const reference of references) {
    const parent = [reference.parentSchema, reference.parent, ...reference.keys].join("\u0000");
    const group = groups.get(parent);
    if (group) group.push(reference);
    else groups.set(parent, [reference]);
  }

  return groups.values();
}

interface PostgresReference {
  schema: string;
  table: string;
  columns: string[];
  parentSchema: string;
  parent: string;
  keys: string[];
}

/** The foreign keys of the written tables, as the catalog has them (so none is forgotten). */
async function postgresReferences(db: Db) {
  const { rows } = await sql<PostgresReference>`
    select child_ns.nspname as schema, child.relname as table,
      array(select attname from unnest(con.conkey) with ordinality as k(number, place)
        join pg_attribute on attrelid = con.conrelid and attnum = k.number
        order by k.place)::text[] as columns,
      parent_ns.nspname as "parentSchema", parent.relname as parent,
      array(select attname from unnest(con.confkey) with ordinality as k(number, place)
        join pg_attribute on attrelid = con.confrelid and attnum = k.number
        order by k.place)::text[] as keys
    from pg_constraint con
      join pg_class child on child.oid = con.conrelid
      join pg_namespace child_ns on child_ns.oid = child.relnamespace
      join pg_class parent on parent.oid = con.confrelid
      join pg_namespace parent_ns on parent_ns.oid = parent.relnamespace
    where con.contype = 'f'
      and con.conrelid in (
        select to_regclass(name) from unnest(${[...referencingTables]}::text[]) as name)
    order by array_position(${[...referencingTables]}::text[], child.relname::text),
      con.conname`.execute(db);

  return rows;
}
