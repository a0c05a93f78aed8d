import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { insertOutboxEmail } from "../db/outbox-store.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../domain/errors.ts";

export interface EmailToEnqueue {
  districtId: string | null;
  /** What the email is about, such as "plan.shared" or "sign-in.link". */
  kind: string;
  to: { address: string; name?: string | null | undefined };
  subject: string;
  text: string;
  html: string;
  /** The caller's clock time (ISO-8601); defaults to the present. */
  now?: string | undefined;
  /** Files sent with the email, such as a plan's PDF. */
  attachments?: EmailAttachment[] | undefined;
  /** An iCalendar invitation (or its cancellation) that mail programs offer to accept. */
  calendar?: EmailCalendar | undefined;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export interface EmailCalendar {
  method: "REQUEST" | "CANCEL";
  /** The iCalendar text (RFC 5545), its METHOD the same as `method`. */
  content: string;
}

/** What outbox_emails.attachments_json holds. */
export interface EmailParts {
  attachments: EmailAttachment[];
  calendar: EmailCalendar | null;
}

// The address check is loose on purpose: rosters hold odd but working addresses.
const mailable = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>,;"]+@[^\s@<>,;"]+$/);

/** Whether an address from the roster is one the outbox will take. */
export const isMailableAddress = (address: string | null | undefined) =>
  mailable.safeParse(address ?? "").success;

// Header values must stay on one line: a line break in a name or subject would start a new one.
const oneLine = /^[^\r\n]*$/;
// Mail servers commonly refuse messages past 10 to 25 MB; base64 grows a file by a third.
const largestAttachmentsBase64 = 10 * 1024 * 1024;
const attachmentSchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\r\n\\/]*$/),
  contentType: z
    .string()
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+$/),
  contentBase64: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
const calendarSchema = z.object({
  method: z.enum(["REQUEST", "CANCEL"]),
  content: z
    .string()
    .startsWith("BEGIN:VCALENDAR")
    .max(1024 * 1024),
});

const emailSchema = z.object({
  districtId: z.string().min(1).nullable(),
  kind: z.string().min(1).max(60),
  to: z.object({
    address: mailable,
    name: z.string().trim().max(200).regex(oneLine).nullish(),
  }),
  subject: z.string().trim().min(1).max(300).regex(oneLine),
  text: z.string().min(1),
  html: z.string().min(1),
  now: z.iso.datetime().optional(),
  attachments: z
    .array(attachmentSchema)
    .max(10)
    .refine(
      (files) =>
        files.reduce((sum, file) => sum + file.contentBase64.length, 0) <= largestAttachmentsBase64,
    )
    .optional(),
  calendar: calendarSchema.optional(),
});

/**
 * Writes an email to the outbox inside the caller's transaction, so the email exists exactly when
 * the change that caused it does. The worker sends it afterwards. Returns the email's id.
 */
export async function enqueueEmail(trx: Kysely<Database>, email: EmailToEnqueue) {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new AppError({ kind: "invalid_input", message: `email not enqueued: bad ${fields}` });
  }

  const { to, subject, text, html } = parsed.data;
  const now = parsed.data.now ?? new Date().toISOString();
  const id = randomUUID();
  await insertOutboxEmail(trx, {
    id,
    district_id: parsed.data.districtId,
    kind: parsed.data.kind,
    to_address: to.address,
    to_name: to.name || null,
    subject,
    text_body: text,
    html_body: html,
    status: "pending",
    attempts: 0,
    next_attempt_at: now,
    sent_at: null,
    last_error: null,
    created_at: now,
    attachments_json: partsJson(parsed.data),
  });

  return id;
}

function partsJson(email: Pick<EmailToEnqueue, "attachments" | "calendar">) {
  const parts: EmailParts = {
    attachments: email.attachments ?? [],
    calendar: email.calendar ?? null,
  };
  if (parts.attachments.length === 0 && !parts.calendar) return null;

  return JSON.stringify(parts);
}

/** The files and invitation stored with an outbox email. */
export function readEmailParts(attachmentsJson: string | null): EmailParts {
  if (!attachmentsJson) return { attachments: [], calendar: null };
  const parts = JSON.parse(attachmentsJson) as Partial<EmailParts>;

  return { attachments: parts.attachments ?? [], calendar: parts.calendar ?? null };
}
