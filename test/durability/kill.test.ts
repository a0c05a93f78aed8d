import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";

/*
 * The real server in its own process, driven over HTTP and killed with SIGKILL in the middle of
 * a roster import and plan saves. After a restart, every request that was answered with success
 * is in the database, and nothing is half-written.
 */

const projectRoot = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(projectRoot, "test/fixtures/roster/small-district-1.1");
const password = "a-long-password-for-kill";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** The export's files with more students (ids `prefix`-n for each group), enrolled in class c-1. */
function rosterWithStudents(...groups: [prefix: string, count: number][]): FormData {
  const form = new FormData();
  for (const name of fs.readdirSync(fixture)) {
    let text = fs.readFileSync(path.join(fixture, name), "utf8");
    if (!text.endsWith("\n")) text += "\n";
    for (const [prefix, count] of groups) {
      for (let index = 0; index < count; index += 1) {
        const id = `${prefix}-${index}`;
        if (name === "users.csv") {
          const email = `${id}@riverside.example`;
          text += `${id},,,true,sch-1,student,${id},,Given${index},Family${index},,${id},${email},,,,07,\n`;
        }
        if (name === "enrollments.csv") text += `e-${id},,,c-1,sch-1,${id},student,false,,\n`;
      }
    }
    form.append("files", new File([text], name));
  }

  return form;
}

/** Waits until the set holds `count` answers, or `limitMs` has passed. */
async function answersReach(answers: Set<string>, count: number, limitMs: number) {
  const until = Date.now() + limitMs;
  while (answers.size < count && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

class RunningServer {
  private child: ChildProcess | undefined;
  cookie = "";

  constructor(
    readonly baseUrl: string,
    private readonly env: Record<string, string>,
  ) {}

  async start() {
    // node --import tsx is `npx tsx` without the wrapper process, so SIGKILL reaches the server.
    this.child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: projectRoot,
      env: { ...process.env, ...this.env },
      stdio: "ignore",
    });
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const ready = await fetch(`${this.baseUrl}/sign-in`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the server did not start");
  }

  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  async post(route: string, body: BodyInit) {
    return fetch(`${this.baseUrl}${route}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { origin: this.baseUrl, cookie: this.cookie },
    });
  }
}

describe.each(dialects)("a server killed mid-work, on %s", (dialect) => {
  let database: TestDatabase;
  let server: RunningServer;
  // The killed server leaves its import's temporary folder, as a killed server does: in here.
  let temporary: string;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), "maps-kill-test-"));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = new RunningServer(baseUrl, {
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: baseUrl,
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.databaseUrl ?? "",
      LOG_LEVEL: "silent",
      SMTP_URL: "",
      TMPDIR: temporary,
    });
    await server.start();
  });
  afterAll(async () => {
    await server?.kill();
    await database?.drop();
    fs.rmSync(temporary, { recursive: true, force: true });
  });

  async function setUpSchool() {
    const response = await server.post(
      "/setup",
      new URLSearchParams({
        schoolName: "Riverside Middle School",
        timeZone: "America/New_York",
        givenName: "Ada",
        familyName: "Admin",
        email: "ada@riverside.example",
        password,
        passwordAgain: password,
      }),
    );
    expect(response.status).toBe(303);
    server.cookie = response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
  }

  async function studentIds(prefix: string) {
    const rows = await database.db
      .selectFrom("people")
      .select(["id", "source_id"])
      .where("source_id", "like", `${prefix}-%`)
      .execute();

    return rows.map((row) => row.id);
  }

  it("every answered save survives, and an import cut short is all or nothing", async () => {
    await setUpSchool();
    const firstImport = await server.post("/roster", rosterWithStudents(["k1", 300]));
    expect(firstImport.status).toBe(303);
    expect(await studentIds("k1")).toHaveLength(300);
    const students = await studentIds("k1");

    const answered = { plans: new Set<string>(), statements: new Set<string>() };
    const emailed = { answered: new Set<string>(), asked: new Set<string>() };
    let stopping = false;
    const saves = (async () => {
      for (const [index, studentId] of students.entries()) {
        if (stopping) return;
        const started = await server.post(`/students/${studentId}/plans`, new URLSearchParams());
        if (started.status !== 303) return;
        const planId = (started.headers.get("location") ?? "").split("?")[0]?.split("/")[2] ?? "";
        answered.plans.add(planId);
        const body = `Strength number ${index} of the kill test`;
        const saved = await server.post(
          `/plans/${planId}/statements`,
          new URLSearchParams({ section: "strength", body }),
        );
        if (saved.status !== 303) return;
        answered.statements.add(body);
        // A sign-in link queues an email in the outbox; under the 20-per-client rate limit.
        if (index < 15) {
          const email = `k1-${index}@riverside.example`;
          emailed.asked.add(email);
          const asked = await server.post("/sign-in/link-request", new URLSearchParams({ email }));
          if (asked.status !== 303) return;
          emailed.answered.add(email);
        }
      }
    })().catch(() => undefined);

    // Paced by the answers, not the clock: a quiet machine answered all 300 saves in 1.5 s.
    await answersReach(answered.statements, 30, 30_000);
    // The bulk export lists the first one's students too: it makes nobody inactive, so it is
    // imported without asking first (an import that would is held, import-roster.ts).
    const roster = rosterWithStudents(["k1", 300], ["k2", 3_000]);
    const cutShort = server.post("/roster", roster).catch(() => null);
    await answersReach(answered.statements, 60, 400);
    stopping = true;
    await server.kill();
    const secondImport = await cutShort;
    await saves;

    await server.start();
    const afterRestart = await fetch(`${server.baseUrl}/students`, {
      headers: { cookie: server.cookie },
    });
    expect(afterRestart.status).toBe(200);

    // The kill came in the middle of the saves: some were answered, not all of them.
    expect(answered.statements.size).toBeGreaterThan(0);
    expect(answered.statements.size).toBeLessThan(students.length);
    const plans = await database.db.selectFrom("plans").select("id").execute();
    const planIds = new Set(plans.map((plan) => plan.id));
    expect([...answered.plans].filter((id) => !planIds.has(id))).toEqual([]);

    const statements = await database.db
      .selectFrom("statements")
      .select(["body", "plan_id"])
      .where("body", "like", "Strength number %")
      .execute();
    const bodies = statements.map((statement) => statement.body);
    expect([...answered.statements].filter((body) => !bodies.includes(body))).toEqual([]);
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(statements.filter((statement) => !planIds.has(statement.plan_id))).toEqual([]);

    const k2 = await studentIds("k2");
    if (secondImport?.status === 303) expect(k2).toHaveLength(3_000);
    else expect([0, 3_000]).toContain(k2.length);
    await expectNoOrphans(database);
    await expectEmailsOnce(database, emailed);
  });
});

/** Rows that point at a plan must find it: a statement or event without its plan is half a save. */
async function expectNoOrphans(database: TestDatabase) {
  for (const table of ["statements", "plan_events"] as const) {
    const orphans = await sql<{ count: string | number }>`
      SELECT count(*) AS count FROM ${sql.table(table)} AS child
      WHERE NOT EXISTS (SELECT 1 FROM plans WHERE plans.id = child.plan_id)`.execute(database.db);
    expect(Number(orphans.rows[0]?.count ?? 0), table).toBe(0);
  }
}

/** Every answered link request left exactly one email in the outbox; an unanswered one, at most one. */
async function expectEmailsOnce(
  database: TestDatabase,
  emailed: { answered: Set<string>; asked: Set<string> },
) {
  expect(emailed.answered.size).toBeGreaterThan(0);
  const rows = await database.db
    .selectFrom("outbox_emails")
    .select("to_address")
    .where("to_address", "like", "k1-%")
    .execute();
  const perAddress = new Map<string, number>();
  for (const row of rows) {
    perAddress.set(row.to_address, (perAddress.get(row.to_address) ?? 0) + 1);
  }

  for (const address of emailed.answered) expect(perAddress.get(address), address).toBe(1);
  for (const [address, count] of perAddress) {
    expect(emailed.asked.has(address), address).toBe(true);
    expect(count, address).toBe(1);
  }
}
