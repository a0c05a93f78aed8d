import { html } from "hono/html";
import { auditTombstone } from "../../db/migrations/008-audit-and-retention.ts";
import type {
  AuditFilterName,
  AuditPerson,
  AuditPick,
} from "../../domain/audit/find-audit-people.ts";
import {
  type AuditQuery,
  type AuditRow,
  type AuditTrailPage,
  typedNameLimit,
} from "../../domain/audit/read-audit-trail.ts";
import type { AuditAction } from "../../domain/audit/record-access.ts";
import type { FieldProblem } from "../../domain/errors.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { choice, problemAttributes, problemText } from "./field-problem.ts";
import { problemSummary } from "./form-fields.ts";
import { formatInstant } from "./plan-format.ts";
import { matchesNoteId, typedMatches } from "./typed-matches.ts";

export interface AuditPageOptions {
  t: Translate;
  locale: string;
  /** What the administrator typed in the filters, kept as typed. */
  typed: Record<string, string>;
  trail: AuditTrailPage;
}

const actionLabels: Record<AuditAction, MessageKey> = {
  view: "records.audit.action.view",
  change: "records.audit.action.change",
  "student.deleted": "records.audit.action.studentDeleted",
  "school_year.closed": "records.audit.action.yearClosed",
  "school_year.plan_closed": "records.audit.action.yearPlanClosed",
  "school_year.plan_archived": "records.audit.action.yearPlanArchived",
  "class_plans.started": "records.audit.action.classPlanStarted",
  "class_plans.carried_forward": "records.audit.action.classPlanCarried",
  "plan.carried_forward": "records.audit.action.planCarried",
  "grade_plans.downloaded": "records.audit.action.gradePlansDownloaded",
};

/** The district's audit trail for its administrators: filters, a table, pages and a CSV. */
export function auditPage(options: AuditPageOptions) {
  const { t, trail } = options;

  return html`<h1>${t("records.audit.title")}</h1>
    <p>${t("records.audit.intro")}</p>
    ${problemSummary(t, trail.problems)}
    ${filterForm(options)}
    ${trail.query ? trailTable(options, trail.query) : ""}`;
}

function filterForm(options: AuditPageOptions) {
  const { t, typed, trail } = options;
  const problemOf = (field: string) => trail.problems.find((problem) => problem.field === field);
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
    ${personFilter(options, "student")}
    ${personFilter(options, "person")}
    ${dayField("from")}
    ${dayField("to")}
    <div><button type="submit">${t("records.audit.show")}</button></div>
  </form>`;
}

const filterWords = {
  student: {
    label: "records.audit.student",
    any: "records.audit.anyStudent",
    hint: "records.audit.studentHint",
  },
  person: {
    label: "records.audit.person",
    any: "records.audit.anyone",
    hint: "records.audit.personHint",
  },
} as const satisfies Record<AuditFilterName, Record<string, MessageKey>>;

/**
 * A filter by student or by person: a list of the people the trail names, or past a page of
 * them a name to type, with the people it matches to choose from when it matches several.
 */
function personFilter(options: AuditPageOptions, filter: AuditFilterName) {
  const { t, trail } = options;
  const id = `field-${filter}`;
  const problem = trail.problems.find((each) => each.field === filter);
  const pick = trail.picks[filter];
  const choices = trail.choices[filter];

  return html`<div class="field">
    <label for="${id}">${t(filterWords[filter].label)}</label>
    ${choices ? "" : html`<p class="hint" id="${id}-hint">${t(filterWords[filter].hint)}</p>`}
    ${problemText(id, problem)}
    ${
      choices
        ? personSelect(options, { filter, choices, problem })
        : nameInput(options, { filter, problem })
    }
    ${pick.kind === "several" ? matchList(options, filter, pick) : ""}
  </div>`;
}

function personSelect(
  options: AuditPageOptions,
  field: { filter: AuditFilterName; choices: AuditPerson[]; problem: FieldProblem | undefined },
) {
  const { filter, choices, problem } = field;
  const pick = options.trail.picks[filter];
  const chosen = pick.kind === "one" ? pick.person : undefined;
  // A link may name someone the trail does not name (yet): they are shown chosen all the same.
  const listed = chosen && !choices.some((person) => person.id === chosen.id);
  const people = listed ? [chosen, ...choices] : choices;

  return html`<select id="field-${filter}" name="${filter}"
      ${problemAttributes(`field-${filter}`, problem)}>
    <option value="">${options.t(filterWords[filter].any)}</option>
    ${people.map((person) => choice(person, chosen?.id))}
  </select>`;
}

/**
 * The name typed, or the chosen person's name with their id beside it: sent again unchanged,
 * the id keeps them, though others share the name (find-audit-people.ts).
 */
function nameInput(
  options: AuditPageOptions,
  field: { filter: AuditFilterName; problem: FieldProblem | undefined },
) {
  const { filter, problem } = field;
  const id = `field-${filter}`;
  const pick = options.trail.picks[filter];
  const value = pick.kind === "one" ? pick.person.name : (options.typed[`${filter}Name`] ?? "");
  const matches = pick.kind === "several" ? matchesNoteId(id) : "";
  const described = [`${id}-hint`, problem ? `${id}-problem` : "", matches]
    .filter(Boolean)
    .join(" ");
  const chosenId = pick.kind === "one" ? pick.person.id : undefined;

  // As long as the search reads: longer words in the address (a form is sent by GET) could
  // pass what the server takes in a request line, and the browser would show no page at all.
  return html`<input id="${id}" name="${filter}Name" type="text" value="${value}"
      maxlength="${typedNameLimit}" autocomplete="off" aria-describedby="${described}"
      ${problem ? html`aria-invalid="true"` : ""}>
    ${chosenId ? html`<input type="hidden" name="${filter}" value="${chosenId}">` : ""}`;
}

const typedFilters = ["student", "studentName", "person", "personName", "from", "to"];

/**
 * The people the words match, each a link to their entries with the other filters kept: a
 * choice to make, not a problem (typed-matches.ts).
 */
function matchList(
  options: AuditPageOptions,
  filter: AuditFilterName,
  several: Extract<AuditPick, { kind: "several" }>,
) {
  const { t, typed } = options;
  const href = (person: AuditPerson) => {
    const params = new URLSearchParams();
    for (const name of typedFilters) if (typed[name]) params.set(name, typed[name]);
    params.delete(`${filter}Name`);
    params.set(filter, person.id);
    return `/audit?${params.toString()}`;
  };
  // Who they are beyond a name two people may share: a person's role, and the roster's id.
  const about = (person: AuditPerson) =>
    [
      filter === "person" ? roleLabel(t, person.role) : "",
      person.rosterId ? t("records.audit.rosterId", { id: isolate(person.rosterId) }) : "",
    ]
      .filter(Boolean)
      .join(", ");

  return typedMatches({
    fieldId: `field-${filter}`,
    note: several.note,
    items: several.matches.map(
      (person) => html`<li><a href="${href(person)}">${person.name}</a>
        ${about(person) ? html`<span class="hint">${about(person)}</span>` : ""}</li>`,
    ),
  });
}

/**
 * The entries as a table, a card per entry on a phone (app.css, .cards-on-phone): hence each
 * value's data-label, and the roles that keep it a table to screen readers in any display.
 */
function trailTable(options: AuditPageOptions, query: AuditQuery) {
  const { t, locale, trail } = options;
  const filters = filterParams(query);
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
    ${pager(t, query, trail.pages)}`;
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
  html`${actionLabel(t, entry.action)}
    ${entry.route ? html`<br><code dir="ltr">${entry.route}</code>` : ""}`;

/** An action in the reader's words; one the app does not know (yet) as it is stored. */
function actionLabel(t: Translate, action: string) {
  if (!Object.hasOwn(actionLabels, action)) return action;

  return t(actionLabels[action as AuditAction]);
}

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
