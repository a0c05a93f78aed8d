import type { Kysely } from "kysely";
import type { AddressObject } from "mailparser";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Clock } from "../../src/clock.ts";
import { changeChannel } from "../../src/db/change-watch.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { claimEmail } from "../../src/db/outbox-store.ts";
import type { Database } from "../../src/db/schema.ts";
import { createLogger } from "../../src/logger.ts";
import { enqueueEmail } from "../../src/mail/outbox.ts";
import {
  type OutboxOptions,
  sendDueEmails,
  startOutboxWorker,
} from "../../src/mail/send-outbox.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { startSmtpServer, type TestSmtpServer } from "./smtp-test-server.ts";

const log = createLogger("silent");
const mailFrom = "Escuela Núñez, Math Plans <maps@school.example>";
const subject = "Kế hoạch toán của Linh · 林的数学计划 · خطة الرياضيات";
const familyName = "Nguyễn, Thị Hoa";
const link =
  "http://localhost:3999/sign-in/link?token=Zx4vQm9TtY2hRk7LpW3nBc8DfGj5HsKa" +
  "&next=%2Fplans%2F7f9c1e52-3b4d-4a8e-9f10-2c6d8e0b4a71";

/** A clock the test moves by hand. */
function handClock(start = "2025-03-03T16:00:00.000Z") {
  let now = new Date(start);
  const clock: Clock = () => new Date(now);

  return {
    clock,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

async function enqueue(db: Kysely<Database>, clock: Clock, changes: { subject?: string } = {}) {
  return enqueueEmail(db, {
    districtId: null,
    kind: "plan.shared",
    to: { address: "hoa.nguyen@family.example", name: familyName },
    subject: changes.subject ?? subject,
    text: `Chào chị Hoa,\n\nMở kế hoạch của Linh:\n${link}\n`,
    html: `<p>Chào chị Hoa,</p><p><a href="${link.replace("&", "&amp;")}">Mở kế hoạch</a></p>`,
    now: clock().toISOString(),
  });
}

async function emailRow(database: TestDatabase, id: string) {
  return database.db
    .selectFrom("outbox_emails")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

describe.each(dialects)("the outbox on %s", (dialect) => {
  let database: TestDatabase | undefined;
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    await smtp?.close();
    await database?.drop();
    smtp = undefined;
    database = undefined;
  });

  function options(db: TestDatabase, clock: Clock, smtpUrl?: string): OutboxOptions {
    return { db: db.db, config: { smtpUrl, mailFrom }, log, clock };
  }

  it("a teacher's change that is undone leaves no email for the family", async () => {
    database = await freshDatabase(dialect);
    const db = database.db;
    const { clock } = handClock();

    await expect(
      db.transaction().execute(async (trx) => {
        await enqueueEmail(trx, {
          districtId: null,
          kind: "plan.shared",
          to: { address: "hoa.nguyen@family.example", name: familyName },
          subject,
          text: link,
          html: `<p>${link}</p>`,
          now: clock().toISOString(),
        });
        throw new Error("the change failed after the email was written");
      }),
    ).rejects.toThrow("the change failed");
    const kept = await db.transaction().execute((trx) => enqueue(trx, clock));

    const rows = await db.selectFrom("outbox_emails").select(["id", "status"]).execute();
    expect(rows).toEqual([{ id: kept, status: "pending" }]);
  });

  it("a family member whose name has a comma and accents receives the email intact", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer();
    const { clock } = handClock();
    const id = await enqueue(database.db, clock);

    const report = await sendDueEmails(options(database, clock, smtp.url));

    expect(report).toEqual({ sent: 1, kept: 0, retrying: 0, failed: 0 });
    const [received] = smtp.received;
    const to = received?.parsed.to as AddressObject;
    const from = received?.parsed.from as AddressObject;
    expect(to.value).toEqual([{ name: familyName, address: "hoa.nguyen@family.example" }]);
    expect(from.value).toEqual([
      { name: "Escuela Núñez, Math Plans", address: "maps@school.example" },
    ]);
    expect(received?.parsed.subject).toBe(subject);
    expect(received?.parsed.text).toContain(`\n${link}\n`);
    expect(received?.parsed.html).toContain(`href="${link.replace("&", "&amp;")}"`);
    expect(received?.parsed.messageId).toBe(`<${id}@school.example>`);
    expect(received?.raw.split("\r\n").every((line) => line.length <= 78)).toBe(true);
    expect(await emailRow(database, id)).toMatchObject({
      status: "sent",
      attempts: 1,
      sent_at: clock().toISOString(),
    });
  });

  it("a family member's mail server that says 'later' gets fewer tries, then none", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer({ refuseData: { code: 451, message: "Try again later" } });
    const time = handClock();
    const id = await enqueue(database.db, time.clock);
    const retrying = {
      ...options(database, time.clock, smtp.url),
      retry: { maxAttempts: 3, firstDelayMs: 60_000 },
    };

    expect((await sendDueEmails(retrying)).retrying).toBe(1);
    expect(await emailRow(database, id)).toMatchObject({
      status: "pending",
      attempts: 1,
      next_attempt_at: "2025-03-03T16:01:00.000Z",
    });
    expect((await emailRow(database, id)).last_error).toContain("451");

    time.advance(59_999);
    await sendDueEmails(retrying);
    expect(smtp.deliveries).toBe(1);

    time.advance(1);
    await sendDueEmails(retrying);
    expect(await emailRow(database, id)).toMatchObject({
      status: "pending",
      attempts: 2,
      next_attempt_at: "2025-03-03T16:03:00.000Z",
    });

    time.advance(120_000);
    expect((await sendDueEmails(retrying)).failed).toBe(1);
    expect(await emailRow(database, id)).toMatchObject({ status: "failed", attempts: 3 });
    time.advance(24 * 60 * 60_000);
    await sendDueEmails(retrying);
    expect(smtp.deliveries).toBe(3);
  });

  it("an address the mail server refuses for good is given up at once", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer({ refuseRecipient: { code: 550, message: "No such mailbox" } });
    const { clock } = handClock();
    const id = await enqueue(database.db, clock);

    expect((await sendDueEmails(options(database, clock, smtp.url))).failed).toBe(1);

    const row = await emailRow(database, id);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.last_error).toContain("550");
  });

  it("two senders racing over the same emails send each email once", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer();
    const { clock } = handClock();
    const subjects = Array.from({ length: 8 }, (_, index) => `${subject} ${index}`);
    for (const each of subjects) await enqueue(database.db, clock, { subject: each });
    const second = openDatabase({
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl,
      schema: database.schema,
    });

    try {
      const reports = await Promise.all([
        sendDueEmails(options(database, clock, smtp.url)),
        sendDueEmails({ ...options(database, clock, smtp.url), db: second.db }),
      ]);

      expect(reports.map((report) => report.sent).reduce((a, b) => a + b)).toBe(8);
    } finally {
      await second.close();
    }
    const received = smtp.received.map((email) => email.parsed.subject).sort();
    expect(received).toEqual([...subjects].sort());
  });

  it("an email whose sender died while sending goes out once its lease runs out", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer();
    const time = handClock();
    const id = await enqueue(database.db, time.clock);
    const leaseUntil = new Date(time.clock().getTime() + 120_000).toISOString();
    await claimEmail(database.db, { id, now: time.clock().toISOString(), leaseUntil });

    await sendDueEmails(options(database, time.clock, smtp.url));
    expect(smtp.deliveries).toBe(0);

    time.advance(120_000);
    await sendDueEmails(options(database, time.clock, smtp.url));
    expect(smtp.received).toHaveLength(1);
    expect(await emailRow(database, id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("the worker the server starts sends a family's email on its own, then stops", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer();
    const clock = () => new Date();
    const worker = startOutboxWorker({ ...options(database, clock, smtp.url), pollMs: 50 });

    const id = await enqueue(database.db, clock);
    await vi.waitFor(() => expect(smtp?.received).toHaveLength(1), { timeout: 10_000 });
    await worker.stop();

    expect(await emailRow(database, id)).toMatchObject({ status: "sent" });
  });

  it("with no mail server the email is kept in the app and nothing is sent", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer();
    const { clock } = handClock();
    const id = await enqueue(database.db, clock);

    const report = await sendDueEmails(options(database, clock));

    expect(report).toEqual({ sent: 0, kept: 1, retrying: 0, failed: 0 });
    expect(await emailRow(database, id)).toMatchObject({ status: "kept", attempts: 0 });
    expect(smtp.deliveries).toBe(0);
  });

  it("a round with nothing due, every few seconds, leaves every process's kept pages", async () => {
    database = await freshDatabase(dialect);
    const { clock } = handClock();
    const kept = await enqueue(database.db, clock);
    await sendDueEmails(options(database, clock));
    const notices = await noticesSeenBy(database);
    await database.changes.start();
    const generation = database.changes.current();

    for (let round = 0; round < 3; round += 1) {
      expect(await sendDueEmails(options(database, clock))).toMatchObject({ kept: 0 });
    }

    expect(database.changes.current()).toBe(generation);
    expect(await notices.untilNow()).toEqual([]);
    await enqueue(database.db, clock);
    expect(database.changes.current()).not.toBe(generation);
    expect(await emailRow(database, kept)).toMatchObject({ status: "kept" });
  });
});

/**
 * The change notices another app process would hear (PostgreSQL; none on SQLite): untilNow
 * sends a marker of its own and returns the notices that came before it.
 */
async function noticesSeenBy(database: TestDatabase) {
  if (!database.databaseUrl) return { untilNow: async () => [] };

  const listener = new pg.Client({ connectionString: database.databaseUrl });
  await listener.connect();
  await listener.query(`LISTEN ${changeChannel}`);
  const heard: string[] = [];
  listener.on("notification", (notice) => heard.push(notice.payload ?? ""));

  return {
    async untilNow() {
      await listener.query(`NOTIFY ${changeChannel}, 'marker'`);
      for (let wait = 0; !heard.includes("marker") && wait < 100; wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await listener.end();
      return heard.slice(0, heard.indexOf("marker"));
    },
  };
}

describe("the mail settings", () => {
  it("a MAIL_FROM without an address stops the sender at start-up, saying what to write", () => {
    const config = { smtpUrl: "smtp://127.0.0.1:2525", mailFrom: "Math Action Plans" };

    expect(() =>
      startOutboxWorker({ db: {} as never, config, log, clock: () => new Date() }),
    ).toThrow("MAIL_FROM must be one address");
  });
});
