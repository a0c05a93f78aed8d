import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  Kysely,
  OperationNode,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from "kysely";
import { type ChangeWatch, unwatchedTables } from "./change-watch.ts";

/**
 * The dialect with every write noticed: an insert, update or delete on a watched table moves the
 * change generation after it ran; inside a transaction, at write time and again after the
 * commit (or rollback), so a page rendered meanwhile is never kept under the new generation.
 */
export function trackingChanges(dialect: Dialect, watch: ChangeWatch): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
    createDriver: () => new TrackingDriver(dialect.createDriver(), watch),
  };
}

class TrackedConnection implements DatabaseConnection {
  inTransaction = false;
  wrote = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly watch: ChangeWatch,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const writes = mayChangePages(query);
    if (writes && this.inTransaction) {
      this.wrote = true;
      this.watch.changed();
    }
    let result: QueryResult<R> | undefined;
    try {
      result = await this.inner.executeQuery<R>(query);
      return result;
    } finally {
      if (writes && !(result && changedNoRow(query, result))) this.watch.changed();
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number) {
    if (mayChangePages(query)) this.watch.changed();
    yield* this.inner.streamQuery<R>(query, chunkSize);
  }
}

type SavepointCompiler = QueryCompiler["compileQuery"];

class TrackingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly watch: ChangeWatch,
  ) {}

  init = () => this.inner.init();
  destroy = () => this.inner.destroy();

  async acquireConnection(): Promise<DatabaseConnection> {
    return new TrackedConnection(await this.inner.acquireConnection(), this.watch);
  }

  releaseConnection = (connection: DatabaseConnection) =>
    this.inner.releaseConnection(innerOf(connection));

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await this.inner.beginTransaction(innerOf(connection), settings);
    const tracked = connection as TrackedConnection;
    tracked.inTransaction = true;
    tracked.wrote = false;
  }

  commitTransaction = (connection: DatabaseConnection) =>
    this.endTransaction(connection, () => this.inner.commitTransaction(innerOf(connection)));

  rollbackTransaction = (connection: DatabaseConnection) =>
    this.endTransaction(connection, () => this.inner.rollbackTransaction(innerOf(connection)));

  private async endTransaction(connection: DatabaseConnection, end: () => Promise<void>) {
    const tracked = connection as TrackedConnection;
    try {
      await end();
    } finally {
      if (tracked.wrote) this.watch.changed();
      tracked.inTransaction = false;
      tracked.wrote = false;
    }
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: SavepointCompiler) {
    await this.inner.savepoint?.(innerOf(connection), name, compile);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: SavepointCompiler,
  ) {
    await this.inner.rollbackToSavepoint?.(innerOf(connection), name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: SavepointCompiler) {
    await this.inner.releaseSavepoint?.(innerOf(connection), name, compile);
  }
}

const innerOf = (connection: DatabaseConnection) =>
  connection instanceof TrackedConnection ? connection.inner : connection;

/**
 * Whether a query may change what a page shows. Reads never do; writes to unwatched tables
 * (the audit trail, sessions) do not; anything unrecognised (raw SQL other than a read, schema
 * changes) counts as a change, to be safe.
 */
export function mayChangePages(query: CompiledQuery): boolean {
  const node = query.query as OperationNode & Record<string, unknown>;
  if (node.kind === "SelectQueryNode") return hasWritingCte(node);
  if (node.kind === "RawNode") return !readsOnly(query.sql);
  if (node.with !== undefined) return true;

  const table = writtenTable(node);
  return table === undefined || !unwatchedTables.has(table);
}

/**
 * Whether a plain insert, update or delete is known to have changed no row: a worker's periodic
 * update that matches nothing must not empty every kept page. Only Kysely's own nodes are
 * trusted: SQLite reports a schema change's or a pragma's count as the last write's.
 */
function changedNoRow(query: CompiledQuery, result: QueryResult<unknown>) {
  const node = query.query as OperationNode & Record<string, unknown>;
  if (!plainWrites.has(node.kind) || node.with !== undefined) return false;
  // With a returning clause SQLite gives the returned rows alone: one per changed row.
  const changed =
    result.numAffectedRows ?? (node.returning ? BigInt(result.rows.length) : undefined);

  return changed === 0n;
}

const plainWrites: ReadonlySet<string> = new Set([
  "InsertQueryNode",
  "UpdateQueryNode",
  "DeleteQueryNode",
]);

function hasWritingCte(node: Record<string, unknown>) {
  const ctes = (node.with as { expressions?: { expression?: OperationNode }[] } | undefined)
    ?.expressions;

  return (ctes ?? []).some((cte) => cte.expression?.kind !== "SelectQueryNode");
}

const readingStart = /^\s*(select|values|explain)\b/i;
const writingWord = /\b(insert|update|delete|merge|truncate|create|drop|alter)\b/i;

function readsOnly(sql: string) {
  // The anchored tests first: an import's bulk insert is 100 KB of text, not to be scanned.
  const reading = readingStart.test(sql);
  if (!reading && !/^\s*with\b/i.test(sql)) return false;
  // PostgreSQL runs several statements sent as one text: a second one may write.
  if (/;\s*\S/.test(sql)) return false;

  return reading || !writingWord.test(sql);
}

/** The one table an insert, update or delete writes, when Kysely's node names it plainly. */
function writtenTable(node: OperationNode & Record<string, unknown>): string | undefined {
  if (node.kind === "InsertQueryNode") return tableName(node.into);
  if (node.kind === "UpdateQueryNode") return tableName(node.table);
  if (node.kind === "DeleteQueryNode") {
    const froms = (node.from as { froms?: unknown[] } | undefined)?.froms ?? [];
    return froms.length === 1 ? tableName(froms[0]) : undefined;
  }

  return undefined;
}

function tableName(node: unknown): string | undefined {
  const named = node as {
    kind?: string;
    node?: unknown;
    table?: { identifier?: { name?: string } };
  };
  if (named?.kind === "AliasNode") return tableName(named.node);
  if (named?.kind !== "TableNode") return undefined;

  return named.table?.identifier?.name;
}
