import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findDemoDistrict, findFirstDistrict } from "../../db/school-store.ts";
import { claimSetting } from "../../db/settings-store.ts";
import { translator } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";

/** Whether the installation still waits for its first school (setup or the demo). */
export async function isFirstRun(db: Kysely<Database>) {
  return (await findFirstDistrict(db)) === undefined;
}

/** The demo district, when this installation is a demo. */
export async function findDemo(db: Kysely<Database>) {
  return (await findDemoDistrict(db)) ?? null;
}

/**
 * Call first inside the transaction that creates the first district. Two setups racing both get
 * here; the claim lets exactly one through and the other is refused, on SQLite and PostgreSQL.
 */
export async function claimFirstRun(trx: Kysely<Database>, districtId: string, locale: string) {
  const claimed = await claimSetting(trx, "first_district", districtId);
  const existing = await findFirstDistrict(trx);
  if (claimed && !existing) return;

  throw new AppError({
    kind: "conflict",
    message: "first run already done",
    publicMessage: translator(locale)("setup.alreadyDone"),
  });
}
