import type { Kysely } from "kysely";
import { findDistrictEmail, listDistrictEmails } from "../db/outbox-store.ts";
import type { Database } from "../db/schema.ts";
import type { Actor } from "../domain/access/actor.ts";
import { AppError, notFound } from "../domain/errors.ts";
import { translator } from "../i18n/translate.ts";

/*
 * The Sent mail pages. Only an administrator reads the district's mail: when the school has no
 * mail server, they pass sign-in links on by hand. An email of another district does not exist.
 */

export const outboxPageSize = 50;

export async function listOutbox(db: Kysely<Database>, actor: Actor, page: number) {
  assertAdministrator(actor);
  const rows = await listDistrictEmails(db, {
    districtId: actor.districtId,
    limit: outboxPageSize + 1,
    offset: (page - 1) * outboxPageSize,
  });

  return { emails: rows.slice(0, outboxPageSize), hasOlder: rows.length > outboxPageSize };
}

export async function readOutboxEmail(db: Kysely<Database>, actor: Actor, emailId: string) {
  assertAdministrator(actor);
  const email = await findDistrictEmail(db, actor.districtId, emailId);
  if (!email) throw notFound(`email ${emailId}`);

  return email;
}

function assertAdministrator(actor: Actor) {
  if (actor.role === "administrator") return;

  throw new AppError({
    kind: "forbidden",
    message: `${actor.personId} (${actor.role}) may not read the outbox`,
    publicMessage: translator(actor.locale)("error.forbidden"),
  });
}
