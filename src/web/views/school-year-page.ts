import { html } from "hono/html";
import type { FieldProblem } from "../../domain/errors.ts";
import { yearLabelMax } from "../../domain/school-year/close-school-year.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolateYear } from "../../lib/bidi-isolate.ts";
import { choice, problemAttributes, problemText } from "./field-problem.ts";
import { inputField, problemSummary } from "./form-fields.ts";
import { sentence } from "./own-words.ts";
import { formatInstant } from "./plan-format.ts";

interface SchoolYearsView {
  schools: { id: string; name: string; timeZone: string; currentPlans: number }[];
  closedYears: {
    id: string;
    label: string;
    schoolName: string;
    closedAt: string;
    plansArchived: number;
    plansClosed: number;
  }[];
}

/** Closing a school's year, and the years closed so far. */
export function schoolYearPage(options: {
  t: Translate;
  locale: string;
  years: SchoolYearsView;
  typed: Record<string, string>;
  problems: FieldProblem[];
  closed: SchoolYearsView["closedYears"][number] | null;
  /** When the form was first shown: the close archives only plans started by then. */
  openedAt: string;
}) {
  const { t, years } = options;

  return html`<h1>${t("records.year.title")}</h1>
    ${options.closed ? closedNotice(t, options.closed) : ""}
    <p>${t("records.year.intro")}</p>
    <p>${t("records.year.nextYearNote")}</p>
    <ul>${years.schools.map(
      (school) =>
        html`<li>${t("records.year.openPlans", {
          count: school.currentPlans,
          school: school.name,
        })}</li>`,
    )}</ul>
    ${closeForm(options)}
    ${closedYears(options)}`;
}

function closedNotice(t: Translate, closed: SchoolYearsView["closedYears"][number]) {
  return html`<p class="notice" role="status">${sentence(
    t("records.year.closed", {
      label: isolateYear(closed.label),
      archived: closed.plansArchived,
      closed: closed.plansClosed,
    }),
  )}</p>`;
}

function closeForm(options: Parameters<typeof schoolYearPage>[0]) {
  const { t, typed, problems, years } = options;
  const schoolProblem = problems.find((problem) => problem.field === "schoolId");
  const confirmProblem = problems.find((problem) => problem.field === "confirm");
  const chosen = typed.schoolId ?? years.schools[0]?.id;

  return html`<section aria-labelledby="close-year">
    <h2 id="close-year">${t("records.year.closeHeading")}</h2>
    ${problemSummary(t, problems)}
    <form method="post" action="/school-year/close" class="stack card">
      <input type="hidden" id="field-openedAt" name="openedAt" value="${options.openedAt}">
      <div class="field">
        <label for="field-schoolId">${t("records.year.school")}</label>
        ${problemText("field-schoolId", schoolProblem)}
        <select id="field-schoolId" name="schoolId"
          ${problemAttributes("field-schoolId", schoolProblem)}>
          ${years.schools.map((school) => choice(school, chosen))}
        </select>
      </div>
      ${inputField({
        name: "label",
        label: t("records.year.label"),
        hint: t("records.year.labelHint", { max: yearLabelMax }),
        value: typed.label,
        problems,
        maxlength: yearLabelMax,
        required: true,
      })}
      <div class="field">
        ${problemText("field-confirm", confirmProblem)}
        <input type="checkbox" id="field-confirm" name="confirm" value="yes"
          ${typed.confirm === "yes" ? "checked" : ""}
          ${problemAttributes("field-confirm", confirmProblem)}>
        <label for="field-confirm">${t("records.year.confirm")}</label>
      </div>
      <div><button type="submit">${t("records.year.submit")}</button></div>
    </form>
  </section>`;
}

function closedYears({ t, locale, years }: Parameters<typeof schoolYearPage>[0]) {
  const zoneOf = (name: string) =>
    years.schools.find((school) => school.name === name)?.timeZone ?? "UTC";
  const rows = years.closedYears.map(
    (year) => html`<tr>
      <td>${sentence(isolateYear(year.label))}</td>
      <td>${year.schoolName}</td>
      <td>${formatInstant(year.closedAt, locale, zoneOf(year.schoolName))}</td>
      <td>${year.plansArchived}</td>
    </tr>`,
  );

  return html`<section aria-labelledby="closed-years">
    <h2 id="closed-years">${t("records.year.history")}</h2>
    ${
      years.closedYears.length === 0
        ? html`<p>${t("records.year.none")}</p>`
        : html`<div class="table-scroll" tabindex="0"><table>
          <thead><tr>
            <th scope="col">${t("records.year.name")}</th>
            <th scope="col">${t("records.year.school")}</th>
            <th scope="col">${t("records.year.closedOn")}</th>
            <th scope="col">${t("records.year.archivedCount")}</th>
          </tr></thead>
          <tbody>${rows}</tbody>
        </table></div>`
    }
  </section>`;
}
