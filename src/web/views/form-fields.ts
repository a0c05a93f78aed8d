import { html } from "hono/html";
import type { FieldProblem } from "../../domain/errors.ts";
import type { Translate } from "../../i18n/translate.ts";

/*
 * Form pieces every page of setup, sign-in and school settings shares: a labelled field with its
 * hint and problem tied to it for screen readers, and a summary of problems linking to fields.
 */

export interface FieldOptions {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string | undefined;
  problems?: FieldProblem[] | undefined;
  type?: "text" | "email" | "password" | "number";
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  minlength?: number;
  min?: number;
  max?: number;
  /** Prefix for the element id when a page has two forms with the same field names. */
  idPrefix?: string;
  /** The id of more words about the field, after it (what a search found). */
  describedBy?: string;
}

const fieldId = (name: string, idPrefix = "field") => `${idPrefix}-${name}`;

function describedBy(id: string, hint: unknown, problem: unknown) {
  const ids = [hint ? `${id}-hint` : "", problem ? `${id}-problem` : ""].filter(Boolean);

  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function inputField(options: FieldOptions) {
  const id = fieldId(options.name, options.idPrefix);
  const problem = options.problems?.find((each) => each.field === options.name);
  const described = [describedBy(id, options.hint, problem), options.describedBy]
    .filter(Boolean)
    .join(" ");

  return html`<div class="field">
    <label for="${id}">${options.label}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ""}
    ${problem ? html`<p class="field-error" id="${id}-problem">${problem.message}</p>` : ""}
    <input id="${id}" name="${options.name}" type="${options.type ?? "text"}"
      ${options.type === "password" ? "" : html`value="${options.value ?? ""}"`}
      ${options.autocomplete ? html`autocomplete="${options.autocomplete}"` : ""}
      ${options.required ? "required" : ""}
      ${options.maxlength ? html`maxlength="${options.maxlength}"` : ""}
      ${options.minlength ? html`minlength="${options.minlength}"` : ""}
      ${options.min !== undefined ? html`min="${options.min}"` : ""}
      ${options.max !== undefined ? html`max="${options.max}"` : ""}
      ${described ? html`aria-describedby="${described}"` : ""}
      ${problem ? html`aria-invalid="true"` : ""}>
  </div>`;
}

export function textAreaField(options: FieldOptions & { rows?: number; lang?: string }) {
  const id = fieldId(options.name, options.idPrefix);
  const problem = options.problems?.find((each) => each.field === options.name);
  const described = describedBy(id, options.hint, problem);

  return html`<div class="field">
    <label for="${id}">${options.label}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ""}
    ${problem ? html`<p class="field-error" id="${id}-problem">${problem.message}</p>` : ""}
    <textarea id="${id}" name="${options.name}" rows="${options.rows ?? 6}"
      ${options.lang ? html`lang="${options.lang}"` : ""} dir="auto"
      ${options.maxlength ? html`maxlength="${options.maxlength}"` : ""}
      ${described ? html`aria-describedby="${described}"` : ""}
      ${problem ? html`aria-invalid="true"` : ""}>${options.value ?? ""}</textarea>
  </div>`;
}

export function timeZoneField(options: {
  label: string;
  hint?: string;
  value: string;
  zones: readonly string[];
  problems?: FieldProblem[] | undefined;
}) {
  const id = "field-timeZone";
  const problem = options.problems?.find((each) => each.field === "timeZone");
  const described = describedBy(id, options.hint, problem);

  return html`<div class="field">
    <label for="${id}">${options.label}</label>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ""}
    ${problem ? html`<p class="field-error" id="${id}-problem">${problem.message}</p>` : ""}
    <select id="${id}" name="timeZone" ${described ? html`aria-describedby="${described}"` : ""}
      ${problem ? html`aria-invalid="true"` : ""}>
      ${options.zones.map((zone) => zoneOption(zone, options.value))}
    </select>
  </div>`;
}

/** A time zone as people read it ("America/New York"), sent as its IANA name. */
function zoneOption(zone: string, chosen: string) {
  const selected = zone === chosen ? "selected" : "";

  return html`<option value="${zone}" ${selected}>${zone.replaceAll("_", " ")}</option>`;
}

/** The problems of a refused form, each linking to its field. */
export function problemSummary(
  t: Translate,
  problems: FieldProblem[],
  options: { idPrefix?: string; message?: string } = {},
) {
  if (problems.length === 0 && !options.message) return "";

  const item = (problem: FieldProblem) =>
    html`<li><a href="#${fieldId(problem.field, options.idPrefix)}">${problem.message}</a></li>`;

  return html`<div class="problem" role="alert">
    <p>${options.message ?? t("error.fieldsIntro")}</p>
    ${problems.length > 0 ? html`<ul>${problems.map(item)}</ul>` : ""}
  </div>`;
}
