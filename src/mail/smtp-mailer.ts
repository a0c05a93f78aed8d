import { createTransport, type NodemailerError } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import type { OutboxEmailRow } from "../db/outbox-store.ts";
import { readEmailParts } from "./outbox.ts";

export type OutgoingEmail = Pick<
  OutboxEmailRow,
  "id" | "to_address" | "to_name" | "subject" | "text_body" | "html_body"
> &
  Partial<Pick<OutboxEmailRow, "attachments_json">>;

/** Hands one email to the mail server; throws what the server or the network said. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * A sender through the SMTP server of SMTP_URL (smtp://user:pass@host:587, or smtps:// for
 * TLS from the first byte; nodemailer upgrades smtp:// with STARTTLS when the server offers it).
 */
export function createSmtpMailer(config: { smtpUrl: string; mailFrom: string }): Mailer {
  const from = parseMailFrom(config.mailFrom);
  const transport = createTransport({
    url: config.smtpUrl,
    // Fail fast and try again later rather than hold the outbox for minutes; each wait stays
    // well inside the worker's lease, so no other sender takes the email meanwhile.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });

  return {
    async send(email) {
      const parts = readEmailParts(email.attachments_json ?? null);
      await transport.sendMail({
        from,
        to: { name: email.to_name ?? "", address: email.to_address },
        subject: email.subject,
        text: email.text_body,
        html: email.html_body,
        // The same id on every attempt lets a receiving server drop the copy a crash can cause.
        messageId: `<${email.id}@${domainOf(from.address)}>`,
        attachments: parts.attachments.map((file) => ({
          filename: file.filename,
          contentType: file.contentType,
          content: file.contentBase64,
          encoding: "base64",
        })),
        // Sent as a text/calendar alternative with its METHOD, so Outlook, Gmail and Apple Mail
        // show the accept and decline buttons.
        ...(parts.calendar
          ? { icalEvent: { method: parts.calendar.method, content: parts.calendar.content } }
          : {}),
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
    close: () => transport.close(),
  };
}

/** MAIL_FROM, such as `Springfield Math <maps@springfield.example>`, checked at start-up. */
export function parseMailFrom(mailFrom: string): { name: string; address: string } {
  const [first, ...rest] = addressparser(mailFrom, { flatten: true });
  if (!first || rest.length > 0 || !/^[^\s@]+@[^\s@]+$/.test(first.address)) {
    throw new Error("MAIL_FROM must be one address, such as: Math Plans <maps@school.example>");
  }

  return { name: first.name, address: first.address };
}

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1);

/**
 * Whether the server refused this very message for good (an unknown mailbox, a message it will
 * never take). Connection, sign-in and temporary (4xx) troubles are worth another try.
 */
export function isPermanentRejection(error: unknown): boolean {
  const failure = error as NodemailerError;
  const aboutTheMessage = failure.code === "EENVELOPE" || failure.code === "EMESSAGE";

  return aboutTheMessage && failure.permanent === true;
}

/** What the server answered, for the outbox row an administrator reads (never for the log). */
export function describeFailure(error: unknown): string {
  const failure = error as NodemailerError;
  const parts = [failure.code, failure.response ?? failure.message].filter(Boolean);

  return parts.join(": ").slice(0, 500);
}
