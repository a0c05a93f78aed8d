import { randomUUID } from "node:crypto";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { tableNames } from "../durability/database-snapshot.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { actorFor, createClassroom, type Person } from "../support/factories.ts";
import { classroomWithPlan, planDeps } from "../support/plans.ts";
import {
  formFieldNames,
  type HostileRequest,
  hostileBodies,
  hostileIds,
  hostileQuery,
  type Random,
  seededRandom,
} from "./hostile-input.ts";

/*
 * Every route of the app (read from the app itself, so a new route is fuzzed without anyone
 * listing it), sent hostile and malformed input by signed-in people and by a visitor. No answer
 * may be a server error, a refusal must say what is wrong, and a refused request must leave
 * every table as it was.
 */

const seed = 20_261_204;
const projectRoot = path.resolve(import.meta.dirname, "../..");
const roles = ["administrator", "teacher", "student", "guardian", "visitor"] as const;
type Role = (typeof roles)[number];

/**
 * Tables a refused request may still write to, and why: counting failed sign-ins is how rate
 * limits work. (The audit trail records successful requests only, so it is not listed.)
 */
const refusalMayWrite = /rate_limit/;

interface World {
  people: Record<Exclude<Role, "visitor">, Person>;
  params: Record<string, string>;
}

async function buildWorld(testApp: TestApp): Promise<World> {
  const room = await classroomWithPlan(testApp.db);
  const { statementId } = await addStatement(
    planDeps(testApp.db),
    actorFor(room.student),
    room.planId,
    { section: "strength", body: "I like finding patterns" },
  );
  await createClassroom(testApp.db);

  return {
    people: {
      administrator: room.administrator,
      teacher: room.teacher,
      student: room.student,
      guardian: room.guardian,
    },
    params: {
      planId: room.planId,
      statementId,
      studentId: room.student.id,
      personId: room.student.id,
      schoolId: room.school.id,
      classId: room.klass.id,
      name: "app.css",
      file: "app.css",
    },
  };
}

/** Fills a route's parameters with the world's ids, or with hostile ones when asked. */
function pathOf(route: string, world: World, hostile: Random | null) {
  return route.replace(/:(\w+)/g, (_, name: string) => {
    if (hostile) return encodeURIComponent(hostile.pick(hostileIds));
    return encodeURIComponent(world.params[name] ?? randomUUID());
  });
}

/** All row counts in one query, so counting before and after each request stays cheap. */
async function countAll(testApp: TestApp, names: string[]) {
  const parts = names.map(
    (name) => sql`SELECT ${name} AS name, count(*) AS rows FROM ${sql.table(name)}`,
  );
  const query = sql<{ name: string; rows: string | number }>`${sql.join(parts, sql` UNION ALL `)}`;
  const result = await query.execute(testApp.db);

  return Object.fromEntries(result.rows.map((row) => [row.name, Number(row.rows)]));
}

function changedTables(before: Record<string, number>, after: Record<string, number>) {
  return Object.keys(after).filter(
    (name) => before[name] !== after[name] && !refusalMayWrite.test(name),
  );
}

describe.each(dialects)("hostile input to every route, on %s", (dialect) => {
  let testApp: TestApp;
  let world: World;
  let tables: string[];
  const cookies = new Map<Role, string>();
  const fields = formFieldNames(projectRoot);

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    world = await buildWorld(testApp);
    tables = await tableNames(testApp.database);
    await visitEveryPage();
  });

  /**
   * Some pages set up starter content on their first view (a school's identity statements):
   * that write belongs to the first visit, not to a refused request, so it happens here first.
   */
  async function visitEveryPage() {
    for (const route of routesOf(testApp).filter((each) => each.startsWith("GET "))) {
      const url = pathOf(route.slice("GET ".length), world, null);
      for (const role of roles) {
        const cookie = await cookieOf(role);
        await testApp.request(url, { redirect: "manual", ...(cookie ? { cookie } : {}) });
      }
    }
  }
  afterAll(async () => {
    await testApp?.close();
  });

  async function cookieOf(role: Role) {
    if (role === "visitor") return undefined;
    const known = cookies.get(role);
    if (known) return known;
    const cookie = await testApp.cookieFor(world.people[role].id);
    cookies.set(role, cookie);

    return cookie;
  }

  async function send(
    method: string,
    url: string,
    cookie: string | undefined,
    request: HostileRequest,
  ) {
    const response = await testApp.request(url, {
      method,
      redirect: "manual",
      headers: request.headers,
      ...(cookie ? { cookie } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    // Signing out ends the session the cookie names; the next request signs in afresh.
    if (url.includes("sign-out")) cookies.clear();

    return response;
  }

  /** What is wrong with an answer to hostile input; nothing when it is safe. */
  async function problemsOf(label: string, response: Response, before: Record<string, number>) {
    const text = await response.text();
    if (response.status >= 500) return [`${label}: ${response.status} ${text.slice(0, 200)}`];
    if (response.status < 400) return [];

    const problems: string[] = [];
    const isPage = (response.headers.get("content-type") ?? "").includes("text/html");
    const saysWhy = isPage ? /role="alert"/.test(text) : text.length > 0;
    if (!saysWhy) problems.push(`${label}: a ${response.status} that does not say why`);
    const changed = changedTables(before, await countAll(testApp, tables));
    if (changed.length > 0) problems.push(`${label}: refused but wrote to ${changed.join(", ")}`);

    return problems;
  }

  it("the app has routes to fuzz, and the form fields are known", () => {
    expect(routesOf(testApp).length).toBeGreaterThan(30);
    expect(fields).toEqual(expect.arrayContaining(["body", "email", "files", "section"]));
  });

  // A fixed number of requests per route (2 for a page, 10 for a form) bounds the run: about
  // 20 s per database on an idle machine.
  it("no route answers hostile input with a server error or a half-written record", async () => {
    const random = seededRandom(seed);
    const routes = routesOf(testApp);
    const problems: string[] = [];

    for (const [index, route] of routes.entries()) {
      const [method = "GET", routePath = "/"] = route.split(" ");
      const tries: { url: string; request: HostileRequest }[] = [
        { url: pathOf(routePath, world, null) + hostileQuery(random), request: none("query") },
        { url: pathOf(routePath, world, random), request: none("hostile ids") },
      ];
      if (method === "POST") {
        for (const request of hostileBodies(random, fields)) {
          tries.push({ url: pathOf(routePath, world, null), request });
        }
      }

      for (const [attempt, { url, request }] of tries.entries()) {
        const role = roles[(index + attempt) % roles.length] ?? "visitor";
        const label = `${route} as ${role}, ${request.kind}`;
        const cookie = await cookieOf(role);
        const before = await countAll(testApp, tables);
        const response = await send(method, url, cookie, request);
        problems.push(...(await problemsOf(label, response, before)));
      }
    }

    expect(problems).toEqual([]);
  }, 180_000);
});

function routesOf(testApp: TestApp) {
  const routes = testApp.app.routes
    .filter((route) => route.method === "GET" || route.method === "POST")
    .map((route) => `${route.method} ${route.path}`);

  return [...new Set(routes)];
}

function none(kind: string): HostileRequest {
  return { kind, headers: {} };
}
