import type { Kysely } from "kysely";
import { findDistrictEmail, listDistrictEmails } from "../db/outbox-store.ts";
import type { Database } from "../db/schema.ts";
import type { Actor } from "../domain/access/actor.ts";
import { authorizeDistrictAdministrator } from "../domain/access/policy.ts";
import { notFound } from "../domain/errors.ts";

/*
 * The Sent mail pages. Only an administrator of the whole district reads the district's mail:
 * when the school has no mail server, they pass sign-in links on by hand, and a sign-in link
 * signs in as whoever it is for, at any school. An email of another district does not exist.
 */

export const outboxPageSize = 50;

export async function listOutbox(db: Kysely<Database>, actor: Actor, page: number) {
  await authorizeDistrictAdministrator(db, actor);
  const rows = await listDistrictEmails(db, {
    districtId: actor.districtId,
    limit: outboxPageSize + 1,
    offset: (page - 1) * outboxPageSize,
  });

  return { emails: rows.slice(0, outboxPageSize), hasOlder: rows.length > outboxPageSize };
}

export async function readOutboxEmail(db: Kysely<Database>, actor: Actor, emailId: string) {
  await authorizeDistrictAdministrator(db, actor);
  const email = await findDistrictEmail(db, actor.districtId, emailId);
  if (!email) throw notFound(`email ${emailId}`);

  return email;
}
