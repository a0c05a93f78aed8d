import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { openDatabase } from "../../src/db/connection.ts";
import type { Database } from "../../src/db/schema.ts";
import { createLogger } from "../../src/logger.ts";
import { buildApp } from "../../src/web/build-app.ts";
import { startSmtpServer, type TestSmtpServer } from "../mail/smtp-test-server.ts";
import {
  createClass,
  createDistrict,
  createGuardian,
  createPlan,
  createSchool,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
} from "../support/factories.ts";
import { type AppProcess, createPostgresDatabase, startAppProcess } from "./app-processes.ts";

const withoutFormTokens = (page: string) =>
  page.replace(/<input type="hidden" name="formToken" value="[^"]+">/g, "<input name=formToken>");

/*
 * Two app processes on one PostgreSQL database must behave as one app behind a load balancer:
 * a session, a rate limit count and an outbox email belong to the database, not to a process.
 */

const names = ["Amara", "Bảo", "Chen", "Dalia"];
const teachers = names.map((_, index) => `teacher-${index}@school.example.org`);
const outboxPollMs = 5_000;

let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
let smtp: TestSmtpServer;
let first: AppProcess;
let second: AppProcess;
let dataDir: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maps-scale-"));
  await migrateAndSeed(database.url);
  smtp = await startSmtpServer();

  const env = { DATABASE_URL: database.url, SMTP_URL: smtp.url, DATA_DIR: dataDir };
  [first, second] = await Promise.all([startAppProcess(env), startAppProcess(env)]);
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await smtp?.close();
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Migrates once, as a deploy does before starting processes, and adds the teachers. */
async function migrateAndSeed(databaseUrl: string) {
  const handle = openDatabase({ dataDir: os.tmpdir(), databaseUrl });
  try {
    const config = readConfig({ DATABASE_URL: databaseUrl, NODE_ENV: "test" });
    await buildApp({ handle, config, log: createLogger("silent"), clock: () => new Date() });
    const district = await createDistrict(handle.db);
    const school = await createSchool(handle.db, { districtId: district.id });
    for (const [index, email] of teachers.entries()) {
      const givenName = names[index] ?? "";
      await createTeacher(handle.db, {
        districtId: district.id,
        schoolId: school.id,
        email,
        givenName,
      });
    }
    await planWithCheckInTomorrow(handle.db, district.id);
  } finally {
    await handle.close();
  }
}

const reminded = {
  student: "student-r@school.example.org",
  family: "family-r@family.example.net",
  teacher: "teacher-r@school.example.org",
};

/**
 * An agreed plan whose next check-in is tomorrow, in a school whose time zone is now between
 * morning and evening: reminders are written from 7 in the morning, and the day must not turn
 * while the test runs.
 */
async function planWithCheckInTomorrow(db: Kysely<Database>, districtId: string) {
  const timeZone = zoneInDaytime(new Date());
  const school = await createSchool(db, { districtId, timeZone });
  const klass = await createClass(db, { districtId, schoolId: school.id });
  const inSchool = { districtId, schoolId: school.id };
  const teacher = await createTeacher(db, { ...inSchool, email: reminded.teacher });
  const student = await createStudent(db, { ...inSchool, email: reminded.student });
  const guardian = await createGuardian(db, { districtId, email: reminded.family });
  await enroll(db, { classId: klass.id, person: teacher, role: "teacher" });
  await enroll(db, { classId: klass.id, person: student, role: "student" });
  await linkGuardian(db, { guardian, student });
  const plan = await createPlan(db, {
    student,
    schoolId: school.id,
    startedBy: teacher,
    stage: "agreed",
  });

  await db
    .insertInto("check_ins")
    .values({
      id: randomUUID(),
      district_id: districtId,
      plan_id: plan.id,
      due_on: dayAfter(new Date(), timeZone),
      held_at: null,
      note: null,
      recorded_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

const zones = [
  "Pacific/Kiritimati",
  "Asia/Tokyo",
  "Europe/London",
  "America/New_York",
  "Pacific/Honolulu",
];

function zoneInDaytime(now: Date) {
  const hourIn = (timeZone: string) =>
    Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", timeZone }).format(now));
  const zone = zones.find((candidate) => {
    const hour = hourIn(candidate);
    return hour >= 8 && hour <= 21;
  });

  return zone ?? "Pacific/Honolulu";
}

/** Tomorrow's date (YYYY-MM-DD) in the time zone. */
function dayAfter(now: Date, timeZone: string) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
  const next = new Date(`${today}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);

  return next.toISOString().slice(0, 10);
}

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

const askForLink = (app: AppProcess, email: string) =>
  app.request("/sign-in/link-request", form({ email }));

async function waitFor<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error("waited in vain");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const mailTo = (email: string) =>
  smtp.received.filter((mail) => mail.parsed.to && JSON.stringify(mail.parsed.to).includes(email));

function tokenIn(text: string) {
  const link = /https?:\/\/\S+\/sign-in\/link\?\S+/.exec(text)?.[0];
  return link ? new URL(link).searchParams.get("token") : null;
}

describe("two app processes sharing one PostgreSQL database", () => {
  it("sends each outbox email once, though both processes' workers look for due mail", async () => {
    const [amara, bao, chen, dalia] = teachers as [string, string, string, string];
    for (const [app, email] of [
      [first, amara],
      [second, bao],
      [first, chen],
      [second, dalia],
    ] as const) {
      expect((await askForLink(app, email)).status).toBe(303);
    }

    await waitFor(() => (smtp.received.length >= teachers.length ? true : undefined), 30_000);
    // Both workers have had at least two more rounds in which to send anything twice.
    await new Promise((resolve) => setTimeout(resolve, 2 * outboxPollMs + 1_000));

    for (const email of teachers) expect(mailTo(email)).toHaveLength(1);
    expect(smtp.deliveries).toBe(smtp.received.length);
  });

  it("reminds the student, the family and the teacher of tomorrow's check-in once each", async () => {
    // Both processes run a reminder round as they start, at the same moment.
    const addresses = Object.values(reminded);
    await waitFor(
      () => (addresses.every((address) => mailTo(address).length > 0) ? true : undefined),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2 * outboxPollMs + 1_000));

    for (const address of addresses) expect(mailTo(address)).toHaveLength(1);
  });

  it("keeps a teacher signed in on one process with the link they used on the other", async () => {
    const email = teachers[0] as string;
    const mail = await waitFor(() => mailTo(email)[0], 30_000);
    const token = tokenIn(mail.parsed.text ?? "");
    expect(token).toBeTruthy();

    const signedIn = await second.request("/sign-in/link", form({ token: token ?? "" }));
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((entry) => entry.split(";")[0])
      .join("; ");

    const onFirst = await first.request("/account", { cookie });
    expect(onFirst.status).toBe(200);
    expect(await onFirst.text()).toContain(`signed in as <bdi>${names[0]} Example</bdi>`);
    expect((await first.request("/account")).status).not.toBe(200);

    // The session cookie's cached copy of the session is trusted for five minutes on any process
    // (better-auth's cookie cache); the session itself, looked up in the database, is what ends.
    const sessionOnly = cookie
      .split("; ")
      .filter((entry) => entry.includes("session_token"))
      .join("; ");
    expect(sessionOnly).not.toBe("");
    expect((await second.request("/account", { cookie: sessionOnly })).status).toBe(200);
    const signedOut = await first.request("/sign-out", { method: "POST", cookie });
    expect(signedOut.status).toBe(303);
    expect((await second.request("/account", { cookie: sessionOnly })).status).not.toBe(200);
  });

  it("shows a comment made on one process on the other's next look at a kept plan", async () => {
    expect((await askForLink(first, reminded.teacher)).status).toBe(303);
    const mail = await waitFor(
      () => mailTo(reminded.teacher).find((sent) => tokenIn(sent.parsed.text ?? "")),
      30_000,
    );
    const signedIn = await first.request(
      "/sign-in/link",
      form({ token: tokenIn(mail.parsed.text ?? "") ?? "" }),
    );
    const cookie = signedIn.headers
      .getSetCookie()
      .map((entry) => entry.split(";")[0])
      .join("; ");
    const list = await (await second.request("/students", { cookie })).text();
    const plan = /href="(\/plans\/[0-9a-f-]+)"/.exec(list)?.[1] ?? "";
    expect(plan).not.toBe("");
    // A kept page goes out with fresh one-time form tokens; the rest of it is the same.
    const page = async () =>
      withoutFormTokens(await (await second.request(plan, { cookie })).text());
    const before = await page();
    expect(await page()).toBe(before);

    const commented = await first.request(`${plan}/comments`, {
      ...form({ body: "Seen from the other process" }),
      cookie,
    });
    expect(commented.status).toBe(303);

    // The other process hears of the commit from PostgreSQL a moment after it happens.
    const deadline = Date.now() + 2_000;
    let after = "";
    while (!after.includes("Seen from the other process") && Date.now() < deadline) {
      after = await (await second.request(plan, { cookie })).text();
    }
    expect(after).toContain("Seen from the other process");
  });

  it("counts link requests for one address across both processes", async () => {
    const email = "someone-new@family.example.net";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const app = attempt % 2 === 0 ? first : second;
      statuses.push((await askForLink(app, email)).status);
    }

    // Five an hour per address: each process alone has seen only three.
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses[5]).toBe(429);
  });
});
