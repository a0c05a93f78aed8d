import { html } from "hono/html";
import type { FieldProblem } from "../../domain/errors.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolateTexts } from "../../lib/bidi-isolate.ts";
import { coachAttributes, coachRegion } from "./language-coach.ts";
import type { Markup } from "./layout.ts";
import { sentence } from "./own-words.ts";
import type { ViewContext } from "./plan-format.ts";

/**
 * A form that came back with problems: what the person typed, and what needs another look.
 * Only the form with this id shows them; every other form on the page starts empty.
 */
export interface FormState {
  formId: string;
  values: Record<string, string | string[]>;
  problems: FieldProblem[];
}

export interface FieldOptions {
  formId: string;
  name: string;
  label: MessageKey;
  labelValues?: Record<string, string>;
  hint?: MessageKey;
  hintValues?: Record<string, unknown>;
  state: FormState | undefined;
}

export const fieldId = (formId: string, name: string) => `${formId}-${name}`;

/** What the field shows: exactly what was typed when the form came back, else its default. */
function shown(options: FieldOptions & { value?: string }): string {
  if (options.state?.formId === options.formId) {
    return typed(options.state, options.formId, options.name);
  }

  return options.value ?? "";
}

/** What the person typed into this form, when it came back with problems. */
export function typed(state: FormState | undefined, formId: string, name: string): string {
  if (state?.formId !== formId) return "";
  const value = state.values[name];

  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The choices the person had ticked, when the form came back with problems. */
export function ticked(state: FormState | undefined, formId: string, name: string): string[] {
  if (state?.formId !== formId) return [];
  const value = state.values[name];

  return Array.isArray(value) ? value : value ? [value] : [];
}

export function problemOf(state: FormState | undefined, formId: string, name: string) {
  if (state?.formId !== formId) return undefined;

  return state.problems.find((problem) => problem.field === name)?.message;
}

/**
 * A field's label or hint in the reader's language, with the values put into it (an action's
 * words, a time zone) set apart from the sentence.
 */
function fieldText(view: ViewContext, key: MessageKey, values?: Record<string, unknown>) {
  return sentence(view.t(key, values && isolateTexts(values)));
}

/** The label, hint and error of a field, and the attributes that tie them to the control. */
function fieldParts(view: ViewContext, options: FieldOptions) {
  const id = fieldId(options.formId, options.name);
  const problem = problemOf(options.state, options.formId, options.name);
  const described = [options.hint ? `${id}-hint` : "", problem ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");

  return {
    id,
    label: html`<label for="${id}">${fieldText(view, options.label, options.labelValues)}</label>`,
    hint: options.hint
      ? html`<p class="hint" id="${id}-hint">${fieldText(
          view,
          options.hint,
          options.hintValues,
        )}</p>`
      : "",
    error: problem ? html`<p class="field-error" id="${id}-error">${problem}</p>` : "",
    attributes: html`id="${id}" name="${options.name}"${
      described ? html` aria-describedby="${described}"` : ""
    }${problem ? html` aria-invalid="true"` : ""}`,
  };
}

/** The most characters a field takes, as the service checks it (a hint should say so too). */
const maxLengthOf = (options: { maxLength?: number }) =>
  options.maxLength ? html` maxlength="${String(options.maxLength)}"` : "";

/** A text area; with `coach`, the wording coach reads it as the person types. */
export function textArea(
  view: ViewContext,
  options: FieldOptions & { value?: string; coach?: boolean; maxLength?: number },
) {
  const parts = fieldParts(view, options);
  const value = shown(options);
  const coach = html`${options.coach ? coachAttributes(parts.id) : ""}${maxLengthOf(options)}`;

  return html`<div class="field">${parts.label}${parts.hint}${parts.error}
    <textarea ${parts.attributes}${coach} rows="3" dir="auto">${value}</textarea>${
      options.coach ? coachRegion(parts.id) : ""
    }</div>`;
}

/** A one-line input; `min` and `max` bound a number or a date as the service does. */
export function textInput(
  view: ViewContext,
  options: FieldOptions & {
    type?: string;
    value?: string;
    min?: string;
    max?: string;
    maxLength?: number;
  },
) {
  const parts = fieldParts(view, options);
  const value = shown(options);
  const bounds = html`${options.min ? html` min="${options.min}"` : ""}${
    options.max ? html` max="${options.max}"` : ""
  }${maxLengthOf(options)}`;

  return html`<div class="field">${parts.label}${parts.hint}${parts.error}
    <input type="${options.type ?? "text"}"${bounds} ${parts.attributes} value="${value}"></div>`;
}

export function select(
  view: ViewContext,
  options: FieldOptions & { choices: { value: string; label: string }[]; value?: string },
) {
  const parts = fieldParts(view, options);
  const chosen = shown(options);

  return html`<div class="field">${parts.label}${parts.hint}${parts.error}
    <select ${parts.attributes}>${options.choices.map(
      (choice) =>
        html`<option value="${choice.value}"${choice.value === chosen ? html` selected` : ""}>${
          choice.label
        }</option>`,
    )}</select></div>`;
}

/** A group of checkboxes under one legend; the error sits under the legend. */
export function checkboxes(
  view: ViewContext,
  options: FieldOptions & {
    choices: { value: string; label: string | Markup }[];
    checked?: string[];
  },
) {
  const id = fieldId(options.formId, options.name);
  const problem = problemOf(options.state, options.formId, options.name);
  const state = options.state?.formId === options.formId ? options.state : undefined;
  const checked = state ? ticked(state, options.formId, options.name) : (options.checked ?? []);
  const described = [options.hint ? `${id}-hint` : "", problem ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");

  return html`<fieldset id="${id}"${described ? html` aria-describedby="${described}"` : ""}>
    <legend>${fieldText(view, options.label, options.labelValues)}</legend>
    ${options.hint ? html`<p class="hint" id="${id}-hint">${view.t(options.hint)}</p>` : ""}
    ${problem ? html`<p class="field-error" id="${id}-error">${problem}</p>` : ""}
    ${options.choices.map(
      (choice, index) => html`<div class="choice">
        <input type="checkbox" id="${id}-${index}" name="${options.name}" value="${choice.value}"${
          checked.includes(choice.value) ? html` checked` : ""
        }>
        <label for="${id}-${index}">${choice.label}</label></div>`,
    )}
  </fieldset>`;
}

/** A list of the form's problems at the top of the page, each linking to its field. */
export function problemSummary(view: ViewContext, state: FormState | undefined) {
  if (!state || state.problems.length === 0) return "";

  return html`<div class="problem" role="alert" id="problems">
    <h2>${view.t("error.fieldsIntro")}</h2>
    <ul>${state.problems.map(
      (problem) =>
        html`<li><a href="#${fieldId(state.formId, problem.field)}">${problem.message}</a></li>`,
    )}</ul>
  </div>`;
}
