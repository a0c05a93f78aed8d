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

  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
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
    },
  };
}
