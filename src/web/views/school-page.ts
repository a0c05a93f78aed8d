import { html } from "hono/html";
import type { FieldProblem } from "../../domain/errors.ts";
import { mathVisionLimit, schoolNameLimit } from "../../domain/school/update-school.ts";
import { supportedLocales, type Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { languageNameInSentence } from "../../lib/intl-formats.ts";
import { inputField, problemSummary, textAreaField, timeZoneField } from "./form-fields.ts";
import { ownWords, sentence } from "./own-words.ts";

export interface SchoolValues {
  id: string;
  name: string;
  math_vision: string;
  time_zone: string;
  check_in_cadence_days: number | string;
  /** The vision's translations by locale, as saved or as typed. */
  visions: Record<string, string>;
}

interface SchoolPageOptions {
  t: Translate;
  locale: string;
  school: SchoolValues;
  /** The saved Math Vision, as plans show it now. */
  savedVision: string;
  schools: { id: string; name: string }[];
  problems: FieldProblem[];
  zones: readonly string[];
  notice: "saved" | "welcome" | null;
}

/** School settings: name, Math Vision, time zone and check-in cadence of one school. */
export function schoolPage(options: SchoolPageOptions) {
  const { t, school, notice } = options;
  const vision = options.savedVision
    ? html`<div class="vision vision-text" ${ownWords()}>${options.savedVision}</div>`
    : html`<p>${t("school.noVision")}</p>`;

  return html`<h1>${t("school.title")}</h1>
    ${notice ? html`<p class="notice" role="status">${t(`school.${notice}`)}</p>` : ""}
    ${otherSchools(t, options.schools, school.id)}
    <p>${sentence(t("school.intro", { name: isolate(school.name) }))}</p>
    ${problemSummary(t, options.problems)}
    <form method="post" action="/school" class="stack card">
      <input type="hidden" name="schoolId" value="${school.id}">
      ${settingsFields(options)}
      ${visionTranslationFields(options)}
      <div><button type="submit">${t("form.save")}</button></div>
    </form>
    <p><a href="/school/identity?id=${encodeURIComponent(school.id)}"
      >${t("identity.admin.link")}</a></p>
    <section aria-labelledby="vision-title">
      <h2 id="vision-title">${t("school.visionTitle")}</h2>
      ${vision}
    </section>`;
}

function settingsFields({ t, school, problems, zones }: SchoolPageOptions) {
  return [
    inputField({
      name: "name",
      label: t("school.field.name"),
      value: school.name,
      problems,
      required: true,
      maxlength: schoolNameLimit,
    }),
    textAreaField({
      name: "mathVision",
      label: t("school.field.mathVision"),
      hint: t("school.hint.mathVision"),
      value: school.math_vision,
      problems,
      maxlength: 2000,
      rows: 8,
    }),
    timeZoneField({ label: t("school.field.timeZone"), value: school.time_zone, zones, problems }),
    inputField({
      name: "checkInCadenceDays",
      type: "number",
      label: t("school.field.cadence"),
      hint: t("school.hint.cadence"),
      value: String(school.check_in_cadence_days),
      problems,
      required: true,
      min: 1,
      max: 90,
    }),
  ];
}

function visionTranslationFields({ t, locale, school, problems }: SchoolPageOptions) {
  return html`<fieldset class="stack">
    <legend>${t("school.translations.legend")}</legend>
    <p class="hint">${t("school.translations.hint")}</p>
    ${supportedLocales.map((language) =>
      textAreaField({
        name: `vision-${language}`,
        label: t("school.field.visionIn", { language: languageNameInSentence(locale, language) }),
        value: school.visions[language] ?? "",
        problems,
        maxlength: mathVisionLimit,
        rows: 4,
        lang: language,
      }),
    )}
  </fieldset>`;
}

function otherSchools(t: Translate, schools: { id: string; name: string }[], current: string) {
  if (schools.length < 2) return "";

  const item = (school: { id: string; name: string }) =>
    school.id === current
      ? html`<strong aria-current="page">${school.name}</strong>`
      : html`<a href="/school?id=${encodeURIComponent(school.id)}">${school.name}</a>`;

  return html`<nav aria-label="${t("school.others")}">
    <ul>${schools.map((school) => html`<li>${item(school)}</li>`)}</ul>
  </nav>`;
}
