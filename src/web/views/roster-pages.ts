import { html } from "hono/html";
import type { RosterImportSummary } from "../../domain/roster/import-roster-upload.ts";
import type { Problem, RosterCounts, RosterReport } from "../../domain/roster/roster-report.ts";
import { formatInstant, type ViewContext } from "./plan-format.ts";

/*
 * The roster pages: the upload form with the last imports, and one import's report with every
 * warning and error in a table. The form posts and redirects without JavaScript; public/app.js
 * adds upload progress.
 */

const countKinds: readonly (keyof RosterCounts)[] = [
  "schools",
  "classes",
  "teachers",
  "students",
  "guardians",
  "guardianLinks",
  "enrollments",
];

export interface UploadPageOptions extends ViewContext {
  imports: RosterImportSummary[];
  uploadLimitMegabytes: number;
  /** Why the last upload was refused before it could be checked. */
  refusal: string | null;
}

export function rosterUploadPage(options: UploadPageOptions) {
  const { t } = options;

  return html`<h1>${t("roster.title")}</h1>
    <p>${t("roster.intro")}</p>
    <section class="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">${t("roster.upload.heading")}</h2>
      ${options.refusal ? html`<p class="problem" role="alert">${options.refusal}</p>` : ""}
      <form method="post" action="/roster" enctype="multipart/form-data" class="stack"
        data-upload-progress>
        <label for="roster-files">${t("roster.upload.label")}
          <span class="hint" id="roster-files-hint">${t("roster.upload.hint", {
            megabytes: options.uploadLimitMegabytes,
          })}</span>
        </label>
        <input type="file" id="roster-files" name="files" multiple required
          accept=".zip,.csv,application/zip,text/csv" aria-describedby="roster-files-hint">
        <progress max="100" value="0" hidden aria-label="${t("roster.upload.progress")}"></progress>
        <div><button type="submit">${t("roster.upload.submit")}</button></div>
      </form>
    </section>
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">${t("roster.history.heading")}</h2>
      ${options.imports.length === 0 ? html`<p>${t("roster.history.none")}</p>` : historyTable(options)}
    </section>`;
}

function historyTable(options: UploadPageOptions) {
  const { t, locale } = options;

  return html`<div class="table-scroll"><table aria-labelledby="history-heading">
    <thead><tr>
      <th scope="col">${t("roster.history.when")}</th>
      <th scope="col">${t("roster.history.source")}</th>
      <th scope="col">${t("roster.history.outcome")}</th>
    </tr></thead>
    <tbody>${options.imports.map(
      (entry) => html`<tr>
        <td><time datetime="${entry.createdAt}">${formatInstant(entry.createdAt, locale, "UTC")} UTC</time></td>
        <td><a href="/roster/imports/${entry.id}">${entry.sourceName}</a></td>
        <td>${t(`roster.status.${entry.status}`)}${
          entry.status === "imported"
            ? html`<br><span class="hint">${countLine(options, entry.report.counts)}</span>`
            : ""
        }</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}

function countLine({ t }: ViewContext, counts: RosterCounts) {
  return countKinds.map((kind) => t(`roster.count.${kind}`, { count: counts[kind] })).join(", ");
}

export interface ReportPageOptions extends ViewContext {
  summary: RosterImportSummary;
  canImportValidRows: boolean;
}

export function rosterReportPage(options: ReportPageOptions) {
  const { t, summary, locale } = options;
  const { report } = summary;

  return html`<h1>${t("roster.report.title")}</h1>
    <p>${summary.sourceName} ·
      <time datetime="${summary.createdAt}">${formatInstant(summary.createdAt, locale, "UTC")} UTC</time></p>
    ${outcome(options, report)}
    ${report.errors.length > 0 ? problemTable(options, "errors", report.errors) : ""}
    ${report.warnings.length > 0 ? problemTable(options, "warnings", report.warnings) : ""}
    <p><a href="/roster">${t("roster.report.again")}</a></p>`;
}

function outcome(options: ReportPageOptions, report: RosterReport) {
  const { t } = options;
  if (report.imported) {
    return html`<p class="notice" role="status">${t("roster.report.imported")}</p>
      <h2>${t("roster.report.countsHeading")}</h2>
      <ul>${countKinds.map((kind) => html`<li>${t(`roster.count.${kind}`, { count: report.counts[kind] })}</li>`)}</ul>`;
  }

  return html`<div class="problem" role="alert">
      <p><strong>${t("roster.report.refused")}</strong></p>
      ${report.canImportValidRows && options.canImportValidRows ? html`<p>${t("roster.report.refusedHint")}</p>` : ""}
      ${report.canImportValidRows && !options.canImportValidRows ? html`<p>${t("roster.report.stagingGone")}</p>` : ""}
    </div>
    ${options.canImportValidRows ? importValidRowsForm(options) : ""}`;
}

function importValidRowsForm({ t, summary }: ReportPageOptions) {
  return html`<form method="post" action="/roster/imports/${summary.id}/import-valid-rows"
      class="card stack">
      <p class="hint" id="import-valid-hint">${t("roster.report.importValidHint")}</p>
      <div><button type="submit" aria-describedby="import-valid-hint">${t("roster.report.importValid")}</button></div>
    </form>`;
}

function problemTable(options: ViewContext, kind: "errors" | "warnings", problems: Problem[]) {
  const { t } = options;
  const heading =
    kind === "errors"
      ? t("roster.report.errorsHeading", { count: problems.length })
      : t("roster.report.warningsHeading", { count: problems.length });

  return html`<h2 id="${kind}-heading">${heading}</h2>
    <div class="table-scroll"><table aria-labelledby="${kind}-heading">
      <thead><tr>
        <th scope="col">${t("roster.report.file")}</th>
        <th scope="col">${t("roster.report.line")}</th>
        <th scope="col">${t("roster.report.column")}</th>
        <th scope="col">${t("roster.report.message")}</th>
      </tr></thead>
      <tbody>${problems.map(
        (problem) => html`<tr>
          <td>${problem.file}</td>
          <td>${problem.line ?? "—"}</td>
          <td>${problem.column ?? "—"}</td>
          <td>${problem.message}</td>
        </tr>`,
      )}</tbody>
    </table></div>`;
}
