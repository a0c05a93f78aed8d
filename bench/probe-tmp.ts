import { sql } from "kysely";
import { issueSignInToken, redeemSignInToken } from "../src/auth/accounts.ts";
import { readConfig } from "../src/config.ts";
import { migrateToLatest, openDatabase } from "../src/db/connection.ts";
import { findPerson } from "../src/db/people-store.ts";
import { importRoster } from "../src/domain/roster/import-roster.ts";
import { createLogger } from "../src/logger.ts";
import { buildApp } from "../src/web/build-app.ts";
import { generateDistrict, sizeForRows } from "./district/generate-district.ts";
const dir = "/tmp/probe-pages";
const config = readConfig({ DATA_DIR: dir, PORT: "3999" });
const handle = openDatabase(config);
await migrateToLatest(handle);
if (!(await handle.db.selectFrom("people").select("id").limit(1).executeTakeFirst())) {
  await generateDistrict({ size: sizeForRows(10000), out: "/tmp/probe-export", seed: 1 });
  await importRoster(handle.db, { districtId: "d", createDistrict: true, source: "/tmp/probe-export", skipInvalid: false, actorId: null, clock: () => new Date() });
}
const { app, deps } = await buildApp({ handle, config, log: createLogger("silent"), clock: () => new Date() });
const t = await handle.db.selectFrom("people").select("id").where("source_id", "=", "tch-0").executeTakeFirstOrThrow();
const person = await findPerson(handle.db, t.id);
const token = await issueSignInToken({ auth: deps.auth, pickup: deps.tokens, db: deps.db, person: person! });
const res = await redeemSignInToken(deps.auth, token, new Headers());
const cookie = res.headers.getSetCookie().map((e) => e.split(";")[0]).join("; ");
const path = process.argv[2] ?? "/students";
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  let size = 0;
  for (let i = 0; i < 50; i++) { const r = await app.request(`${config.baseUrl}${path}`, { headers: { cookie } }); size = (await r.text()).length; if (r.status !== 200) console.log(r.status); }
  console.log(path, "ms/req", ((performance.now() - t0) / 50).toFixed(2), "bytes", size);
}
await handle.close();
