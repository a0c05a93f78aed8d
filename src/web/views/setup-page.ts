import { html } from "hono/html";
import type { FieldProblem } from "../../domain/errors.ts";
import { schoolNameLimit } from "../../domain/school/update-school.ts";
import type { Translate } from "../../i18n/translate.ts";
import { inputField, problemSummary, timeZoneField } from "./form-fields.ts";

export interface SetupValues {
  schoolName?: string;
  timeZone: string;
  givenName?: string;
  familyName?: string;
  email?: string;
}

interface SetupPageOptions {
  t: Translate;
  values: SetupValues;
  problems: FieldProblem[];
  zones: readonly string[];
}

/** The first-run page: create the school and its first administrator, or load the demo. */
export function setupPage(options: SetupPageOptions) {
  const { t, problems } = options;

  return html`<h1>${t("setup.title")}</h1>
    <p>${t("setup.intro")}</p>
    ${problemSummary(t, problems)}
    <form method="post" action="/setup" class="stack card">
      <fieldset class="stack">
        <legend>${t("setup.schoolLegend")}</legend>
        ${schoolFields(options)}
      </fieldset>
      <fieldset class="stack">
        <legend>${t("setup.adminLegend")}</legend>
        ${administratorFields(options)}
      </fieldset>
      <div><button type="submit">${t("setup.submit")}</button></div>
    </form>
    <section class="card" aria-labelledby="demo-title">
      <h2 id="demo-title">${t("setup.demoTitle")}</h2>
      <p>${t("setup.demoIntro")}</p>
      <form method="post" action="/setup/demo">
        <button type="submit" class="secondary">${t("setup.demoSubmit")}</button>
      </form>
    </section>`;
}

function schoolFields({ t, values, problems, zones }: SetupPageOptions) {
  return [
    inputField({
      name: "schoolName",
      label: t("setup.field.schoolName"),
      value: values.schoolName,
      problems,
      required: true,
      maxlength: schoolNameLimit,
      autocomplete: "organization",
    }),
    timeZoneField({
      label: t("setup.field.timeZone"),
      hint: t("setup.hint.timeZone"),
      value: values.timeZone,
      zones,
      problems,
    }),
  ];
}

function administratorFields({ t, values, problems }: SetupPageOptions) {
  const name = { problems, required: true, maxlength: 100 };
  const password = {
    type: "password" as const,
    problems,
    required: true,
    minlength: 10,
    maxlength: 128,
    autocomplete: "new-password",
  };

  return [
    inputField({
      ...name,
      name: "givenName",
      label: t("setup.field.givenName"),
      value: values.givenName,
      autocomplete: "given-name",
    }),
    inputField({
      ...name,
      name: "familyName",
      label: t("setup.field.familyName"),
      value: values.familyName,
      autocomplete: "family-name",
    }),
    inputField({
      name: "email",
      type: "email",
      label: t("setup.field.email"),
      hint: t("setup.hint.email"),
      value: values.email,
      problems,
      required: true,
      maxlength: 254,
      autocomplete: "email",
    }),
    inputField({
      ...password,
      name: "password",
      label: t("setup.field.password"),
      hint: t("setup.hint.password"),
    }),
    inputField({ ...password, name: "passwordAgain", label: t("setup.field.passwordAgain") }),
  ];
}
