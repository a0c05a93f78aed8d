import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type {
  ClassEntry,
  OverdueSummary,
  SchoolEntry,
} from "../../domain/plans/class-directory.ts";
import type {
  StudentGroup,
  StudentList,
  StudentListProblem,
  StudentRow,
} from "../../domain/plans/list-students.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { inputField } from "./form-fields.ts";
import { gradePlansDownloads } from "./grade-plans-downloads.ts";
import { page } from "./layout.ts";
import { isolated, sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";
import { matchesNoteId, typedMatches } from "./typed-matches.ts";

export interface StudentsPageOptions extends ViewContext {
  actor: Actor;
  groups: StudentGroup[];
  /** The grades of the reader's own students that have plans, for one PDF per grade. */
  grades?: { grade: string; plans: number }[];
  /** One class was chosen from a school's classes (schoolClassesPage). */
  chosen?: boolean;
}

/**
 * A teacher's students, class by class, each with their plan's stage and next check-in; an
 * administrator sees every class of the district, school by school.
 */
export function studentsPage(options: StudentsPageOptions) {
  const { t, actor } = options;
  const administrator = actor.role === "administrator";
  const title = administrator ? t("plans.students.titleAll") : t("plans.students.title");

  // An administrator goes back to the classes of the chosen class's school.
  const schoolId = administrator ? options.groups[0]?.schoolId : undefined;
  const back = options.chosen
    ? html`<p><a href="${schoolId ? schoolAddress(schoolId) : "/students"}">${t(
        "plans.students.allClasses",
      )}</a></p>`
    : "";
  const body = html`<h1>${title}</h1>
    ${back}
    ${overdueSummary(options)}
    ${
      options.groups.length === 0
        ? html`<p class="empty">${t("plans.students.noClasses")}</p>`
        : administrator
          ? bySchool(options)
          : options.groups.map((group) => classSection(options, group, 2))
    }
    ${gradeDownloads(options)}`;

  return page({ title, t, locale: options.locale, actor, body });
}

/**
 * An administrator of more students than one page holds chooses one of their schools first:
 * each with how many classes and students it has, and where check-ins are overdue.
 */
export function schoolDirectoryPage(
  options: ViewContext & { actor: Actor; list: Extract<StudentList, { step: "schools" }> },
) {
  const { t, actor, list } = options;
  const title = t("plans.students.titleAll");
  const body = html`<h1>${title}</h1>
    ${problemOf(options, list.problem)}
    <p>${t("plans.students.chooseSchool", { count: list.schools.length })}</p>
    ${overdueDirectory(options, list.overdue, schoolAddress, t("plans.students.overdueInSchools"))}
    <section class="card" aria-labelledby="schools-heading">
      <h2 id="schools-heading">${t("plans.students.schools")}</h2>
      <ul class="class-directory">
        ${list.schools.map((school) => schoolEntry(options, school))}
      </ul>
    </section>
    ${unplacedEntry(options, list.unplaced)}`;

  return page({ title, t, locale: options.locale, actor, body });
}

/**
 * One school's classes to choose from, each with how many students it has; past a longer list
 * than a page holds, a search for a class by its title, code or roster id (a GET form, so the
 * address keeps what was found and it works without JavaScript).
 */
export function schoolClassesPage(
  options: ViewContext & { actor: Actor; list: Extract<StudentList, { step: "classes" }> },
) {
  const { t, actor, list } = options;
  const title = t("plans.students.titleAll");
  const back = list.otherSchools
    ? html`<p><a href="/students">${t("plans.students.allSchools")}</a></p>`
    : "";
  const body = html`<h1>${title}</h1>
    ${problemOf(options, list.problem)}
    ${back}
    ${overdueDirectory(options, list.overdue, classAddress, t("plans.students.overdueInClasses"))}
    <section class="card" aria-labelledby="school-heading">
      <h2 id="school-heading">${isolated(list.school.name)}</h2>
      ${list.classes ? classList(options, list.classes) : classSearch(options, list)}
    </section>
    ${unplacedEntry(options, list.unplaced)}`;

  return page({ title, t, locale: options.locale, actor, body });
}

/** A school with its size and, in the colour of overdue, its students' overdue check-ins. */
function schoolEntry(options: ViewContext, school: SchoolEntry) {
  const { t } = options;
  const size = t("plans.students.schoolSize", { classes: school.classes, count: school.students });
  const late = t("plans.students.overdueCount", { count: school.overdue });
  const hint = school.overdue > 0 ? html`${size} · <span class="overdue">${late}</span>` : size;

  return directoryEntry(schoolAddress(school.schoolId), isolated(school.schoolName), hint);
}

const schoolAddress = (schoolId: string) =>
  `/students?${new URLSearchParams({ school: schoolId }).toString()}`;

const classAddress = (classId: string) =>
  `/students?${new URLSearchParams({ class: classId }).toString()}`;

function directoryEntry(href: string, name: unknown, hint: unknown) {
  return html`<li><a href="${href}">${name}</a> <span class="hint">${hint}</span></li>`;
}

function classList(options: ViewContext, classes: ClassEntry[]) {
  const { t } = options;
  if (classes.length === 0) return html`<p class="empty">${t("plans.students.noClasses")}</p>`;

  return html`<p>${t("plans.students.chooseClass", { count: classes.length })}</p>
    ${classEntries(options, classes)}`;
}

function classEntries(options: ViewContext, classes: ClassEntry[]) {
  return html`<ul class="class-directory">${classItems(options, classes)}</ul>`;
}

/** A class's code (else its roster id) tells apart two classes of the same title. */
function classItems(options: ViewContext, classes: ClassEntry[]) {
  const { t } = options;

  return classes.map((row) => {
    const code = row.classCode ?? row.rosterId;
    const count = t("plans.students.studentCount", { count: row.students });
    const hint = code ? html`${isolated(code)} · ${count}` : count;
    return directoryEntry(classAddress(row.classId), isolated(row.classTitle), hint);
  });
}

/**
 * The search for a class: words that match none are the field's problem; several matches are
 * offered to choose from, calmly (typed-matches.ts).
 */
function classSearch(options: ViewContext, list: Extract<StudentList, { step: "classes" }>) {
  const { t } = options;
  const search = list.search;
  const words = search ? isolate(search.words) : "";
  const found = search?.matches.length ?? 0;
  const none = search && found === 0 ? t("plans.students.noClassMatches", { words }) : undefined;
  const form = html`<p>${t("plans.students.findClassIntro", { count: list.classCount })}</p>
    <form method="get" action="/students" class="stack" role="search">
      <input type="hidden" name="school" value="${list.school.id}">
      ${inputField({
        name: "find",
        label: t("plans.students.findClass"),
        hint: t("plans.students.findClassHint"),
        value: search?.words,
        maxlength: 200,
        problems: none ? [{ field: "find", message: none }] : undefined,
        ...(found > 0 && { describedBy: matchesNoteId("field-find") }),
      })}
      <div><button type="submit">${t("plans.students.find")}</button></div>
    </form>`;
  if (!search || found === 0) return form;

  const note = search.more
    ? t("plans.students.moreClassMatches", { words, count: found })
    : t("plans.students.classMatches", { words, count: found });

  return html`${form}
    ${typedMatches({
      fieldId: "field-find",
      note: sentence(note),
      items: classItems(options, search.matches),
      listClass: "class-directory",
    })}`;
}

function unplacedEntry(options: ViewContext, unplaced: number) {
  const { t } = options;
  if (unplaced === 0) return "";

  return html`<section class="card" aria-labelledby="school-none">
    <h2 id="school-none">${t("plans.students.noClass")}</h2>
    <ul class="class-directory">
      ${directoryEntry(
        classAddress("none"),
        t("plans.students.noClass"),
        t("plans.students.studentCount", { count: unplaced }),
      )}
    </ul>
  </section>`;
}

function problemOf(options: ViewContext, problem: StudentListProblem | undefined) {
  if (!problem) return "";

  return html`<div class="problem" role="alert"><p>${options.t("plans.students.notYourSchool")}</p>
  </div>`;
}

/**
 * Where the overdue check-ins are when the page lists schools or classes rather than students:
 * each place with how many, most first, leading to its students.
 */
function overdueDirectory(
  options: ViewContext,
  overdue: OverdueSummary,
  addressOf: (id: string) => string,
  note?: string,
) {
  const { t } = options;
  if (overdue.students === 0) return "";
  const places = overdue.places.map((place) => {
    const count = t("plans.students.overdueCount", { count: place.students });
    const hint = place.code ? html`${isolated(place.code)} · ${count}` : count;
    return directoryEntry(addressOf(place.id), isolated(place.name), hint);
  });
  const inNoClass =
    overdue.inNoClass > 0
      ? directoryEntry(
          classAddress("none"),
          t("plans.students.noClass"),
          t("plans.students.overdueCount", { count: overdue.inNoClass }),
        )
      : "";
  const more =
    overdue.morePlaces > 0
      ? html`<p class="hint">${t("plans.students.overdueMoreClasses", {
          count: overdue.morePlaces,
        })}</p>`
      : "";

  const listed = places.length > 0 || inNoClass !== "";

  return html`<section class="card overdue-summary" aria-labelledby="overdue-heading">
    <h2 id="overdue-heading">${t("plans.students.overdueHeading", { count: overdue.students })}</h2>
    ${note ? html`<p>${note}</p>` : ""}
    ${listed ? html`<ul>${places}${inNoClass}</ul>` : ""}
    ${more}
  </section>`;
}

function gradeDownloads(options: StudentsPageOptions) {
  const grades = (options.grades ?? []).map((each) => ({
    ...each,
    href: `/students/plans.pdf?${new URLSearchParams({ grade: each.grade }).toString()}`,
  }));
  if (grades.length === 0) return "";

  return html`<section class="card" aria-labelledby="grade-plans-pdf-title">
    ${gradePlansDownloads({ t: options.t, grades, level: 2 })}
  </section>`;
}

/**
 * Check-ins past their day come first, so a teacher opening the list in prep time sees whom to
 * catch up with before anything else.
 */
function overdueSummary(options: StudentsPageOptions) {
  const { t, locale } = options;
  const seen = new Set<string>();
  const overdue = options.groups
    .flatMap((group) => group.students)
    .filter((student) => student.plan?.overdue && !seen.has(student.id) && seen.add(student.id))
    .sort((a, b) => (a.plan?.nextCheckInOn ?? "").localeCompare(b.plan?.nextCheckInOn ?? ""));
  if (overdue.length === 0) return "";

  return html`<section class="card overdue-summary" aria-labelledby="overdue-heading">
    <h2 id="overdue-heading">${t("plans.students.overdueHeading", { count: overdue.length })}</h2>
    <ul>
      ${overdue.map(
        (
          student,
        ) => html`<li><a href="/plans/${student.plan?.id ?? ""}">${isolated(student.name)}</a>
          <span class="hint">${t("plans.students.overdueSince", {
            date: formatDay(student.plan?.nextCheckInOn ?? "", locale),
          })}</span></li>`,
      )}
    </ul>
  </section>`;
}

/** School by school; the students in no class come last under a heading of their own. */
function bySchool(options: StudentsPageOptions) {
  const placed = options.groups.filter((group) => group.classId !== null);
  const unplaced = options.groups.filter((group) => group.classId === null);
  const schools = [...new Set(placed.map((group) => group.schoolName))];

  return html`${schools.map(
    (school) => html`<section class="school">
      <h2>${isolated(school)}</h2>
      ${placed
        .filter((group) => group.schoolName === school)
        .map((group) => classSection(options, group, 3))}
    </section>`,
  )}
  ${unplaced.map((group) => classSection(options, group, 2))}`;
}

/**
 * A class's students as a table, a card per student on a phone (app.css, .cards-on-phone):
 * hence each value's data-label, and the roles that keep it a table to screen readers in any
 * display.
 */
function classSection(options: StudentsPageOptions, group: StudentGroup, level: 2 | 3) {
  const { t } = options;
  const headingId = `class-${group.classId ?? "none"}`;
  // A class's title comes from the roster, as typed there; the words for no class are ours.
  const title = group.classTitle ? isolated(group.classTitle) : t("plans.students.noClass");
  const heading =
    level === 2
      ? html`<h2 id="${headingId}">${title}${
          group.schoolName ? html` <bdi class="hint">${group.schoolName}</bdi>` : ""
        }</h2>`
      : html`<h3 id="${headingId}">${title}</h3>`;

  return html`<section class="card" aria-labelledby="${headingId}">
    ${heading}
    ${
      group.students.length === 0
        ? html`<p class="empty">${t("plans.students.noStudents")}</p>`
        : html`<div class="table-scroll" tabindex="0"><table class="cards-on-phone" role="table">
          <thead role="rowgroup"><tr role="row">
            <th scope="col" role="columnheader">${t("plans.students.student")}</th>
            <th scope="col" role="columnheader">${t("plans.students.stage")}</th>
            <th scope="col" role="columnheader">${t("plans.students.nextCheckIn")}</th>
            <th scope="col" role="columnheader">${t("plans.students.plan")}</th>
          </tr></thead>
          <tbody role="rowgroup">${group.students.map((student) =>
            studentRow(options, student),
          )}</tbody>
        </table></div>`
    }
  </section>`;
}

function studentRow(options: StudentsPageOptions, student: StudentRow) {
  const { t, locale } = options;
  const plan = student.plan;

  return html`<tr role="row">
    <th scope="row" role="rowheader">${isolated(student.name)}</th>
    <td role="cell" data-label="${t("plans.students.stage")}">${stageOf(options, plan)}</td>
    <td role="cell" data-label="${t("plans.students.nextCheckIn")}">${
      plan?.nextCheckInOn && plan.stage !== "closed"
        ? html`${formatDay(plan.nextCheckInOn, locale)}${
            plan.overdue ? html` <strong class="overdue">${t("plans.overdue")}</strong>` : ""
          }`
        : "—"
    }</td>
    <td role="cell" class="plan-actions">${planCell(options, student)}</td>
  </tr>`;
}

/** The plan's stage; a plan started for next year says so, beside this year's closed one. */
function stageOf(options: StudentsPageOptions, plan: StudentRow["plan"]) {
  const { t } = options;
  if (!plan) return t("plans.students.noPlan");

  const stage = t(`plans.stage.${plan.stage}`);
  return plan.nextYear ? t("plans.students.nextYearStage", { stage }) : stage;
}

function planCell(options: StudentsPageOptions, student: StudentRow) {
  const { t } = options;
  const plan = student.plan;
  // A closed plan is read, not worked on: its link says so, beside the button for a new one.
  const closed = plan?.stage === "closed";
  const linkText = t(closed ? "plans.students.viewPlan" : "plans.students.openPlan");
  const forStudent = sentence(t("plans.students.forStudent", { name: isolate(student.name) }));
  const open = plan
    ? html`<a href="/plans/${plan.id}">${linkText}<span class="visually-hidden">
        ${forStudent}</span></a>`
    : "";
  if (plan && !closed) return open;

  return html`${open}
    <form method="post" action="/students/${student.id}/plans" class="inline">
      <button type="submit">${t("plans.students.start")}<span class="visually-hidden">
        ${forStudent}</span></button>
    </form>`;
}
