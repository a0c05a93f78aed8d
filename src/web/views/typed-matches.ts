import { html } from "hono/html";

/*
 * What words typed in a search offer when they match several: not a problem with what was
 * typed, so said in the page's own colours (app.css, .typed-matches), never an error's, and as
 * a status, not an alert. The note names the list for screen readers, and the field it answers
 * points to it (aria-describedby), so one hears how many matched before reaching the choices.
 * Words that match nothing stay an error of the field, said beside it.
 */

/** The note's id for a field's matches: the field's describedby names it. */
export const matchesNoteId = (fieldId: string) => `${fieldId}-matches`;

/** The note, then the matches (each an `<li>`), as a list the note labels. */
export function typedMatches(options: {
  fieldId: string;
  note: unknown;
  items: unknown[];
  listClass?: string;
}) {
  const id = matchesNoteId(options.fieldId);
  const listClass = options.listClass ? html` class="${options.listClass}"` : "";

  return html`<div class="typed-matches">
    <p id="${id}" role="status">${options.note}</p>
    <ul${listClass} aria-labelledby="${id}">${options.items}</ul>
  </div>`;
}
