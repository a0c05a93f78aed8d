import { html } from "hono/html";
import type { PlanStage } from "../../db/schema.ts";
import type { Actor } from "../../domain/access/actor.ts";
import { quotable } from "../../domain/identity/answer-identity.ts";
import { filtersQuery } from "../../domain/program/program-filters.ts";
import {
  type ProgramFigures,
  planStages,
  type StageCounts,
} from "../../domain/program/read-program.ts";
import { isolate, isolateYear } from "../../lib/bidi-isolate.ts";
import { numberFormat } from "../../lib/intl-formats.ts";
import { gradePlansDownloads } from "./grade-plans-downloads.ts";
import { type Markup, page } from "./layout.ts";
import { isolated, sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";
import { barChart, type SameAverage, slopeChart } from "./program-charts.ts";

export interface ProgramPageOptions extends ViewContext {
  actor: Actor;
  figures: ProgramFigures;
  /** Where closing a school year is done, when that feature is there. */
  schoolYearPath: string | null;
}

/** The school team's view of the MAP work: figures, charts with their tables, and next steps. */
export function programPage(options: ProgramPageOptions) {
  const { t, figures } = options;
  const title = t("program.title");

  const body = html`<h1>${title}</h1>
    <p>${sentence(intro(options))}</p>
    ${figures.ownClassesOnly ? html`<p class="hint">${t("program.ownClasses")}</p>` : ""}
    ${filterForm(options)}
    ${teamLinks(options)}
    ${emptyNotice(options)}
    ${stagesSection(options)}
    ${teacherSection(options)}
    ${gradeSection(options)}
    ${checkInSection(options)}
    ${familySection(options)}
    ${identitySection(options)}
    ${exportSection(options)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/** Which plans the figures are of: a closed year's, or the current year's. */
function intro({ t, figures }: ProgramPageOptions) {
  const year = isolateYear(figures.schoolYear);
  if (figures.filters.closedYear) return t("program.intro.closedYear", { year });
  if (figures.closedYears.length > 0) return t("program.intro.afterClose");

  return t("program.intro", { year });
}

/**
 * Why the figures are all zero, and what to do. With no filter chosen, the current year is
 * empty because no plan was started in it yet (just after a year was closed, typically).
 */
function emptyNotice({ t, figures }: ProgramPageOptions) {
  if (figures.total > 0) return "";
  const { teacherId, grade, classId, closedYear } = figures.filters;
  if (outsideChoices(figures)) return html`<p class="empty">${t("program.empty.outside")}</p>`;
  if (teacherId || grade || classId) return html`<p class="empty">${t("program.empty")}</p>`;
  if (closedYear) return html`<p class="empty">${t("program.empty.closedYear")}</p>`;

  return html`<div class="empty" id="program-empty">
    <p>${t("program.empty.currentYear")}</p>
    <p><a href="/program/next-year">${t("program.empty.nextStep")}</a></p>
    ${figures.closedYears.length > 0 ? html`<p>${t("program.empty.closedYears")}</p>` : ""}
  </div>`;
}

/** The current year and each closed one; shown once a year has been closed. */
function yearField({ t, figures }: ProgramPageOptions) {
  if (figures.closedYears.length === 0) return "";
  const chosen = figures.filters.closedYear ?? "";
  const option = (value: string, label: string) =>
    html`<option value="${value}" ${value === chosen ? "selected" : ""}>${label}</option>`;

  return html`<div class="field">
    <label for="filter-year">${t("program.filter.year")}</label>
    <select id="filter-year" name="year">
      ${option("", t("program.year.current"))}
      ${figures.closedYears.map((name) =>
        option(name, t("program.year.closed", { year: isolateYear(name) })),
      )}
    </select>
  </div>`;
}

/**
 * Whether the address names a teacher or class the viewer's lists do not hold (another school's,
 * or gone from the roster): the figures are then empty, and the page says why.
 */
function outsideChoices({ filters, options }: ProgramFigures) {
  const { teacherId, classId, grade } = filters;
  const teacherOutside = teacherId && !options.teachers.some((each) => each.id === teacherId);
  const classOutside = classId && !options.classes.some((each) => each.id === classId);
  const gradeOutside = grade && !options.grades.includes(grade);

  return Boolean(teacherOutside || classOutside || gradeOutside);
}

function filterForm(options: ProgramPageOptions) {
  const { t, figures } = options;
  const chosen = figures.filters;
  const option = (value: string, label: string, current: string | null) =>
    html`<option value="${value}" ${value === current ? "selected" : ""}>${label}</option>`;
  // A chosen value the list lacks stays shown as chosen, so the list does not claim "All".
  const outside = (value: string | null, listed: { id: string }[]) =>
    value && !listed.some((each) => each.id === value)
      ? option(value, t("program.filter.outside"), value)
      : "";

  return html`<form method="get" action="/program" class="card" aria-labelledby="filters-title">
    <h2 id="filters-title">${t("program.filters")}</h2>
    ${yearField(options)}
    <div class="field">
      <label for="filter-teacher">${t("program.filter.teacher")}</label>
      <select id="filter-teacher" name="teacher">
        ${option("", t("program.filter.any"), chosen.teacherId ?? "")}
        ${outside(chosen.teacherId, figures.options.teachers)}
        ${figures.options.teachers.map((each) =>
          option(each.id, teacherChoice(options, each), chosen.teacherId),
        )}
      </select>
    </div>
    <div class="field">
      <label for="filter-grade">${t("program.filter.grade")}</label>
      <select id="filter-grade" name="grade">
        ${option("", t("program.filter.any"), chosen.grade ?? "")}
        ${outside(
          chosen.grade,
          figures.options.grades.map((grade) => ({ id: grade })),
        )}
        ${figures.options.grades.map((grade) => option(grade, grade, chosen.grade))}
      </select>
    </div>
    <div class="field">
      <label for="filter-class">${t("program.filter.class")}</label>
      <select id="filter-class" name="class">
        ${option("", t("program.filter.any"), chosen.classId ?? "")}
        ${outside(chosen.classId, figures.options.classes)}
        ${figures.options.classes.map((each) =>
          option(each.id, classChoice(options, each), chosen.classId),
        )}
      </select>
    </div>
    <button type="submit">${t("program.filter.apply")}</button>
    <a href="/program">${t("program.filter.clear")}</a>
  </form>`;
}

type Choices = ProgramFigures["options"];
type CheckInDue = ProgramFigures["checkIns"]["upcoming"][number];

/** A teacher as the filter lists them; the detail sets apart two teachers of the same name. */
function teacherChoice({ t }: ViewContext, teacher: Choices["teachers"][number]) {
  const { name, detail } = teacher;

  return detail ? t("program.filter.teacherChoice", { name, detail }) : name;
}

/**
 * A class with its school; the detail sets apart two classes of one title at one school. Only a
 * clash goes through the message catalog: a district lists thousands of classes on every load.
 */
function classChoice({ t }: ViewContext, klass: Choices["classes"][number]) {
  const { title, schoolName: school, detail } = klass;

  return detail
    ? t("program.filter.classChoiceDetail", { title, school, detail })
    : `${title} (${school})`;
}

function teamLinks(options: ProgramPageOptions) {
  const { t } = options;

  return html`<nav class="card" aria-labelledby="team-links-title">
    <h2 id="team-links-title">${t("program.links.title")}</h2>
    <ul>
      <li><a href="/program/reflections">${t("program.links.reflections")}</a></li>
      <li><a href="/program/next-year">${t("program.links.nextYear")}</a></li>
      ${
        options.schoolYearPath && options.actor.role === "administrator"
          ? html`<li><a href="${options.schoolYearPath}">${t("program.links.schoolYear")}</a></li>`
          : ""
      }
    </ul>
  </nav>`;
}

function stageName(options: ViewContext, stage: PlanStage) {
  return options.t(`plans.stage.${stage}`);
}

function stagesSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  const bars = planStages.map((stage) => ({
    label: stageName(options, stage),
    value: figures.stages[stage],
  }));

  return html`<section class="card" aria-labelledby="stages-title">
    <h2 id="stages-title">${t("program.stages.title")}</h2>
    ${barChart({
      id: "stages-chart",
      title: t("program.stages.title"),
      description: t("program.stages.chart"),
      bars,
    })}
    ${twoColumnTable({
      id: "stages-table",
      caption: t("program.stages.title"),
      columns: [t("program.stage"), t("program.plans")],
      rows: [...bars, { label: t("program.total"), value: figures.total }],
    })}
  </section>`;
}

/*
 * The tables of figures keep each word whole (main lets any word break, which squeezed their
 * headings to a letter or two on a phone). A table of two columns fits a phone as it is; one of
 * more is a card per row there, like the student list (app.css, .cards-on-phone): hence each
 * value's data-label, and the roles that keep it a table to screen readers in any display.
 */

/** A figure's name and its value, one a row: plans by stage, families taking part. */
function twoColumnTable(table: {
  id: string;
  caption: string;
  columns: [string, string];
  rows: { label: string; value: number }[];
}) {
  const [name, value] = table.columns;

  return html`<div class="table-scroll"><table id="${table.id}" class="whole-words">
    <caption class="visually-hidden">${table.caption}</caption>
    <thead><tr><th scope="col">${name}</th><th scope="col">${value}</th></tr></thead>
    <tbody>${table.rows.map(
      (row) => html`<tr><th scope="row">${row.label}</th><td>${row.value}</td></tr>`,
    )}</tbody>
  </table></div>`;
}

/** A table of many columns, a card per row on a phone; `rows` are made of the helpers below. */
function cardsTable(table: { id: string; caption: string; columns: string[]; rows: Markup[] }) {
  return html`<div class="table-scroll"><table id="${table.id}" class="cards-on-phone" role="table">
    <caption class="visually-hidden">${table.caption}</caption>
    <thead role="rowgroup"><tr role="row">${table.columns.map(
      (column) => html`<th scope="col" role="columnheader">${column}</th>`,
    )}</tr></thead>
    <tbody role="rowgroup">${table.rows}</tbody>
  </table></div>`;
}

/** A card's row: its header on top on a phone, then each value beside its column's name. */
function cardRow(header: unknown, cells: Markup[]) {
  return html`<tr role="row"><th scope="row" role="rowheader">${header}</th>${cells}</tr>`;
}

function labelledCell(label: string, value: unknown) {
  return html`<td role="cell" data-label="${label}">${value}</td>`;
}

function stageColumns(options: ViewContext, first: string) {
  return [
    first,
    ...planStages.map((stage) => stageName(options, stage)),
    options.t("program.total"),
  ];
}

function stageCells(options: ViewContext, stages: StageCounts, total: number) {
  return [
    ...planStages.map((stage) => labelledCell(stageName(options, stage), stages[stage])),
    labelledCell(options.t("program.total"), total),
  ];
}

function teacherSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  if (figures.byTeacher.length === 0) return "";

  return html`<section class="card" aria-labelledby="teachers-title">
    <h2 id="teachers-title">${t("program.byTeacher.title")}</h2>
    <p class="hint">${t("program.byTeacher.note")}</p>
    ${cardsTable({
      id: "teachers-table",
      caption: t("program.byTeacher.title"),
      columns: stageColumns(options, t("program.teacher")),
      rows: figures.byTeacher.map((row) =>
        cardRow(isolated(row.name), stageCells(options, row.stages, row.total)),
      ),
    })}
  </section>`;
}

function gradeSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  if (figures.byGrade.length === 0) return "";

  return html`<section class="card" aria-labelledby="grades-title">
    <h2 id="grades-title">${t("program.byGrade.title")}</h2>
    ${cardsTable({
      id: "grades-table",
      caption: t("program.byGrade.title"),
      columns: stageColumns(options, t("program.grade")),
      rows: figures.byGrade.map((row) =>
        cardRow(row.grade || t("program.grade.none"), stageCells(options, row.stages, row.total)),
      ),
    })}
    ${gradePlansLinks(options)}
  </section>`;
}

/** Each grade's plans as one PDF, within the filters the page shows (a grade is required). */
function gradePlansLinks(options: ProgramPageOptions) {
  const { figures } = options;
  const grades = figures.byGrade.filter((row) => row.grade !== "");
  const link = (grade: string) => {
    const params = new URLSearchParams(filtersQuery(figures.filters));
    params.set("grade", grade);
    return `/program/plans.pdf?${params.toString()}`;
  };

  return gradePlansDownloads({
    t: options.t,
    level: 3,
    grades: grades.map((row) => ({ grade: row.grade, plans: row.total, href: link(row.grade) })),
  });
}

function checkInSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  const checkIns = figures.checkIns;

  return html`<section class="card" aria-labelledby="check-ins-title">
    <h2 id="check-ins-title">${t("program.checkIns.title")}</h2>
    <dl class="figures">
      <dt>${t("program.checkIns.overdue")}</dt><dd id="overdue-count">${checkIns.overdue}</dd>
      <dt>${t("program.checkIns.dueSoon")}</dt><dd id="due-soon-count">${checkIns.dueSoon}</dd>
    </dl>
    ${
      checkIns.upcoming.length === 0
        ? html`<p class="empty">${t("program.checkIns.none")}</p>`
        : html`<p>${t("program.checkIns.first", { count: checkIns.upcoming.length })}</p>
          ${cardsTable({
            id: "check-ins-table",
            caption: t("program.checkIns.title"),
            columns: [
              t("program.checkIns.student"),
              t("program.checkIns.due"),
              t("program.checkIns.open"),
            ],
            rows: checkIns.upcoming.map((row) => checkInRow(options, row)),
          })}`
    }
  </section>`;
}

function checkInRow(options: ProgramPageOptions, row: CheckInDue) {
  const { t, locale } = options;
  const due = html`${formatDay(row.dueOn, locale)}${
    row.overdue ? html` <strong class="overdue">${t("program.checkIns.overdue")}</strong>` : ""
  }`;
  const forStudent = sentence(t("nextYear.forStudent", { name: isolate(row.name) }));
  // The link says what it does, so a phone shows it without its column's name.
  const open = html`<td role="cell"><a href="/plans/${row.planId}"
    >${t("program.checkIns.open")}<span class="visually-hidden"> ${forStudent}</span></a></td>`;

  return cardRow(isolated(row.name), [labelledCell(t("program.checkIns.due"), due), open]);
}

function familySection(options: ProgramPageOptions) {
  const { t, figures } = options;
  const families = figures.families;
  const bars = [
    { label: t("program.families.opened"), value: families.opened },
    { label: t("program.families.wrote"), value: families.wrote },
    { label: t("program.families.attended"), value: families.attended },
    { label: t("program.families.any"), value: families.any },
  ];

  return html`<section class="card" aria-labelledby="families-title">
    <h2 id="families-title">${t("program.families.title")}</h2>
    ${barChart({
      id: "families-chart",
      title: t("program.families.title"),
      description: t("program.families.chart"),
      bars,
    })}
    ${twoColumnTable({
      id: "families-table",
      caption: t("program.families.title"),
      columns: [t("program.families.way"), t("program.plans")],
      rows: [...bars, { label: t("program.total"), value: families.plans }],
    })}
  </section>`;
}

/** The identity table's columns after the statement, in the order of each row's values. */
const identityColumns = [
  "program.identity.students",
  "program.identity.first",
  "program.identity.latest",
  "program.identity.up",
  "program.identity.same",
  "program.identity.down",
] as const;

/** Shown only when students have answered the identity statements at two sittings or more. */
function identitySection(options: ProgramPageOptions) {
  const { t, locale, figures } = options;
  if (figures.identity.length === 0) return "";

  const average = numberFormat(locale, { maximumFractionDigits: 1 });
  const rows = figures.identity.map((row) => ({
    ...row,
    label: row.wording ?? t("program.identity.statement", { n: row.position }),
  }));

  return html`<section class="card" aria-labelledby="identity-title">
    <h2 id="identity-title">${t("program.identity.title")}</h2>
    <p>${t("program.identity.intro")}</p>
    ${slopeChart({
      id: "identity-chart",
      title: t("program.identity.title"),
      description: t("program.identity.chart"),
      firstLabel: t("program.identity.first"),
      latestLabel: t("program.identity.latest"),
      slopes: rows.map((row) => ({
        label: row.label,
        first: row.firstAverage,
        latest: row.latestAverage,
      })),
      describeSame: (same) => same.map((entry) => sameAverageNote(options, entry)),
    })}
    ${cardsTable({
      id: "identity-table",
      caption: t("program.identity.title"),
      columns: [t("program.identity.statementColumn"), ...identityColumns.map((key) => t(key))],
      rows: rows.map((row) => {
        const values = [
          row.students,
          average.format(row.firstAverage),
          average.format(row.latestAverage),
          row.up,
          row.same,
          row.down,
        ];
        // Some compared answers were given to words since reworded: say so beside the statement.
        const reworded =
          row.earlierWording > 0
            ? html`<span class="asked-as">${t("program.identity.earlierWording", {
                count: row.earlierWording,
              })}</span>`
            : "";

        return cardRow(
          html`${row.label}${reworded}`,
          identityColumns.map((key, index) => labelledCell(t(key), values[index])),
        );
      }),
    })}
  </section>`;
}

/** Equal averages, whose markers stand side by side on the chart, said in its text alternative. */
function sameAverageNote({ t, locale }: ViewContext, same: SameAverage) {
  const listOf = new Intl.ListFormat(locale, { type: "conjunction" });
  const quoted = (label: string) =>
    t("identity.chart.quoted", { statement: isolate(quotable(label)) });

  return t("program.identity.chart.same", {
    sitting: t(same.sitting === "first" ? "program.identity.first" : "program.identity.latest"),
    statements: listOf.format(same.labels.map(quoted)),
    average: numberFormat(locale, { maximumFractionDigits: 1 }).format(same.average),
  });
}

function exportSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  const query = filtersQuery(figures.filters);
  const link = (names: boolean) => {
    const params = new URLSearchParams(query);
    params.set("names", names ? "yes" : "no");
    return `/program/export.csv?${params.toString()}`;
  };

  return html`<section class="card" aria-labelledby="export-title">
    <h2 id="export-title">${t("program.export.title")}</h2>
    <p class="hint">${t("program.export.hint")}</p>
    <ul>
      <li><a href="${link(true)}" download>${t("program.export.withNames")}</a></li>
      <li><a href="${link(false)}" download>${t("program.export.withoutNames")}</a></li>
    </ul>
  </section>`;
}
