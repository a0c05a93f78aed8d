import { html } from "hono/html";
import { deactivatesMuch } from "../../domain/roster/count-unlisted.ts";
import type { RosterImportSummary } from "../../domain/roster/import-roster-upload.ts";
import {
  countedKinds,
  type FileRows,
  type Problem,
  problemCount,
  problemText,
  type UnlistedRows,
} from "../../domain/roster/roster-report.ts";
import { inactiveRows, partOfDistrict, rolesOf } from "../../domain/roster/say-unlisted.ts";
import { timeZoneNote, type ZonedViewContext, zonedTime } from "./administrator-times.ts";
import { sentence } from "./own-words.ts";
import type { ViewContext } from "./plan-format.ts";

/*
 * The roster pages: the upload form with the last imports, and one import's report with every
 * warning and error in a table. The form posts and redirects without JavaScript; public/app.js
 * adds upload progress, and says in the form's live region when the check and import are under
 * way (they can take a minute after the last byte is sent) and when an upload failed.
 */

export interface UploadPageOptions extends ZonedViewContext {
  imports: RosterImportSummary[];
  /** Which page of the history this is (1: the latest), and whether older imports follow. */
  history: { page: number; hasOlder: boolean };
  uploadLimitMegabytes: number;
  /** Why the last upload was refused before it could be checked. */
  refusal: string | null;
}

export function rosterUploadPage(options: UploadPageOptions) {
  const { t } = options;
  const hint = t("roster.upload.hint", { megabytes: options.uploadLimitMegabytes });

  return html`<h1>${t("roster.title")}</h1>
    <p>${t("roster.intro")}</p>
    <section class="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">${t("roster.upload.heading")}</h2>
      ${options.refusal ? html`<p class="problem" role="alert">${options.refusal}</p>` : ""}
      <form method="post" action="/roster" enctype="multipart/form-data" class="stack"
        data-upload-progress data-upload-checking="${t("roster.upload.checking")}"
        data-upload-failed="${t("roster.upload.failed")}">
        <label for="roster-files">${t("roster.upload.label")}
          <span class="hint" id="roster-files-hint">${hint}</span>
        </label>
        <input type="file" id="roster-files" name="files" multiple required
          accept=".zip,.csv,application/zip,text/csv" aria-describedby="roster-files-hint">
        <progress max="100" value="0" hidden aria-label="${t("roster.upload.progress")}"
          data-checking-label="${t("roster.upload.checkingProgress")}"></progress>
        <div>
          <p class="upload-status" role="status" data-upload-status></p>
          <button type="submit">${t("roster.upload.submit")}</button>
        </div>
      </form>
    </section>
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">${t("roster.history.heading")}</h2>
      ${options.imports.length === 0 ? html`<p>${t("roster.history.none")}</p>` : history(options)}
      ${historyPages(options)}
    </section>`;
}

/** Links to newer and older imports, when there are any. */
function historyPages({ t, history }: UploadPageOptions) {
  const { page, hasOlder } = history;
  if (page === 1 && !hasOlder) return "";
  const link = (to: number, label: string, rel: string) =>
    html`<a href="/roster?page=${to}" rel="${rel}">${label}</a>`;
  const newer = page > 1 ? link(page - 1, t("roster.history.newer"), "prev") : "";
  const older = hasOlder ? link(page + 1, t("roster.history.older"), "next") : "";

  return html`<nav class="pager" aria-label="${t("roster.history.pages")}">${newer} ${older}</nav>`;
}

function history(options: UploadPageOptions) {
  const { t } = options;

  // A card per import on a phone (app.css, .cards-on-phone), as the report's problems: three
  // columns left the export's name a few letters wide there.
  const when = t("roster.history.when");
  const source = t("roster.history.source");
  const outcome = t("roster.history.outcome");

  return html`${timeZoneNote(options)}
    <div class="table-scroll" tabindex="0"><table class="imports cards-on-phone" role="table"
      aria-labelledby="history-heading">
    <thead role="rowgroup"><tr role="row">${[when, source, outcome].map(
      (name) => html`<th scope="col" role="columnheader">${name}</th>`,
    )}</tr></thead>
    <tbody role="rowgroup">${options.imports.map(
      (entry) => html`<tr role="row">
        <td role="cell" data-label="${when}">${zonedTime(options, entry.createdAt)}</td>
        <td role="cell" data-label="${source}">
          <a href="/roster/imports/${entry.id}">${entry.sourceName}</a></td>
        <td role="cell" data-label="${outcome}">${statusOf(options, entry)}${outcomeCounts(
          options,
          entry,
        )}</td>
      </tr>`,
    )}</tbody>
  </table></div>`;
}

/** An import of a refused export's valid rows says so: rows were left out of it. */
function statusOf({ t }: ViewContext, entry: RosterImportSummary) {
  const leftOut = entry.status === "imported" && entry.report.errors.length > 0;

  return t(leftOut ? "roster.status.importedValid" : `roster.status.${entry.status}`);
}

function outcomeCounts({ t, locale }: ViewContext, entry: RosterImportSummary) {
  if (entry.status !== "imported") return "";

  // A line of the history names what the import brought: kinds it brought none of are left out.
  const counted = countedKinds(entry.report.counts).filter(({ count }) => count > 0);
  const line = counted.map(({ kind, count }) => t(`roster.count.${kind}`, { count }));
  const listOf = new Intl.ListFormat(locale, { type: "conjunction" });
  return html`<br><span class="hint">${listOf.format(line)}</span>`;
}

export interface ReportPageOptions extends ZonedViewContext {
  summary: RosterImportSummary;
  /** The uploaded files are still kept, so the valid rows can be imported without uploading. */
  canImportValidRows: boolean;
  /** The district imported a newer roster since: this export's valid rows would undo it. */
  newerImport: boolean;
  /** The import that brought this refused export's valid rows, once one did. */
  validRowsImport: { id: string; createdAt: string } | null;
  /** A held import whose upload is still kept: it can be imported with the confirmation. */
  canConfirm: boolean;
  /** The import that brought this held export with the administrator's confirmation. */
  confirmedImport: { id: string; createdAt: string } | null;
}

export function rosterReportPage(options: ReportPageOptions) {
  const { t, summary } = options;
  const { report } = summary;

  return html`<h1>${t("roster.report.title")}</h1>
    <p><bdi>${summary.sourceName}</bdi> · <bdi>${zonedTime(options, summary.createdAt)}</bdi></p>
    ${timeZoneNote(options)}
    ${report.imported ? importedCounts(options) : report.held ? held(options) : refusal(options)}
    ${report.errors.length > 0 ? problemTable(options, "errors", report.errors) : ""}
    ${report.warnings.length > 0 ? problemTable(options, "warnings", report.warnings) : ""}
    <p><a href="/roster">${t("roster.report.again")}</a></p>`;
}

function importedCounts({ t, summary }: ReportPageOptions) {
  const counted = countedKinds(summary.report.counts);
  const items = counted.map(({ kind, count }) => t(`roster.count.${kind}`, { count }));

  // An import of the valid rows left the rows with errors out: it says so before anything else.
  const said =
    summary.report.errors.length > 0 ? "roster.report.importedValid" : "roster.report.imported";

  return html`<p class="notice" role="status">${t(said)}</p>
    ${madeInactive(t, summary.report.deactivated ?? [])}
    <h2>${t("roster.report.countsHeading")}</h2>
    <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
    ${madeActive(t, summary.report.reactivated ?? [])}`;
}

/** Rows the export lists again after they were made inactive: they are active again. */
function madeActive(t: ReportPageOptions["t"], reactivated: FileRows[]) {
  if (reactivated.length === 0) return "";

  return html`<p>${t("roster.report.reactivatedHeading")}</p>
    <ul>${reactivated.map(
      ({ file, count }) =>
        html`<li><bdi>${file}</bdi>: ${t("roster.report.reactivated", { count })}</li>`,
    )}</ul>`;
}

/**
 * Rows a bulk file left out, made inactive: said at the top, not among the warnings, since a
 * truncated export makes most of a district inactive this way (and the complete one undoes it).
 */
function madeInactive(t: ReportPageOptions["t"], deactivated: { file: string; count: number }[]) {
  if (deactivated.length === 0) return "";

  return html`<div class="problem">
    <p><strong>${t("roster.report.deactivatedHeading")}</strong></p>
    <ul>${deactivated.map(
      ({ file, count }) =>
        html`<li><bdi>${file}</bdi>: ${t("roster.report.unlisted", { count })}</li>`,
    )}</ul>
    <p>${t("roster.report.deactivatedAdvice")}</p>
  </div>`;
}

function refusal(options: ReportPageOptions) {
  const { t, validRowsImport } = options;
  const skippable = options.summary.report.canImportValidRows;
  const hint = !skippable
    ? ""
    : options.newerImport
      ? t("roster.report.newerImport")
      : t(options.canImportValidRows ? "roster.report.refusedHint" : "roster.report.stagingGone");
  const at = (instant: string) => zonedTime(options, instant);
  const followUp = validRowsImport
    ? html`<p>${t("roster.report.validRowsImported")}
        <a href="/roster/imports/${validRowsImport.id}">${at(validRowsImport.createdAt)}</a>
      </p>`
    : hint
      ? html`<p>${hint}</p>`
      : "";

  return html`<div class="problem" role="alert">
      <p><strong>${t("roster.report.refused")}</strong></p>
      ${followUp}
    </div>
    ${skippable && options.canImportValidRows ? importValidRowsForm(options) : ""}`;
}

function importValidRowsForm(options: ReportPageOptions) {
  const { t, locale, summary } = options;
  const unlisted = summary.report.wouldDeactivate ?? [];
  const described = [
    "import-valid-hint",
    ...(unlisted.length > 0 ? ["import-valid-deactivates"] : []),
  ];
  // As much as an import stops to ask about (held): the click is the confirmation, and says so.
  const label = unlisted.some(deactivatesMuch)
    ? t("roster.report.importValidDeactivating", { rows: inactiveRows(t, locale, unlisted) })
    : t("roster.report.importValid");

  return html`<form method="post" action="/roster/imports/${summary.id}/import-valid-rows"
      class="card stack">
      <p class="hint" id="import-valid-hint">${t("roster.report.importValidHint")}</p>
      ${unlisted.length > 0 ? whatValidRowsDeactivate(options, unlisted) : ""}
      <div><button type="submit" aria-describedby="${described.join(" ")}">${label}</button></div>
    </form>`;
}

/**
 * A held import: nothing was written, as its bulk files would make a large part of the district
 * inactive. The page says how much of what, why that is most often a wrong export, and offers
 * the import with the confirmation (or says where it went, or why it no longer can).
 */
function held(options: ReportPageOptions) {
  const { t, locale, summary, confirmedImport } = options;
  const unlisted = summary.report.wouldDeactivate ?? [];
  const at = (instant: string) => zonedTime(options, instant);
  const followUp = confirmedImport
    ? html`<p>${t("roster.report.confirmedSince")}
        <a href="/roster/imports/${confirmedImport.id}">${at(confirmedImport.createdAt)}</a></p>`
    : options.newerImport
      ? html`<p>${t("roster.report.heldNewerImport")}</p>`
      : options.canConfirm
        ? ""
        : html`<p>${t("roster.report.stagingGone")}</p>`;

  return html`<div class="problem" role="alert" id="held-deactivates">
      <p><strong>${t("roster.report.held")}</strong></p>
      <ul>${unlisted.map(
        (entry) => html`<li><bdi>${entry.file}</bdi>: ${partOfDistrict(t, locale, entry)}</li>`,
      )}</ul>
      <p>${t("roster.report.heldWhy")}</p>
      ${followUp}
    </div>
    ${options.canConfirm ? confirmForm(options, unlisted) : ""}`;
}

function confirmForm(options: ReportPageOptions, unlisted: UnlistedRows[]) {
  const { t, locale, summary } = options;
  const rows = inactiveRows(t, locale, unlisted);

  return html`<form method="post" action="/roster/imports/${summary.id}/import-confirmed"
      class="card stack">
      <p class="hint" id="held-anyway">${t("roster.report.heldAnyway")}</p>
      <div><button type="submit" aria-describedby="held-deactivates held-anyway">
        ${t("roster.report.heldConfirm", { rows })}
      </button></div>
    </form>`;
}

/** A bulk file's valid rows deactivate what it leaves out: said before anyone clicks. */
function whatValidRowsDeactivate(options: ReportPageOptions, unlisted: UnlistedRows[]) {
  const { t } = options;
  const most = unlisted.filter((entry) => entry.count * 2 > entry.active);

  return html`<div id="import-valid-deactivates">
      <p>${t("roster.report.wouldDeactivate")}</p>
      <ul>${unlisted.map(
        (entry) => html`<li>${unlistedCount(options, entry)} ${fileOf(entry)}</li>`,
      )}</ul>
      ${most.length > 0 ? mostOfDistrict(options, most) : ""}
    </div>`;
}

/** More than half of what the district has: most likely one school's export marked bulk. */
function mostOfDistrict({ t }: ViewContext, most: UnlistedRows[]) {
  const warnings = most.map(({ kind, count, active }) =>
    t("roster.report.deactivatesMost", { kind, count, active }),
  );

  return html`<div class="problem">
      ${warnings.map((warning) => html`<p><strong>${warning}</strong></p>`)}
      <p>${t("roster.report.oneSchool")}</p>
    </div>`;
}

const fileOf = (entry: UnlistedRows) => html`<span class="hint">(<bdi>${entry.file}</bdi>)</span>`;

function unlistedCount({ t, locale }: ViewContext, entry: UnlistedRows) {
  if (entry.kind === "classes") return t("roster.count.classes", { count: entry.count });
  if (entry.kind === "enrollments") return t("roster.count.enrollments", { count: entry.count });

  const roles = rolesOf(t, locale, entry);
  return t("roster.report.unlistedPeople", { count: entry.count, roles });
}

function problemTable(
  options: ReportPageOptions,
  kind: "errors" | "warnings",
  problems: Problem[],
) {
  const { t } = options;
  const { report } = options.summary;
  const count = problemCount(report, kind);
  const heading =
    kind === "errors"
      ? t(report.imported ? "roster.report.leftOutHeading" : "roster.report.errorsHeading", {
          count,
        })
      : report.imported
        ? t("roster.report.warningsHeading", { count })
        : t("roster.report.refusedWarningsHeading", { count });

  // A card per problem on a phone (app.css, .cards-on-phone): four columns squeezed the file
  // and column names there until they broke inside a word. Hence each value's data-label, and
  // the roles that keep it a table to screen readers in any display.
  const file = t("roster.report.file");
  const line = t("roster.report.line");
  const column = t("roster.report.column");
  const message = t("roster.report.message");

  return html`<h2 id="${kind}-heading">${heading}</h2>
    <div class="table-scroll" tabindex="0"><table class="problems cards-on-phone" role="table"
      aria-labelledby="${kind}-heading">
      <thead role="rowgroup"><tr role="row">${[file, line, column, message].map(
        (name) => html`<th scope="col" role="columnheader">${name}</th>`,
      )}</tr></thead>
      <tbody role="rowgroup">${problems.map(
        (problem) => html`<tr role="row">
          ${nameCell(file, problem.file)}
          <td role="cell" data-label="${line}">${problem.line ?? "—"}</td>
          ${nameCell(column, problem.column)}
          <td role="cell" data-label="${message}">${sentence(problemText(t, problem))}</td>
        </tr>`,
      )}</tbody>
    </table></div>`;
}

/** Longer names (an extra file of the export, say) would squeeze the message: they may wrap. */
const longestWholeName = 24;

function nameCell(label: string, name: string | null) {
  if (name === null) return html`<td role="cell" data-label="${label}">—</td>`;

  return name.length > longestWholeName
    ? html`<td role="cell" class="long-name" data-label="${label}">${breakable(name)}</td>`
    : html`<td role="cell" data-label="${label}">${breakable(name)}</td>`;
}

/**
 * A file or column name with the places a phone may break it: after a dot, slash, dash or
 * underscore, and between the words of camelCase. public/app.css keeps it whole on a desktop.
 */
function breakable(name: string) {
  const words = name.split(/(?<=[./_-])|(?<=[a-z])(?=[A-Z])/);

  return words.map((word, index) => (index === 0 ? html`${word}` : html`<wbr>${word}`));
}
