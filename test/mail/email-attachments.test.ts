import { afterEach, describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock.ts";
import { createLogger } from "../../src/logger.ts";
import { enqueueEmail } from "../../src/mail/outbox.ts";
import { sendDueEmails } from "../../src/mail/send-outbox.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { startSmtpServer, type TestSmtpServer } from "./smtp-test-server.ts";

const log = createLogger("silent");
const mailFrom = "Math Plans <maps@school.example>";
const clock: Clock = () => new Date("2025-10-20T15:00:00.000Z");
const pdf = Buffer.from("%PDF-1.4\n% Kế hoạch của Linh\n%%EOF\n");
const invitation = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//test//EN",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:meeting-1@school.example",
  "DTSTAMP:20251020T150000Z",
  "DTSTART:20251103T150000Z",
  "DTEND:20251103T153000Z",
  "SUMMARY:Cuộc họp về kế hoạch toán",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe.each(dialects)("emails with attachments on %s", (dialect) => {
  let database: TestDatabase | undefined;
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    await smtp?.close();
    await database?.drop();
    smtp = undefined;
    database = undefined;
  });

  it("a family receives the invitation their calendar can accept and the plan's PDF", async () => {
    database = await freshDatabase(dialect);
    smtp = await startSmtpServer();
    await enqueueEmail(database.db, {
      districtId: null,
      kind: "meeting.invitation",
      to: { address: "hoa.nguyen@family.example", name: "Nguyễn Thị Hoa" },
      subject: "Cuộc họp về kế hoạch toán",
      text: "Chào chị Hoa",
      html: "<p>Chào chị Hoa</p>",
      now: clock().toISOString(),
      attachments: [
        {
          filename: "Kế hoạch.pdf",
          contentType: "application/pdf",
          contentBase64: pdf.toString("base64"),
        },
      ],
      calendar: { method: "REQUEST", content: invitation },
    });

    const report = await sendDueEmails({
      db: database.db,
      config: { smtpUrl: smtp.url, mailFrom },
      log,
      clock,
    });

    expect(report.sent).toBe(1);
    const [received] = smtp.received;
    expect(received?.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const file = received?.parsed.attachments.find(
      (each) => each.contentType === "application/pdf",
    );
    expect(file?.filename).toBe("Kế hoạch.pdf");
    expect(file?.content.equals(pdf)).toBe(true);
    // mailparser hands back the text/calendar alternative as an attachment.
    const calendarPart = received?.parsed.attachments.find(
      (each) => each.contentType === "text/calendar",
    );
    expect(calendarPart?.content.toString("utf8")).toContain("SUMMARY:Cuộc họp về kế hoạch toán");
    expect(calendarPart?.content.toString("utf8")).toContain("METHOD:REQUEST");
  });

  it("an email without attachments keeps an empty attachments column", async () => {
    database = await freshDatabase(dialect);
    const id = await enqueueEmail(database.db, {
      districtId: null,
      kind: "plan.shared",
      to: { address: "hoa.nguyen@family.example" },
      subject: "Plan",
      text: "Hello",
      html: "<p>Hello</p>",
      now: clock().toISOString(),
    });

    const row = await database.db
      .selectFrom("outbox_emails")
      .select("attachments_json")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.attachments_json).toBeNull();
  });

  it("an attachment that is not base64 is refused before anything is written", async () => {
    database = await freshDatabase(dialect);

    await expect(
      enqueueEmail(database.db, {
        districtId: null,
        kind: "plan.pdf",
        to: { address: "hoa.nguyen@family.example" },
        subject: "Plan",
        text: "Hello",
        html: "<p>Hello</p>",
        attachments: [
          { filename: "plan.pdf", contentType: "application/pdf", contentBase64: "@@" },
        ],
      }),
    ).rejects.toMatchObject({ kind: "invalid_input" });
    const rows = await database.db.selectFrom("outbox_emails").select("id").execute();
    expect(rows).toEqual([]);
  });
});
