import { html } from "hono/html";
import type { FieldProblem } from "../../domain/errors.ts";

/*
 * The problem of one hand-built field (a select, a checkbox, a date) shown and tied to it the way
 * form-fields.ts does for text inputs.
 */

export function problemText(id: string, problem: FieldProblem | undefined) {
  return problem ? html`<p class="field-error" id="${id}-problem">${problem.message}</p>` : "";
}

export function problemAttributes(id: string, problem: FieldProblem | undefined) {
  return problem ? html`aria-invalid="true" aria-describedby="${id}-problem"` : "";
}

export function choice(option: { id: string; name: string }, chosen: string | undefined) {
  const selected = option.id === chosen ? "selected" : "";

  return html`<option value="${option.id}" ${selected}>${option.name}</option>`;
}
