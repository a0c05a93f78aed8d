import type { ImportFigure } from "./import/import-bench.ts";
import type { PageFigure } from "./pages/pages-bench.ts";

/*
 * The targets the figures are held to (issue 6) and the tables that show them. A verdict says
 * which target a figure misses, so a run's output is read at a glance.
 */

export const targets = {
  /** Import rows per second, as a share of csv-parse alone on the same files. */
  importRatio: 0.3,
  /** Peak memory of importing the 100,000-student district on SQLite. */
  districtImportRssMb: 300,
  /** Page requests per second, as a share of the same HTML sent from memory. */
  pageRatio: 0.25,
  pageP99Ms: 50,
};

export function importTable(figures: ImportFigure[]) {
  return table(
    [
      "database",
      "rows",
      "students",
      "import rows/s",
      "parse rows/s",
      "ratio",
      "seconds",
      "peak MB",
    ],
    figures.map((figure) => [
      dialectOf(figure),
      whole(figure.rows),
      whole(figure.students),
      whole(figure.importRowsPerSecond),
      whole(figure.parseRowsPerSecond),
      figure.ratio.toFixed(3),
      figure.importSeconds.toFixed(1),
      `${whole(figure.importPeakRssMb)} (parse ${whole(figure.parsePeakRssMb)})`,
    ]),
  );
}

export function pagesTable(figures: PageFigure[]) {
  return table(
    [
      "database",
      "page",
      "req/s",
      "baseline req/s",
      "ratio",
      "p99 ms",
      "baseline p99",
      "failed",
      "plans/s (plans each)",
    ],
    figures.map((figure) => [
      figure.dialect,
      figure.path,
      whole(figure.requestsPerSecond),
      whole(figure.baselineRequestsPerSecond),
      figure.ratio.toFixed(3),
      String(figure.p99Ms),
      String(figure.baselineP99Ms),
      whole(figure.failures),
      figure.plansPerSecond === undefined
        ? ""
        : `${figure.plansPerSecond.toFixed(1)} (${figure.plansPerDownload ?? 1})`,
    ]),
  );
}

export function verdicts(results: { import: ImportFigure[]; pages: PageFigure[] }) {
  const lines: string[] = [];
  for (const figure of results.import) {
    const where = `import of ${whole(figure.rows)} rows on ${dialectOf(figure)}`;
    if (!figure.imported) lines.push(`FAILED ${where}: the export did not import cleanly`);
    if (figure.ratio < targets.importRatio) {
      lines.push(`MISSED ${where}: ratio ${figure.ratio.toFixed(3)} < ${targets.importRatio}`);
    }
    const district = figure.dialect === "sqlite" && figure.students === 100_000;
    if (district && figure.importPeakRssMb > targets.districtImportRssMb) {
      const peak = whole(figure.importPeakRssMb);
      lines.push(`MISSED ${where}: peak ${peak} MB > ${targets.districtImportRssMb} MB`);
    }
  }
  for (const figure of results.pages) {
    const where = `${figure.path} on ${figure.dialect}`;
    if (figure.failures > 0) lines.push(`FAILED ${where}: ${figure.failures} failed requests`);
    // PDFs are figures in plans per second; the page targets are for pages.
    if (figure.plansPerDownload !== undefined) continue;
    if (figure.ratio < targets.pageRatio) {
      lines.push(`MISSED ${where}: ratio ${figure.ratio.toFixed(3)} < ${targets.pageRatio}`);
    }
    if (figure.p99Ms >= targets.pageP99Ms) {
      lines.push(`MISSED ${where}: p99 ${figure.p99Ms} ms >= ${targets.pageP99Ms} ms`);
    }
  }

  return lines.length > 0 ? lines : ["Every figure meets its target."];
}

/** The database, and the heap cap when the run had one. */
export function dialectOf(figure: ImportFigure) {
  return figure.heapCapMb ? `${figure.dialect}, heap ${figure.heapCapMb} MB` : figure.dialect;
}

const whole = (value: number) => Math.round(value).toLocaleString("en-US");

/** A plain text table, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();

  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join(
    "\n",
  );
}
