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
  });

  return id;
}
