import { html } from "hono/html";
import { auditTombstone } from "../../db/migrations/008-audit-and-retention.ts";
import type { AuditQuery, AuditRow } from "../../domain/audit/read-audit-trail.ts";
import type { FieldProblem } from "../../domain/errors.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import type { Translate } from "../../i18n/translate.ts";
import { choice, problemAttributes, problemText } from "./field-problem.ts";
import { problemSummary } from "./form-fields.ts";
import { formatInstant } from "./plan-format.ts";

export interface AuditPageOptions {
  t: Translate;
  locale: string;
  /** What the administrator typed in the filters, kept as typed. */
  typed: Record<string, string>;
  query: AuditQuery | null;
  problems: FieldProblem[];
  trail: {
    timeZone: string;
    total: number;
    pages: number;
    entries: AuditRow[];
    people: { id: string; role: string; name: string }[];
  } | null;
}

const actionLabels: Record<string, MessageKey> = {
  view: "records.audit.action.view",
  change: "records.audit.action.change",
  "student.deleted": "records.audit.action.studentDeleted",
  "school_year.closed": "records.audit.action.yearClosed",
};

/** The district's audit trail for its administrators: filters, a table, pages and a CSV. */
export function auditPage(options: AuditPageOptions) {
  const { t } = options;

  return html`<h1>${t("records.audit.title")}</h1>
    <p>${t("records.audit.intro")}</p>
    ${problemSummary(t, options.problems)}
    ${filterForm(options)}
    ${options.trail && options.query ? trailTable(options, options.trail) : ""}`;
}

function filterForm({ t, typed, trail, problems }: AuditPageOptions) {
  const people = trail?.people ?? [];
  const students = people.filter((person) => person.role === "student");
  const problemOf = (field: string) => problems.find((problem) => problem.field === field);
  const dayField = (name: "from" | "to") => {
    const problem = problemOf(name);
    return html`<div class="field">
      <label for="field-${name}">${t(`records.audit.${name}`)}</label>
      ${problemText(`field-${name}`, problem)}
      <input id="field-${name}" name="${name}" type="date" value="${typed[name] ?? ""}"
        ${problemAttributes(`field-${name}`, problem)}>
    </div>`;
  };

  return html`<form method="get" action="/audit" class="stack card">
    <div class="field">
      <label for="field-student">${t("records.audit.student")}</label>
      <select id="field-student" name="student">
        <option value="">${t("records.audit.anyStudent")}</option>
        ${students.map((student) => choice(student, typed.student))}
      </select>
    </div>
    <div class="field">
      <label for="field-person">${t("records.audit.person")}</label>
      <select id="field-person" name="person">
        <option value="">${t("records.audit.anyone")}</option>
        ${people.map((person) => choice(person, typed.person))}
      </select>
    </div>
    ${dayField("from")}
    ${dayField("to")}
    <div><button type="submit">${t("records.audit.show")}</button></div>
  </form>`;
}

/**
 * The entries as a table, a card per entry on a phone (app.css, .cards-on-phone): hence each
 * value's data-label, and the roles that keep it a table to screen readers in any display.
 */
function trailTable(options: AuditPageOptions, trail: NonNullable<AuditPageOptions["trail"]>) {
  const { t, locale } = options;
  const filters = filterParams(options.query);
  const csvLink = `/audit.csv${filters ? `?${filters}` : ""}`;
  const cell = (label: MessageKey, value: unknown) =>
    html`<td role="cell" data-label="${t(label)}">${value}</td>`;
  const rows = trail.entries.map(
    (entry) => html`<tr role="row">
      ${cell("records.audit.when", formatInstant(entry.at, locale, trail.timeZone))}
      ${cell("records.audit.who", whoDid(t, entry))}
      ${cell("records.audit.what", whatWasDone(t, entry))}
      ${cell("records.audit.student", personCell(t, entry.studentId, entry.studentName))}
      ${cell("records.audit.address", clientAddress(entry))}
    </tr>`,
  );

  return html`<p><a href="${csvLink}" download>${t("records.audit.export")}</a></p>
    <p role="status">${t("records.audit.count", { count: trail.total })}</p>
    ${
      trail.entries.length === 0
        ? html`<p>${t("records.audit.none")}</p>`
        : html`<div class="table-scroll" tabindex="0" role="region"
          aria-label="${t("records.audit.caption")}">
      <table class="cards-on-phone" role="table">
        <caption>${t("records.audit.caption")}</caption>
        <thead role="rowgroup"><tr role="row">
          <th scope="col" role="columnheader">${t("records.audit.when")}</th>
          <th scope="col" role="columnheader">${t("records.audit.who")}</th>
          <th scope="col" role="columnheader">${t("records.audit.what")}</th>
          <th scope="col" role="columnheader">${t("records.audit.student")}</th>
          <th scope="col" role="columnheader">${t("records.audit.address")}</th>
        </tr></thead>
        <tbody role="rowgroup">${rows}</tbody>
      </table>
    </div>`
    }
    ${pager(t, options.query, trail.pages)}`;
}

const whoDid = (t: Translate, entry: AuditRow) =>
  html`${personCell(t, entry.actorId, entry.actorName)}
    ${entry.actorRole ? html`<span class="hint">${roleLabel(t, entry.actorRole)}</span>` : ""}`;

const roleLabels: Record<string, MessageKey> = {
  administrator: "records.audit.role.administrator",
  teacher: "records.audit.role.teacher",
  student: "records.audit.role.student",
  guardian: "records.audit.role.guardian",
};

/** A role in the reader's words; the CSV keeps the stored word, for other programs to read. */
function roleLabel(t: Translate, role: string) {
  const key = roleLabels[role];

  return key ? t(key) : role;
}

// Routes and addresses read left to right on a right-to-left page too.
const whatWasDone = (t: Translate, entry: AuditRow) =>
  html`${actionLabels[entry.action] ? t(actionLabels[entry.action] as MessageKey) : entry.action}
    ${entry.route ? html`<br><code dir="ltr">${entry.route}</code>` : ""}`;

const clientAddress = (entry: AuditRow) =>
  html`<span class="long-address" dir="ltr">${entry.clientAddress ?? ""}</span>`;

function personCell(t: Translate, id: string | null, name: string) {
  if (!id) return "";
  if (id === auditTombstone) return t("records.audit.deleted");

  return name || id;
}

function filterParams(query: AuditQuery | null, page?: number) {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const name of ["student", "person", "from", "to"] as const) {
    if (query[name]) params.set(name, query[name]);
  }
  if (page && page > 1) params.set("page", String(page));

  return params.toString();
}

function pager(t: Translate, query: AuditQuery | null, pages: number) {
  const page = query?.page ?? 1;
  if (pages <= 1) return "";
  const link = (to: number, label: string, rel: string) =>
    html`<a href="/audit?${filterParams(query, to)}" rel="${rel}">${label}</a>`;

  return html`<nav class="pager" aria-label="${t("records.audit.page")}">
    ${page > 1 ? link(page - 1, t("records.audit.previous"), "prev") : ""}
    <span>${t("records.audit.pageOf", { page, pages })}</span>
    ${page < pages ? link(page + 1, t("records.audit.next"), "next") : ""}
  </nav>`;
}
