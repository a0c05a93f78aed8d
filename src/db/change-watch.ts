import type SQLite from "better-sqlite3";
import pg from "pg";

/*
 * The change generation: a number that moves whenever data a page could show may have changed,
 * whoever changed it. The rendered-page cache (src/web/page-cache.ts) keeps a page only for the
 * generation it was rendered under. This process's own writes move it through the dialect
 * (change-tracking-dialect.ts); other processes' writes through SQLite's data_version or
 * PostgreSQL notifications (migration 011).
 */

/** Tables no page shows: writing them (an audit row per page view) must not empty the cache. */
export const unwatchedTables: ReadonlySet<string> = new Set([
  // Shown only on /audit, which is never cached; every plan view writes one.
  "audit_entries",
  // Sessions are checked per request, never cached; sign-in links and their rate limits.
  "auth_session",
  "auth_verification",
  "rate_limits",
  // The reminder worker's claim that a reminder went out; only the worker reads it.
  "check_in_reminders",
  // Which forms already saved something: only a second send of the same form reads it.
  "form_tokens",
  // The district's tree of orgs: only a roster import reads it.
  "roster_orgs",
  "kysely_migration",
  "kysely_migration_lock",
]);

/** The PostgreSQL channel migration 011's triggers notify on. */
export const changeChannel = "maps_changes";

export interface ChangeWatch {
  /** Starts watching other processes' changes; resolves once watching, or once it failed. */
  start(): Promise<void>;
  /** The current generation, or null when changes elsewhere could go unseen. */
  current(): number | null;
  /** Something may have changed in this process. */
  changed(): void;
  close(): Promise<void>;
}

/** SQLite: another connection's commit (an import command, a second server) moves data_version. */
export function watchSqlite(sqlite: SQLite.Database): ChangeWatch {
  const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
  let generation = 0;
  let seenVersion: unknown;

  return {
    start: async () => {},
    current() {
      const version = dataVersion.get();
      if (version !== seenVersion) {
        seenVersion = version;
        generation += 1;
      }
      return generation;
    },
    changed() {
      generation += 1;
    },
    close: async () => {},
  };
}

const reconnectAfterMs = 1000;

/**
 * PostgreSQL: a LISTEN connection of its own, opened when the app starts (a command line tool
 * never opens it). While it is not listening (not yet connected, or dropped and reconnecting)
 * nothing may be served from a cache. A notice from one of this process's own pooled
 * connections is skipped: the dialect counted that write when it ran and when it committed.
 */
export function watchPostgres(databaseUrl: string, ownBackends: ReadonlySet<number>): ChangeWatch {
  let generation = 0;
  let listening = false;
  let started = false;
  let closed = false;
  let client: pg.Client | undefined;

  const dropped = () => {
    listening = false;
    generation += 1;
    client = undefined;
    if (!closed) setTimeout(listen, reconnectAfterMs).unref();
  };

  async function listen() {
    if (closed) return;
    const listener = new pg.Client({ connectionString: databaseUrl });
    client = listener;
    listener.on("notification", (notice) => {
      if (!ownBackends.has(notice.processId)) generation += 1;
    });
    listener.on("error", () => {
      listener.end().catch(() => {});
    });
    listener.on("end", () => {
      if (client === listener) dropped();
    });
    try {
      await listener.connect();
      await listener.query(`LISTEN ${changeChannel}`);
      // Changes made while no one listened are unknown: start a new generation.
      generation += 1;
      listening = !closed;
    } catch {
      if (client === listener) dropped();
      listener.end().catch(() => {});
    }
  }

  return {
    async start() {
      if (started) return;
      started = true;
      await listen();
    },
    current() {
      return listening ? generation : null;
    },
    changed() {
      generation += 1;
    },
    async close() {
      closed = true;
      listening = false;
      await client?.end().catch(() => {});
    },
  };
}
