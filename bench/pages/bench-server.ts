import { serve } from "@hono/node-server";
import { sql } from "kysely";
import { issueSignInToken, redeemSignInToken } from "../../src/auth/accounts.ts";
import { systemClock } from "../../src/clock.ts";
import { readConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { findPerson } from "../../src/db/people-store.ts";
import type { Actor } from "../../src/domain/access/actor.ts";
import { listGradesWithPlans } from "../../src/domain/program/grade-plans.ts";
import { createLogger } from "../../src/logger.ts";
import { buildApp } from "../../src/web/build-app.ts";

/*
 * The app over an imported district, in a process of its own, for the load generator. Beside
 * the product's routes, the harness (never the product) serves /__baseline/<page>: the same
 * page's HTML, rendered once and kept in memory, through the same server. The gap between the
 * two is what the app's own work (session, queries, rendering) costs. Prints one JSON line.
 */

export interface BenchServer {
  port: number;
  cookie: string;
  /** Page name -> the path the app serves it at. */
  pages: Record<string, string>;
  /** Page name -> how many plans one download of it holds (the PDFs): plans per second. */
  plansPerDownload?: Record<string, number>;
}

const baselinePrefix = "/__baseline/";

async function main() {
  const config = readConfig();
  const handle = openDatabase(config);
  const { app, deps } = await buildApp({
    handle,
    config,
    log: createLogger("silent"),
    clock: systemClock,
  });

  const teacher = await busiestTeacher(handle.db);
  const person = await findPerson(handle.db, teacher);
  if (!person) throw new Error("the district has no teacher with students");
  const token = await issueSignInToken({
    auth: deps.auth,
    pickup: deps.tokens,
    db: deps.db,
    person,
  });
  const signedIn = await redeemSignInToken(deps.auth, token, new Headers());
  const cookie = signedIn.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0])
    .join("; ");

  const request = async (path: string, init: RequestInit = {}) =>
    await app.request(`${config.baseUrl}${path}`, {
      ...init,
      headers: { cookie, origin: config.baseUrl, ...init.headers },
    });
  const pages: Record<string, string> = { students: "/students" };
  pages.plan = await startPlanPage(handle.db, teacher, request);
  if ((await request("/program")).status === 200) pages.program = "/program";
  // The plan as a PDF, when the app makes one: plans per second.
  if ((await request(`${pages.plan}/plan.pdf`)).status === 200) {
    pages.planPdf = `${pages.plan}/plan.pdf`;
  }
  const plansPerDownload: Record<string, number> = { planPdf: 1 };
  const grade = await startGradePlans({ db: handle.db, deps, person, request });
  if (grade) {
    pages.gradePlansPdf = grade.path;
    plansPerDownload.gradePlansPdf = grade.plans;
  }

  const baseline = new Map<string, { body: ArrayBuffer; type: string }>();
  for (const [name, path] of Object.entries(pages)) {
    const response = await request(path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    const type = response.headers.get("content-type") ?? "text/html; charset=UTF-8";
    baseline.set(name, { body: await response.arrayBuffer(), type });
  }

  const server = serve({
    port: config.port,
    hostname: "127.0.0.1",
    fetch: (incoming, env) => {
      const { pathname } = new URL(incoming.url);
      if (!pathname.startsWith(baselinePrefix)) return app.fetch(incoming, env);

      const page = baseline.get(pathname.slice(baselinePrefix.length));
      return page === undefined
        ? new Response("no such page", { status: 404 })
        : new Response(page.body, { headers: { "content-type": page.type } });
    },
  });
  server.once("listening", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    const ready: BenchServer = { port, cookie, pages, plansPerDownload };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
  });
  process.once("SIGTERM", () => {
    server.close();
    handle.close().finally(() => process.exit(0));
  });
}

/** The teacher with the most enrolled students: the heaviest student list of the district. */
async function busiestTeacher(db: ReturnType<typeof openDatabase>["db"]) {
  const row = await db
    .selectFrom("enrollments as teaching")
    .innerJoin("enrollments as learning", "learning.class_id", "teaching.class_id")
    .innerJoin("people as teacher", "teacher.id", "teaching.person_id")
    .innerJoin("people as student", "student.id", "learning.person_id")
    .where("teacher.role", "=", "teacher")
    .where("student.role", "=", "student")
    .select(["teacher.id as id", sql<number>`count(*)`.as("students")])
    .groupBy("teacher.id")
    .orderBy("students", "desc")
    .limit(1)
    .executeTakeFirst();

  return row?.id ?? "";
}

/** Starts a plan for one of the teacher's students, the way the student list's button does. */
async function startPlanPage(
  db: ReturnType<typeof openDatabase>["db"],
  teacherId: string,
  request: (path: string, init?: RequestInit) => Promise<Response>,
) {
  const student = await db
    .selectFrom("enrollments as teaching")
    .innerJoin("enrollments as learning", "learning.class_id", "teaching.class_id")
    .innerJoin("people as student", "student.id", "learning.person_id")
    .where("teaching.person_id", "=", teacherId)
    .where("student.role", "=", "student")
    .select("student.id as id")
    .orderBy("student.id")
    .limit(1)
    .executeTakeFirstOrThrow();
  const started = await request(`/students/${student.id}/plans`, { method: "POST" });
  const location = started.headers.get("location") ?? "";
  if (started.status !== 303 || !location.startsWith("/plans/")) {
    throw new Error(`starting a plan answered ${started.status}`);
  }

  return location.split("?")[0] ?? location;
}

/**
 * Starts plans for the teacher's whole class the way the next-year page's button does, then
 * picks the grade of theirs with the most plans: its download is the whole-grade PDF.
 */
async function startGradePlans(options: {
  db: ReturnType<typeof openDatabase>["db"];
  deps: { db: ReturnType<typeof openDatabase>["db"]; clock: typeof systemClock };
  person: { id: string; district_id: string };
  request: (path: string, init?: RequestInit) => Promise<Response>;
}) {
  const classes = await options.db
    .selectFrom("enrollments")
    .where("person_id", "=", options.person.id)
    .where("role", "=", "teacher")
    .select("class_id")
    .execute();
  for (const { class_id } of classes) {
    const path = `/program/next-year/classes/${class_id}/plans`;
    await options.request(path, { method: "POST" });
  }

  const teacher: Actor = {
    personId: options.person.id,
    districtId: options.person.district_id,
    role: "teacher",
    displayName: "bench teacher",
    locale: "en",
  };
  const grades = await listGradesWithPlans(options.deps, teacher);
  const largest = grades.sort((a, b) => b.plans - a.plans)[0];
  if (!largest) return null;

  const path = `/students/plans.pdf?${new URLSearchParams({ grade: largest.grade }).toString()}`;
  return (await options.request(path)).status === 200 ? { path, plans: largest.plans } : null;
}

await main();
