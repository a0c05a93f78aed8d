import { html } from "hono/html";
import type { PlanStage } from "../../db/schema.ts";
import type { Actor } from "../../domain/access/actor.ts";
import { filtersQuery } from "../../domain/program/program-filters.ts";
import {
  type ProgramFigures,
  planStages,
  type StageCounts,
} from "../../domain/program/read-program.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { numberFormat } from "../../lib/intl-formats.ts";
import { gradePlansDownloads } from "./grade-plans-downloads.ts";
import { page } from "./layout.ts";
import { isolated, sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";
import { barChart, slopeChart } from "./program-charts.ts";

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
    <p>${intro(options)}</p>
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
  const year = figures.schoolYear;
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
      ${figures.closedYears.map((name) => option(name, t("program.year.closed", { year: name })))}
    </select>
  </div>`;
}

function filterForm(options: ProgramPageOptions) {
  const { t, figures } = options;
  const chosen = figures.filters;
  const option = (value: string, label: string, current: string | null) =>
    html`<option value="${value}" ${value === current ? "selected" : ""}>${label}</option>`;

  return html`<form method="get" action="/program" class="card" aria-labelledby="filters-title">
    <h2 id="filters-title">${t("program.filters")}</h2>
    ${yearField(options)}
    <div class="field">
      <label for="filter-teacher">${t("program.filter.teacher")}</label>
      <select id="filter-teacher" name="teacher">
        ${option("", t("program.filter.any"), chosen.teacherId ?? "")}
        ${figures.options.teachers.map((each) =>
          option(each.id, teacherChoice(options, each), chosen.teacherId),
        )}
      </select>
    </div>
    <div class="field">
      <label for="filter-grade">${t("program.filter.grade")}</label>
      <select id="filter-grade" name="grade">
        ${option("", t("program.filter.any"), chosen.grade ?? "")}
        ${figures.options.grades.map((grade) => option(grade, grade, chosen.grade))}
      </select>
    </div>
    <div class="field">
      <label for="filter-class">${t("program.filter.class")}</label>
      <select id="filter-class" name="class">
        ${option("", t("program.filter.any"), chosen.classId ?? "")}
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
    <div class="table-scroll"><table id="stages-table">
      <caption class="visually-hidden">${t("program.stages.title")}</caption>
      <thead><tr><th scope="col">${t("program.stage")}</th>
        <th scope="col">${t("program.plans")}</th></tr></thead>
      <tbody>
        ${bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td>${bar.value}</td></tr>`)}
        <tr><th scope="row">${t("program.total")}</th><td>${figures.total}</td></tr>
      </tbody>
    </table></div>
  </section>`;
}

function stageHeader(options: ViewContext, first: string) {
  return html`<thead><tr><th scope="col">${first}</th>
    ${planStages.map((stage) => html`<th scope="col">${stageName(options, stage)}</th>`)}
    <th scope="col">${options.t("program.total")}</th></tr></thead>`;
}

function stageCells(stages: StageCounts, total: number) {
  return html`${planStages.map((stage) => html`<td>${stages[stage]}</td>`)}<td>${total}</td>`;
}

function teacherSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  if (figures.byTeacher.length === 0) return "";

  return html`<section class="card" aria-labelledby="teachers-title">
    <h2 id="teachers-title">${t("program.byTeacher.title")}</h2>
    <p class="hint">${t("program.byTeacher.note")}</p>
    <div class="table-scroll"><table id="teachers-table">
      <caption class="visually-hidden">${t("program.byTeacher.title")}</caption>
      ${stageHeader(options, t("program.teacher"))}
      <tbody>${figures.byTeacher.map(
        (row) =>
          html`<tr><th scope="row">${isolated(row.name)}</th>
            ${stageCells(row.stages, row.total)}</tr>`,
      )}</tbody>
    </table></div>
  </section>`;
}

function gradeSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  if (figures.byGrade.length === 0) return "";

  return html`<section class="card" aria-labelledby="grades-title">
    <h2 id="grades-title">${t("program.byGrade.title")}</h2>
    <div class="table-scroll"><table id="grades-table">
      <caption class="visually-hidden">${t("program.byGrade.title")}</caption>
      ${stageHeader(options, t("program.grade"))}
      <tbody>${figures.byGrade.map(
        (row) => html`<tr><th scope="row">${row.grade || t("program.grade.none")}</th>
          ${stageCells(row.stages, row.total)}</tr>`,
      )}</tbody>
    </table></div>
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
  const { t, locale, figures } = options;
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
          <div class="table-scroll"><table>
            <caption class="visually-hidden">${t("program.checkIns.title")}</caption>
            <thead><tr><th scope="col">${t("program.checkIns.student")}</th>
              <th scope="col">${t("program.checkIns.due")}</th>
              <th scope="col">${t("program.checkIns.open")}</th></tr></thead>
            <tbody>${checkIns.upcoming.map(
              (row) => html`<tr><th scope="row">${isolated(row.name)}</th>
                <td>${formatDay(row.dueOn, locale)}${
                  row.overdue
                    ? html` <strong class="overdue">${t("program.checkIns.overdue")}</strong>`
                    : ""
                }</td>
                <td><a href="/plans/${row.planId}">${t("program.checkIns.open")}<span
                  class="visually-hidden"> ${sentence(
                    t("nextYear.forStudent", { name: isolate(row.name) }),
                  )}</span
                  ></a></td>
              </tr>`,
            )}</tbody>
          </table></div>`
    }
  </section>`;
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
    <div class="table-scroll"><table id="families-table">
      <caption class="visually-hidden">${t("program.families.title")}</caption>
      <thead><tr><th scope="col">${t("program.families.way")}</th>
        <th scope="col">${t("program.plans")}</th></tr></thead>
      <tbody>
        ${bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td>${bar.value}</td></tr>`)}
        <tr><th scope="row">${t("program.total")}</th><td>${families.plans}</td></tr>
      </tbody>
    </table></div>
  </section>`;
}

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
    })}
    <div class="table-scroll"><table id="identity-table">
      <caption class="visually-hidden">${t("program.identity.title")}</caption>
      <thead><tr>
        <th scope="col">${t("program.identity.statementColumn")}</th>
        <th scope="col">${t("program.identity.students")}</th>
        <th scope="col">${t("program.identity.first")}</th>
        <th scope="col">${t("program.identity.latest")}</th>
        <th scope="col">${t("program.identity.up")}</th>
        <th scope="col">${t("program.identity.same")}</th>
        <th scope="col">${t("program.identity.down")}</th>
      </tr></thead>
      <tbody>${rows.map(
        (row) => html`<tr><th scope="row">${row.label}</th><td>${row.students}</td>
          <td>${average.format(row.firstAverage)}</td><td>${average.format(row.latestAverage)}</td>
          <td>${row.up}</td><td>${row.same}</td><td>${row.down}</td></tr>`,
      )}</tbody>
    </table></div>
  </section>`;
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
