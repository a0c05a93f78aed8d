import { migrateToLatest, openDatabase } from "../src/db/connection.ts";
import { importRoster } from "../src/domain/roster/import-roster.ts";

const mb = (n: number) => Math.round(n / 1048576);
let peak = 0;
const t0 = Date.now();
setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss > peak + 20e6) {
    peak = m.rss;
    console.log(
      ((Date.now() - t0) / 1000).toFixed(1),
      "rss",
      mb(m.rss),
      "heap",
      mb(m.heapUsed),
      "heapTotal",
      mb(m.heapTotal),
      "ext",
      mb(m.external),
      "ab",
      mb(m.arrayBuffers),
    );
  }
}, 100).unref();
const handle = openDatabase({ dataDir: process.argv[3] as string });
await migrateToLatest(handle);
const r = await importRoster(handle.db, {
  districtId: "d",
  createDistrict: true,
  source: process.argv[2] as string,
  skipInvalid: false,
  actorId: null,
  clock: () => new Date(),
});
console.log(
  "done",
  ((Date.now() - t0) / 1000).toFixed(1),
  r.imported,
  mb(process.resourceUsage().maxRSS * 1024),
);
await handle.close();
