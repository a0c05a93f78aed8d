import { html } from "hono/html";
import type { PlanStage } from "../../db/schema.ts";
import type { Actor } from "../../domain/access/actor.ts";
import { quotable } from "../../domain/identity/answer-identity.ts";
import {
  type ChoiceFilter,
  type ClassChoice,
  programChoicesOnOnePage,
  type TeacherChoice,
} from "../../domain/program/filter-choices.ts";
import { filtersQuery, typedWordsLimit } from "../../domain/program/program-filters.ts";
import {
  type ProgramFigures,
  planStages,
  type StageCounts,
} from "../../domain/program/read-program.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate, isolateYear } from "../../lib/bidi-isolate.ts";
import { numberFormat } from "../../lib/intl-formats.ts";
import { gradePlansDownloads } from "./grade-plans-downloads.ts";
import { type Markup, page } from "./layout.ts";
import { isolated, sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";
import { barChart, type SameAverage, slopeChart } from "./program-charts.ts";
import { matchesNoteId, typedMatches } from "./typed-matches.ts";

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
    ${schoolSection(options)}
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
  const { schoolId, teacherId, grade, classId, closedYear } = figures.filters;
  if (schoolOutside(figures)) return html`<p class="empty">${t("program.empty.outsideSchool")}</p>`;
  if (outsideChoices(figures)) return html`<p class="empty">${t("program.empty.outside")}</p>`;
  if (schoolId || teacherId || grade || classId) {
    return html`<p class="empty">${t("program.empty")}</p>`;
  }
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

/** Whether the address names a school that is not one of the viewer's (or no longer there). */
function schoolOutside({ filters, options }: ProgramFigures) {
  const { schoolId } = filters;

  return Boolean(schoolId && !options.schools.some((school) => school.id === schoolId));
}

/** Whether the filter's id in the address is no choice of the viewer's lists or reach. */
function outside<T extends { id: string }>(filter: ChoiceFilter<T>) {
  if (!filter.id) return false;

  return filter.choices ? !filter.choices.some((each) => each.id === filter.id) : !filter.chosen;
}

/**
 * Whether the address names a teacher or class the viewer's lists do not hold (another school's,
 * or gone from the roster): the figures are then empty, and the page says why.
 */
function outsideChoices({ filters, options }: ProgramFigures) {
  const { grade } = filters;
  const gradeOutside = grade && !options.grades.includes(grade);

  return Boolean(outside(options.teachers) || outside(options.classes) || gradeOutside);
}

const option = (value: string, label: string, current: string | null) =>
  html`<option value="${value}" ${value === current ? "selected" : ""}>${label}</option>`;

function filterForm(options: ProgramPageOptions) {
  const { t, figures } = options;
  const chosen = figures.filters;
  const grades = figures.options.grades;
  // A chosen grade the list lacks stays shown as chosen, so the list does not claim "All".
  const gradeOutside =
    chosen.grade && !grades.includes(chosen.grade)
      ? option(chosen.grade, t("program.filter.outside"), chosen.grade)
      : "";

  return html`<form method="get" action="/program" class="card filters"
    aria-labelledby="filters-title">
    <h2 id="filters-title">${t("program.filters")}</h2>
    ${leftOutNotice(options)}
    ${yearField(options)}
    ${schoolField(options)}
    ${choiceField(options, teacherField(options))}
    <div class="field">
      <label for="filter-grade">${t("program.filter.grade")}</label>
      <select id="filter-grade" name="grade">
        ${option("", t("program.filter.any"), chosen.grade ?? "")}
        ${gradeOutside}
        ${grades.map((grade) => option(grade, grade, chosen.grade))}
      </select>
    </div>
    ${choiceField(options, classField(options))}
    <button type="submit">${t("program.filter.apply")}</button>
    <a href="/program">${t("program.filter.clear")}</a>
  </form>`;
}

/**
 * What choosing another school left out of the filters, said once: the lists below then offer
 * the new school's teachers, classes and grades.
 */
function leftOutNotice({ t, locale, figures }: ProgramPageOptions) {
  const { leftOut } = figures;
  if (!leftOut) return "";
  const filters = [
    leftOut.teacher && t("program.filter.leftOut.teacher", { name: isolate(leftOut.teacher) }),
    leftOut.klass && t("program.filter.leftOut.class", { title: isolate(leftOut.klass) }),
    leftOut.grade && t("program.filter.leftOut.grade", { grade: isolate(leftOut.grade) }),
  ].filter((each): each is string => Boolean(each));
  const listed = new Intl.ListFormat(locale, { type: "conjunction" }).format(filters);
  const school = isolate(leftOut.school);

  return html`<p class="notice" role="status" id="filters-left-out">
    ${sentence(t("program.filter.leftOut", { school, filters: listed }))}</p>`;
}

/** Offered to those who reach several schools, and shown whenever the address names one. */
function schoolField({ t, figures }: ProgramPageOptions) {
  const { schools } = figures.options;
  const chosen = figures.filters.schoolId;
  if (schools.length < 2 && !chosen) return "";

  return html`<div class="field">
    <label for="filter-school">${t("program.filter.school")}</label>
    <select id="filter-school" name="school">
      ${option("", t("program.filter.any"), chosen ?? "")}
      ${chosen && schoolOutside(figures) ? option(chosen, t("program.filter.outside"), chosen) : ""}
      ${schools.map((school) => option(school.id, school.name, chosen))}
    </select>
  </div>`;
}

/** What the teacher filter and the class filter each say, and how they show a choice. */
interface ChoiceField<T extends { id: string }> {
  name: "teacher" | "class";
  filter: ChoiceFilter<T>;
  label: string;
  /** A choice as a list or a match shows it; the field typed in shows `typedAs`. */
  shownAs(choice: T): string;
  typedAs(choice: T): string;
  words: { hint: MessageKey; none: MessageKey; several: MessageKey; more: MessageKey };
}

function teacherField(options: ProgramPageOptions): ChoiceField<TeacherChoice> {
  return {
    name: "teacher",
    filter: options.figures.options.teachers,
    label: options.t("program.filter.teacher"),
    shownAs: (teacher) => teacherChoice(options, teacher),
    typedAs: (teacher) => teacher.name,
    words: {
      hint: "program.filter.teacherHint",
      none: "program.filter.noTeacher",
      several: "program.filter.severalTeachers",
      more: "program.filter.moreTeachers",
    },
  };
}

function classField(options: ProgramPageOptions): ChoiceField<ClassChoice> {
  return {
    name: "class",
    filter: options.figures.options.classes,
    label: options.t("program.filter.class"),
    shownAs: (klass) => classChoice(options, klass),
    typedAs: (klass) => klass.title,
    words: {
      hint: "program.filter.classHint",
      none: "program.filter.noClass",
      several: "program.filter.severalClasses",
      more: "program.filter.moreClasses",
    },
  };
}

/**
 * A teacher or class filter: a list of every choice, or past a page of them a field to type
 * words in, with the choices the words match to pick from when they match several.
 */
function choiceField<T extends { id: string; rosterId: string | null }>(
  options: ProgramPageOptions,
  field: ChoiceField<T>,
) {
  const id = `filter-${field.name}`;
  const { choices, matches } = field.filter;
  const problem = wordsProblem(options, field);
  const said = { problem: Boolean(problem), matches: matches.length > 0 };

  return html`<div class="field">
    <label for="${id}">${field.label}</label>
    ${choices ? "" : typedHint(options, field)}
    ${problem ? html`<p class="field-error" id="${id}-problem">${problem}</p>` : ""}
    ${
      choices
        ? choiceSelect(options, { ...field, choices }, Boolean(problem))
        : typedInput(field, said)
    }
    ${said.matches ? matchList(options, field) : ""}
  </div>`;
}

function choiceSelect<T extends { id: string }>(
  { t }: ProgramPageOptions,
  field: ChoiceField<T> & { choices: T[] },
  problem: boolean,
) {
  const { id: chosen } = field.filter;
  const described = problem ? html`aria-describedby="filter-${field.name}-problem"` : "";
  // A chosen one the list lacks stays shown as chosen, so the list does not claim "All".
  const lacking =
    chosen && outside(field.filter) ? option(chosen, t("program.filter.outside"), chosen) : "";

  return html`<select id="filter-${field.name}" name="${field.name}" ${described}>
    ${option("", t("program.filter.any"), chosen ?? "")}
    ${lacking}
    ${field.choices.map((choice) => option(choice.id, field.shownAs(choice), chosen))}
  </select>`;
}

/** Why typing is asked for, and that a school chosen first gives lists. */
function typedHint<T extends { id: string }>(options: ProgramPageOptions, field: ChoiceField<T>) {
  const { t, figures } = options;
  const schoolFirst = figures.options.schools.length > 1 && !figures.filters.schoolId;
  const count = programChoicesOnOnePage;

  return html`<p class="hint" id="filter-${field.name}-hint">${t(field.words.hint)}
    ${schoolFirst ? t("program.filter.schoolFirst", { count }) : ""}</p>`;
}

/**
 * The words typed, or the chosen one's name with their id beside it: sent again unchanged, the
 * id keeps them, though others share the name (pick-typed-choice.ts).
 */
function typedInput<T extends { id: string }>(
  field: ChoiceField<T>,
  said: { problem: boolean; matches: boolean },
) {
  const { filter, name } = field;
  const { problem } = said;
  const id = `filter-${name}`;
  const value = filter.chosen ? field.typedAs(filter.chosen) : (filter.words ?? "");
  const described = [
    `${id}-hint`,
    problem ? `${id}-problem` : "",
    said.matches ? matchesNoteId(id) : "",
  ]
    .filter(Boolean)
    .join(" ");
  const chosenId = filter.chosen?.id;

  return html`<input id="${id}" name="${name}Name" type="text" value="${value}"
      maxlength="${typedWordsLimit}" autocomplete="off" aria-describedby="${described}"
      ${problem ? html`aria-invalid="true"` : ""}>
    ${chosenId ? html`<input type="hidden" name="${name}" value="${chosenId}">` : ""}`;
}

/** What is wrong with the filter: words that matched none, or an id outside reach. */
function wordsProblem<T extends { id: string }>({ t }: ProgramPageOptions, field: ChoiceField<T>) {
  const { filter } = field;
  if (!filter.choices && outside(filter)) return t("program.filter.outside");
  if (filter.words === null || filter.matches.length > 0) return "";

  return t(field.words.none, { words: isolate(filter.words) });
}

/**
 * The choices the words match, each a link to the figures with it chosen, other filters kept:
 * something to choose from, not a problem (typed-matches.ts).
 */
function matchList<T extends { id: string; rosterId: string | null }>(
  options: ProgramPageOptions,
  field: ChoiceField<T>,
) {
  const { t, figures } = options;
  const href = (choice: T) => {
    const params = new URLSearchParams(filtersQuery(figures.filters));
    params.set(field.name, choice.id);
    return `/program?${params.toString()}`;
  };
  // The roster's id tells apart two of one name that a detail could not.
  const rosterId = (choice: T) =>
    choice.rosterId
      ? html` <span class="hint">${t("program.filter.rosterId", {
          id: isolate(choice.rosterId),
        })}</span>`
      : "";

  const { filter } = field;
  const words = isolate(filter.words ?? "");
  const count = filter.matches.length;

  return typedMatches({
    fieldId: `filter-${field.name}`,
    note: t(filter.more ? field.words.more : field.words.several, { words, count }),
    items: filter.matches.map(
      (choice) =>
        html`<li><a href="${href(choice)}">${field.shownAs(choice)}</a>${rosterId(choice)}</li>`,
    ),
  });
}

type CheckInDue = ProgramFigures["checkIns"]["upcoming"][number];

/** A teacher as the filter lists them; the detail sets apart two teachers of the same name. */
function teacherChoice({ t }: ViewContext, teacher: TeacherChoice) {
  const { name, detail } = teacher;

  return detail ? t("program.filter.teacherChoice", { name, detail }) : name;
}

/**
 * A class with its school; the detail sets apart two classes of one title at one school. Only a
 * clash goes through the message catalog: a district lists thousands of classes on every load.
 */
function classChoice({ t }: ViewContext, klass: ClassChoice) {
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

  return html`<div class="table-scroll" tabindex="0">
  <table id="${table.id}" class="whole-words">
    <caption class="visually-hidden">${table.caption}</caption>
    <thead><tr><th scope="col">${name}</th><th scope="col">${value}</th></tr></thead>
    <tbody>${table.rows.map(
      (row) => html`<tr><th scope="row">${row.label}</th><td>${row.value}</td></tr>`,
    )}</tbody>
  </table></div>`;
}

/** A table of many columns, a card per row on a phone; `rows` are made of the helpers below. */
function cardsTable(table: { id: string; caption: string; columns: string[]; rows: Markup[] }) {
  // A long name can make the table wider than the page: focusable, it then scrolls by keyboard.
  return html`<div class="table-scroll" tabindex="0">
  <table id="${table.id}" class="cards-on-phone" role="table">
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

/** A district's figures school by school; each school's name chooses it, to see its teachers. */
function schoolSection(options: ProgramPageOptions) {
  const { t, figures } = options;
  if (!figures.bySchool || figures.bySchool.length === 0) return "";
  const href = (schoolId: string) => {
    const params = new URLSearchParams(filtersQuery(figures.filters));
    params.set("school", schoolId);
    return `/program?${params.toString()}`;
  };

  return html`<section class="card" aria-labelledby="schools-title">
    <h2 id="schools-title">${t("program.bySchool.title")}</h2>
    <p class="hint">${t("program.bySchool.note")}</p>
    ${cardsTable({
      id: "schools-table",
      caption: t("program.bySchool.title"),
      columns: stageColumns(options, t("program.school")),
      rows: figures.bySchool.map((row) =>
        cardRow(
          html`<a href="${href(row.schoolId)}">${isolated(row.name)}</a>`,
          stageCells(options, row.stages, row.total),
        ),
      ),
    })}
  </section>`;
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
    ${teacherPager(options)}
  </section>`;
}

/** The pages of a school's teachers, when it has more than one page holds. */
function teacherPager({ t, figures }: ProgramPageOptions) {
  const { page, pages } = figures.teacherPages;
  if (pages <= 1) return "";
  const link = (to: number, label: string, rel: string) => {
    const params = new URLSearchParams(filtersQuery(figures.filters));
    params.set("page", String(to));
    return html`<a href="/program?${params.toString()}#teachers-title" rel="${rel}">${label}</a>`;
  };

  return html`<nav class="pager teacher-pages" aria-label="${t("program.byTeacher.pages")}">
    ${page > 1 ? link(page - 1, t("program.byTeacher.previous"), "prev") : ""}
    <span>${t("program.byTeacher.pageOf", { page, pages })}</span>
    ${page < pages ? link(page + 1, t("program.byTeacher.next"), "next") : ""}
  </nav>`;
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
