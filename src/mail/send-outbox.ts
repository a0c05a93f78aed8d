import type { Kysely } from "kysely";
import { type Clock, isoNow } from "../clock.ts";
import type { Config } from "../config.ts";
import {
  claimEmail,
  findDueEmailIds,
  keepDueEmails,
  markEmailFailed,
  markEmailSent,
  type OutboxEmailRow,
  scheduleEmailRetry,
} from "../db/outbox-store.ts";
import type { Database } from "../db/schema.ts";
import { repeatRounds } from "../lib/repeat-rounds.ts";
import type { Logger } from "../logger.ts";
import {
  createSmtpMailer,
  describeFailure,
  isPermanentRejection,
  type Mailer,
} from "./smtp-mailer.ts";

/*
 * The sending half of the transactional outbox. An email row exists exactly when the change that
 * caused it was committed; this worker sends each one at least once and, short of one case,
 * at most once:
 * - A sender claims a row with a compare-and-set (status pending, or sending with a lapsed
 *   lease, and due now) that also moves its due time to the end of a lease. Of two processes
 *   racing for a row, one update matches and the other finds nothing to send.
 * - A sender that dies while holding a row leaves it in 'sending'; once the lease has passed,
 *   another round takes it again, so a crash never loses an email.
 * - The one duplicate possible: a crash (or a lost database) after the SMTP server accepted the
 *   message but before the row was marked sent. The email is then sent once more when the lease
 *   runs out. Its Message-ID is the row's id on every attempt, so a receiving server can see
 *   the copy for what it is.
 * With no SMTP_URL nothing leaves the machine: due emails are marked 'kept' and an administrator
 * reads them on the Sent mail page.
 */

export interface RetryPolicy {
  /** Attempts before an email is given up as failed. */
  maxAttempts: number;
  /** The wait after the first failed attempt; each later wait doubles, up to longestDelayMs. */
  firstDelayMs: number;
  longestDelayMs: number;
  /** How long a sender holds an email it took; longer than any one send can last. */
  leaseMs: number;
  /** Emails taken in one round. */
  batchSize: number;
}

/** Ten attempts over about three hours: long enough to ride out a mail server's restart. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 10,
  firstDelayMs: 30_000,
  longestDelayMs: 60 * 60_000,
  leaseMs: 2 * 60_000,
  batchSize: 20,
};

export interface OutboxOptions {
  db: Kysely<Database>;
  config: Pick<Config, "smtpUrl" | "mailFrom">;
  log: Logger;
  clock: Clock;
  retry?: Partial<RetryPolicy>;
}

export interface SendReport {
  sent: number;
  kept: number;
  retrying: number;
  failed: number;
}

type Outcome = keyof SendReport;

interface Round extends OutboxOptions {
  mailer: Mailer;
  policy: RetryPolicy;
}

/** The wait before the next attempt after `attempts` failed ones. */
export function backoffMs(policy: RetryPolicy, attempts: number): number {
  return Math.min(policy.longestDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** One round: sends (or keeps) every email that is due now. */
export async function sendDueEmails(options: OutboxOptions & { mailer?: Mailer }) {
  const report: SendReport = { sent: 0, kept: 0, retrying: 0, failed: 0 };
  const { config } = options;
  if (!config.smtpUrl) {
    report.kept = await keepDueEmails(options.db, isoNow(options.clock));
    if (report.kept > 0) options.log.info({ kept: report.kept }, "mail kept in the outbox");
    return report;
  }

  const policy = { ...defaultRetryPolicy, ...options.retry };
  const mailer = options.mailer ?? createSmtpMailer({ ...config, smtpUrl: config.smtpUrl });
  try {
    const ids = await findDueEmailIds(options.db, {
      now: isoNow(options.clock),
      limit: policy.batchSize,
    });
    for (const id of ids) {
      const outcome = await sendOne({ ...options, mailer, policy }, id);
      if (outcome) report[outcome] += 1;
    }
  } finally {
    if (!options.mailer) mailer.close();
  }

  if (report.sent + report.retrying + report.failed > 0) options.log.info(report, "outbox round");
  return report;
}

async function sendOne(round: Round, emailId: string): Promise<Outcome | null> {
  const now = round.clock();
  const email = await claimEmail(round.db, {
    id: emailId,
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + round.policy.leaseMs).toISOString(),
  });
  if (!email) return null;

  if (email.attempts > round.policy.maxAttempts) {
    const lastError = email.last_error ?? "the last attempt did not finish";
    await markEmailFailed(round.db, { id: email.id, lastError });
    round.log.warn({ emailId: email.id, attempts: email.attempts }, "email given up");
    return "failed";
  }

  try {
    await round.mailer.send(email);
  } catch (error) {
    return afterFailure(round, email, error);
  }

  await markEmailSent(round.db, { id: email.id, sentAt: isoNow(round.clock) });
  return "sent";
}

async function afterFailure(round: Round, email: OutboxEmailRow, error: unknown) {
  const lastError = describeFailure(error);
  const facts = { emailId: email.id, attempts: email.attempts, ...failureCodes(error) };

  if (isPermanentRejection(error) || email.attempts >= round.policy.maxAttempts) {
    await markEmailFailed(round.db, { id: email.id, lastError });
    round.log.warn(facts, "email not delivered");
    return "failed";
  }

  const wait = backoffMs(round.policy, email.attempts);
  const nextAttemptAt = new Date(round.clock().getTime() + wait).toISOString();
  await scheduleEmailRetry(round.db, { id: email.id, nextAttemptAt, lastError });
  round.log.info({ ...facts, waitMs: wait }, "email will be tried again");
  return "retrying";
}

/** The codes of a failure, fit for the log (the server's words may hold the address). */
function failureCodes(error: unknown) {
  const failure = error as { code?: unknown; responseCode?: unknown };

  return { code: String(failure.code ?? "unknown"), responseCode: failure.responseCode ?? null };
}

export interface OutboxWorker {
  /** Stops polling and waits for the round under way to finish. */
  stop(): Promise<void>;
}

/** Sends due emails every few seconds until stopped. */
export function startOutboxWorker(options: OutboxOptions & { pollMs?: number }): OutboxWorker {
  const { config, log } = options;
  const mailer = config.smtpUrl
    ? createSmtpMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom })
    : undefined;
  const pollMs = options.pollMs ?? 5_000;

  log.info({ smtp: Boolean(mailer) }, mailer ? "outbox sends through SMTP" : "outbox keeps mail");
  const rounds = repeatRounds(pollMs, async () => {
    try {
      await sendDueEmails({ ...options, ...(mailer ? { mailer } : {}) });
    } catch (error) {
      log.error({ err: logSafe(error) }, "outbox round failed");
    }
  });

  return {
    async stop() {
      await rounds.stop();
      mailer?.close();
    },
  };
}

/** An error's name and message only: a database error's details can quote the row. */
function logSafe(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };

  return { name: error.name, message: error.message, stack: error.stack };
}
