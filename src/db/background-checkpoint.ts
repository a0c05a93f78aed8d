import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/*
 * After a district's import, SQLite's write-ahead log holds the whole district, hundreds of
 * megabytes. The connection that commits copies the log into the database file on its own
 * (SQLite's automatic checkpoint), and for a 100,000-student district that took 1.8 s of the
 * import's 20, on the one thread that also serves every page. After a large import the copy is
 * made by a worker thread with a connection of its own, on another core: the import's report and
 * the next pages do not wait for it. Meanwhile the app's connection leaves checkpoints to it, so
 * the next write does not start the same copy on the main thread. What is committed is safe in
 * the log either way; the copy only moves it into the database file.
 */

/** SQLite's own default, which the app keeps: a checkpoint once the log passes 1,000 pages. */
const usualPagesBeforeCheckpoint = 1000;

const driver = createRequire(import.meta.url).resolve("better-sqlite3");

// Plain JavaScript run with `eval`: the worker needs no loader for TypeScript, in the app as in
// the tests.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const database = new Database(workerData.file, { fileMustExist: true });
try {
  database.pragma("busy_timeout = 10000");
  database.pragma("wal_checkpoint(PASSIVE)");
} finally {
  database.close();
}
parentPort.postMessage("done");
`;

interface Connection {
  pragma(source: string): Promise<unknown>;
}

/** Checkpoints still copying, by database file. */
const running = new Map<string, Promise<void>>();

/** Stops the connection's own checkpoints, until `checkpointAfterCommit` or `release`. */
export async function holdCheckpoints(connection: Connection) {
  await connection.pragma("wal_autocheckpoint = 0");
}

/** The connection checkpoints as usual again: the write it held them for was undone. */
export async function releaseCheckpoints(connection: Connection) {
  await connection.pragma(`wal_autocheckpoint = ${usualPagesBeforeCheckpoint}`);
}

/**
 * Copies the log of `file` into it on a worker thread; the connection checkpoints as usual
 * again once the copy ends, whether it worked or not (a failed copy is made by the next
 * checkpoint). Resolves when the copy has started.
 */
export function checkpointAfterCommit(file: string, connection: Connection) {
  const earlier = running.get(file) ?? Promise.resolve();
  const copy = earlier.then(() => copyInWorker(file));
  const done = copy.finally(async () => {
    if (running.get(file) !== done) return;

    running.delete(file);
    // The database may have been closed meanwhile (a command that ends after its import).
    await releaseCheckpoints(connection).catch(() => {});
  });
  running.set(file, done);
}

/** Settles once every checkpoint started so far has ended (tests, and closing the database). */
export async function checkpointsSettled() {
  await Promise.all([...running.values()]);
}

function copyInWorker(file: string) {
  return new Promise<void>((resolve) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { driver, file } });
    // A copy that fails leaves the log as it is, and the next checkpoint copies it.
    worker.once("error", () => resolve());
    worker.once("exit", () => resolve());
  });
}
