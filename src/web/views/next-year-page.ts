import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { NextYearView } from "../../domain/next-year/read-next-year.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { page } from "./layout.ts";
import { isolated, sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";

export interface NextYearPageOptions extends ViewContext {
  actor: Actor;
  view: NextYearView;
  summary: { started: number; carried: number; skipped: number } | null;
}

/** Starting next year's plans: choose a class, start them all, or carry closed plans forward. */
export function nextYearPage(options: NextYearPageOptions) {
  const { t, view } = options;
  const title = t("nextYear.title");
  // After a start, the notice says again which year the plans it started are for.
  const year = view.chosen ? ` ${t(yearSentence(view.chosen))}` : "";

  const body = html`<h1>${title}</h1>
    <p>${t("nextYear.intro")}</p>
    ${
      options.summary
        ? html`<p class="notice" role="status">${t("nextYear.started", options.summary)}${year}</p>`
        : ""
    }
    ${view.schools.length > 0 ? schoolChooser(options) : ""}
    ${
      view.classes.length > 0
        ? classChooser(options)
        : view.schools.length === 0
          ? html`<p class="empty">${t("nextYear.noClasses")}</p>`
          : ""
    }
    ${view.chosen ? classSection(options, view.chosen) : ""}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/** Past a page of classes across several schools, a school is chosen first. */
function schoolChooser(options: NextYearPageOptions) {
  const { t, view } = options;
  const problem = view.schoolUnknown
    ? html`<p class="problem" id="school-problem">${t("nextYear.schoolUnknown")}</p>`
    : "";

  return html`<form method="get" action="/program/next-year" class="card">
    <p id="school-hint">${t("nextYear.pickSchool", { count: view.schools.length })}</p>
    <div class="field">
      <label for="school">${t("nextYear.school")}</label>
      ${problem}
      <select id="school" name="school"
        aria-describedby="school-hint${view.schoolUnknown ? " school-problem" : ""}">
        ${view.school ? "" : html`<option value="">${t("nextYear.noSchoolChosen")}</option>`}
        ${view.schools.map(
          (
            school,
          ) => html`<option value="${school.id}" ${school.id === view.school ? "selected" : ""}
            >${school.name}</option>`,
        )}
      </select>
    </div>
    <button type="submit">${t("nextYear.chooseSchool")}</button>
  </form>`;
}

function classChooser(options: NextYearPageOptions) {
  const { t, view } = options;

  return html`<form method="get" action="/program/next-year" class="card">
    <div class="field">
      <label for="class">${t("nextYear.class")}</label>
      <select id="class" name="class">${view.classes.map(
        (
          klass,
        ) => html`<option value="${klass.id}" ${klass.id === view.chosen?.id ? "selected" : ""}
          >${klass.title}${view.school ? "" : ` (${klass.schoolName})`}</option>`,
      )}</select>
    </div>
    <button type="submit">${t("nextYear.chooseClass")}</button>
  </form>`;
}

function classSection(options: NextYearPageOptions, chosen: NonNullable<NextYearView["chosen"]>) {
  const { t } = options;

  return html`<section class="card" aria-labelledby="class-title">
    <h2 id="class-title">${isolated(chosen.title)}</h2>
    <p>${t("nextYear.summary", { students: chosen.students, open: chosen.withOpenPlan })}</p>
    ${startForm(options, chosen)}
  </section>
  ${carrySection(options, chosen)}`;
}

/** Starting every student's plan, unless there is no student or none without an open plan. */
function startForm(options: NextYearPageOptions, chosen: NonNullable<NextYearView["chosen"]>) {
  const { t } = options;
  if (chosen.students === 0) return html`<p class="notice">${t("nextYear.noStudents")}</p>`;
  if (chosen.withOpenPlan >= chosen.students) {
    return html`<p class="notice">${t("nextYear.allHavePlans")}</p>`;
  }

  return html`<form method="post" action="/program/next-year/classes/${chosen.id}/plans">
      <p id="year-hint">${t(yearSentence(chosen))}</p>
      <p class="hint" id="start-hint">${t("nextYear.startHint")}</p>
      <button type="submit" aria-describedby="year-hint start-hint">${sentence(
        t("nextYear.startAll", { title: isolate(chosen.title) }),
      )}</button>
    </form>`;
}

function carrySection(options: NextYearPageOptions, chosen: NonNullable<NextYearView["chosen"]>) {
  const { t, locale } = options;
  // Right after a close the plans started here are the new year's own: "next year's" would not be.
  const button = t(chosen.forNextYear ? "nextYear.carry.button" : "nextYear.carry.buttonThisYear");

  return html`<section class="card" aria-labelledby="carry-title">
    <h2 id="carry-title">${t("nextYear.carry.title")}</h2>
    <p>${t("nextYear.carry.intro")}</p>
    ${
      chosen.closedPlans.length === 0
        ? html`<p class="empty">${t("nextYear.carry.none")}</p>`
        : html`<div class="table-scroll" tabindex="0"><table>
          <caption class="visually-hidden">${t("nextYear.carry.title")}</caption>
          <thead><tr><th scope="col">${t("nextYear.carry.student")}</th>
            <th scope="col">${t("nextYear.carry.closedOn")}</th>
            <th scope="col"><span class="visually-hidden">${button}</span></th>
          </tr></thead>
          <tbody>${chosen.closedPlans.map(
            (plan) => html`<tr><th scope="row"><a href="/plans/${plan.planId}"
              >${isolated(plan.student)}</a></th>
              <td>${plan.closedOn ? formatDay(plan.closedOn, locale) : "—"}</td>
              <td><form method="post" action="/program/next-year/plans/${plan.planId}/carry-forward"
                class="inline"><button type="submit">${button}<span
                class="visually-hidden"> ${sentence(
                  t("nextYear.forStudent", { name: isolate(plan.student) }),
                )}</span
                ></button></form></td></tr>`,
          )}</tbody>
        </table></div>`
    }
  </section>`;
}

/** Which school year the plans started for a class are: it decides what a close leaves open. */
function yearSentence(chosen: { forNextYear: boolean }) {
  return chosen.forNextYear ? "nextYear.forNextYear" : "nextYear.forThisYear";
}
