import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { ClassDirectory, StudentGroup, StudentRow } from "../../domain/plans/list-students.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { gradePlansDownloads } from "./grade-plans-downloads.ts";
import { page } from "./layout.ts";
import { isolated, sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";

export interface StudentsPageOptions extends ViewContext {
  actor: Actor;
  groups: StudentGroup[];
  /** The grades of the reader's own students that have plans, for one PDF per grade. */
  grades?: { grade: string; plans: number }[];
  /** One class was chosen from the list of classes (classDirectoryPage). */
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

  const back = options.chosen
    ? html`<p><a href="/students">${t("plans.students.allClasses")}</a></p>`
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
 * An administrator with more classes than one page holds chooses a class first: school by
 * school, each class with how many students it has.
 */
export function classDirectoryPage(
  options: ViewContext & { actor: Actor; directory: ClassDirectory },
) {
  const { t, actor, directory } = options;
  const title = t("plans.students.titleAll");
  const schools = [...new Set(directory.classes.map((row) => row.schoolName))];
  const link = (href: string, name: unknown, count: number) =>
    html`<li><a href="${href}">${name}</a>
      <span class="hint">${t("plans.students.studentCount", { count })}</span></li>`;

  const body = html`<h1>${title}</h1>
    <p>${t("plans.students.chooseClass", { count: directory.classes.length })}</p>
    ${schools.map(
      (school, at) => html`<section class="card" aria-labelledby="school-${at}">
        <h2 id="school-${at}">${isolated(school)}</h2>
        <ul class="class-directory">
          ${directory.classes
            .filter((row) => row.schoolName === school)
            .map((row) =>
              link(
                `/students?${new URLSearchParams({ class: row.classId }).toString()}`,
                isolated(row.classTitle),
                row.students,
              ),
            )}
        </ul>
      </section>`,
    )}
    ${
      directory.unplaced > 0
        ? html`<section class="card" aria-labelledby="school-none">
            <h2 id="school-none">${t("plans.students.noClass")}</h2>
            <ul class="class-directory">
              ${link("/students?class=none", t("plans.students.noClass"), directory.unplaced)}
            </ul>
          </section>`
        : ""
    }`;

  return page({ title, t, locale: options.locale, actor, body });
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
        : html`<div class="table-scroll"><table class="cards-on-phone" role="table">
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
    <td role="cell" data-label="${t("plans.students.stage")}">${
      plan ? t(`plans.stage.${plan.stage}`) : t("plans.students.noPlan")
    }</td>
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
