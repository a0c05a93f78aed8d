import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { StudentGroup, StudentRow } from "../../domain/plans/list-students.ts";
import { gradePlansDownloads } from "./grade-plans-downloads.ts";
import { page } from "./layout.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";

export interface StudentsPageOptions extends ViewContext {
  actor: Actor;
  groups: StudentGroup[];
  /** The grades of the reader's own students that have plans, for one PDF per grade. */
  grades?: { grade: string; plans: number }[];
}

/**
 * A teacher's students, class by class, each with their plan's stage and next check-in; an
 * administrator sees every class of the district, school by school.
 */
export function studentsPage(options: StudentsPageOptions) {
  const { t, actor } = options;
  const administrator = actor.role === "administrator";
  const title = administrator ? t("plans.students.titleAll") : t("plans.students.title");

  const body = html`<h1>${title}</h1>
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
        (student) => html`<li><a href="/plans/${student.plan?.id ?? ""}">${student.name}</a>
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
      <h2>${school}</h2>
      ${placed
        .filter((group) => group.schoolName === school)
        .map((group) => classSection(options, group, 3))}
    </section>`,
  )}
  ${unplaced.map((group) => classSection(options, group, 2))}`;
}

function classSection(options: StudentsPageOptions, group: StudentGroup, level: 2 | 3) {
  const { t } = options;
  const headingId = `class-${group.classId ?? "none"}`;
  const title = group.classTitle ?? t("plans.students.noClass");
  const heading =
    level === 2
      ? html`<h2 id="${headingId}">${title}${
          group.schoolName ? html` <span class="hint">${group.schoolName}</span>` : ""
        }</h2>`
      : html`<h3 id="${headingId}">${title}</h3>`;

  return html`<section class="card" aria-labelledby="${headingId}">
    ${heading}
    ${
      group.students.length === 0
        ? html`<p class="empty">${t("plans.students.noStudents")}</p>`
        : html`<div class="table-scroll"><table>
          <thead><tr>
            <th scope="col">${t("plans.students.student")}</th>
            <th scope="col">${t("plans.students.stage")}</th>
            <th scope="col">${t("plans.students.nextCheckIn")}</th>
            <th scope="col">${t("plans.students.plan")}</th>
          </tr></thead>
          <tbody>${group.students.map((student) => studentRow(options, student))}</tbody>
        </table></div>`
    }
  </section>`;
}

function studentRow(options: StudentsPageOptions, student: StudentRow) {
  const { t, locale } = options;
  const plan = student.plan;

  return html`<tr>
    <th scope="row">${student.name}</th>
    <td>${plan ? t(`plans.stage.${plan.stage}`) : t("plans.students.noPlan")}</td>
    <td>${
      plan?.nextCheckInOn && plan.stage !== "closed"
        ? html`${formatDay(plan.nextCheckInOn, locale)}${
            plan.overdue ? html` <strong class="overdue">${t("plans.overdue")}</strong>` : ""
          }`
        : "—"
    }</td>
    <td>${planCell(options, student)}</td>
  </tr>`;
}

function planCell(options: StudentsPageOptions, student: StudentRow) {
  const { t } = options;
  const plan = student.plan;
  const open = plan
    ? html`<a href="/plans/${plan.id}">${t("plans.students.openPlan")}<span class="visually-hidden">
        ${t("plans.students.forStudent", { name: student.name })}</span></a>`
    : "";
  if (plan && plan.stage !== "closed") return open;

  return html`${open}
    <form method="post" action="/students/${student.id}/plans" class="inline">
      <button type="submit">${t("plans.students.start")}<span class="visually-hidden">
        ${t("plans.students.forStudent", { name: student.name })}</span></button>
    </form>`;
}
