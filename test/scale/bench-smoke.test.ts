import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createBenchDatabase } from "../../bench/bench-database.ts";
import { generateDistrict, sizeForRows } from "../../bench/district/generate-district.ts";
import { benchImport } from "../../bench/import/import-bench.ts";
import { benchPages } from "../../bench/pages/pages-bench.ts";
import { importTable, pagesTable } from "../../bench/report.ts";
import { migrateToLatest, openDatabase } from "../../src/db/connection.ts";
import { importRoster } from "../../src/domain/roster/import-roster.ts";

/*
 * The benchmark harness end to end at a toy size, so that `npm run bench` keeps working. The
 * figures at this size mean nothing; that each one is measured and reported is what is checked.
 */

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-bench-smoke-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("the benchmark harness", () => {
  it("measures a roster import against parsing alone, with peak memory", async () => {
    const [figure] = await benchImport({ rowCounts: [300], dialects: ["sqlite"], seed: 3 });

    expect(figure?.imported).toBe(true);
    expect(figure?.rows).toBeGreaterThan(250);
    expect(figure?.ratio).toBeGreaterThan(0);
    expect(figure?.importPeakRssMb).toBeGreaterThan(10);
    expect(importTable(figure ? [figure] : [])).toContain("sqlite");
  }, 90_000);

  it("takes each side's fastest of its rounds, and the most memory any round took", async () => {
    const [figure] = await benchImport({
      rowCounts: [300],
      dialects: ["sqlite"],
      seed: 3,
      rounds: 2,
    });

    expect(figure?.importSecondsOfRounds).toHaveLength(2);
    expect(figure?.parseSecondsOfRounds).toHaveLength(2);
    expect(figure?.importSeconds).toBe(Math.min(...(figure?.importSecondsOfRounds ?? [])));
    const parseSeconds = Math.min(...(figure?.parseSecondsOfRounds ?? []));
    expect(figure?.parseRowsPerSecond).toBeCloseTo((figure?.rows ?? 0) / parseSeconds, 6);
  }, 90_000);

  it("loads the pages of a signed-in teacher and the same HTML from memory", async () => {
    const database = await createBenchDatabase("sqlite");
    try {
      await generateDistrict({ size: sizeForRows(300), out: folder, seed: 3 });
      const handle = openDatabase({ dataDir: database.env.DATA_DIR });
      await migrateToLatest(handle);
      const report = await importRoster(handle.db, {
        districtId: crypto.randomUUID(),
        createDistrict: true,
        source: folder,
        skipInvalid: false,
        actorId: null,
        clock: () => new Date(),
      });
      await handle.close();
      expect(report.imported).toBe(true);

      const figures = await benchPages({
        dialect: "sqlite",
        env: database.env,
        seconds: 1,
        connections: 5,
      });

      expect(figures.map((figure) => figure.page)).toEqual(
        expect.arrayContaining(["students", "plan"]),
      );
      for (const figure of figures) {
        expect(figure.failures).toBe(0);
        expect(figure.baselineRequestsPerSecond).toBeGreaterThan(0);
        // A whole grade's PDF can take longer than this run's one second on a busy machine.
        if (figure.plansPerDownload !== undefined && figure.plansPerDownload > 1) continue;
        expect(figure.requestsPerSecond).toBeGreaterThan(0);
      }
      expect(pagesTable(figures)).toContain("/plans/:id");
    } finally {
      await database.drop();
    }
  }, 90_000);
});
