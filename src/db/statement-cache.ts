import type SQLite from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Enough for every query the app builds; query text with a varying list length adds more. */
const mostKept = 1000;

/**
 * The SQLite database as Kysely's dialect sees it, reusing a prepared statement for the same
 * SQL text instead of preparing it anew on every query (about as costly as a simple read).
 * Least recently used statements are let go beyond the bound.
 */
export function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();

  function keptStatement(sql: string) {
    const found = kept.get(sql);
    // A statement still being iterated (a streamed query) cannot run again until it ends.
    if (found && !found.busy) {
      kept.delete(sql);
      kept.set(sql, found);
      return found;
    }

    const statement = sqlite.prepare(sql);
    if (found) return statement;
    kept.set(sql, statement);
    if (kept.size > mostKept) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    return statement;
  }

  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      return withSharedValues(sql, keptStatement(sql));
    },
  };
}

/** How the import's bulk inserts name the values every row of a batch shares. */
const sharedValue = "@shared_";

/**
 * Kysely hands a statement one list of values. The roster import's bulk inserts
 * (roster-store.ts) bind what every row of a batch shares (district, import, time) once, by
 * name, instead of in each of a thousand rows, which saved SQLite a tenth of its work on a
 * district: their list ends with an object of those named values.
 */
function withSharedValues(sql: string, statement: SQLite.Statement): SqliteStatement {
  if (!sql.includes(sharedValue)) return statement;

  const bind = (values: ReadonlyArray<unknown>) => {
    const named = values[values.length - 1] as Record<string, unknown>;
    return [values.slice(0, -1), named] as const;
  };

  return {
    reader: statement.reader,
    all: (values) => statement.all(...bind(values)),
    run: (values) => statement.run(...bind(values)),
    iterate: (values) => statement.iterate(...bind(values)),
  };
}
