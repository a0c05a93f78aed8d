import { html } from "hono/html";
import type { Translate } from "../../i18n/translate.ts";

/**
 * Marks a form of people's own words: the browser keeps what is typed into it for this tab
 * until a save goes through, and fills it back in when the form is shown again (public/app.js).
 * `draft` tells apart the forms of one page that post to the same address. The server's side of
 * the same promise is src/web/unsaved-words.ts.
 *
 * The browser's own filling in is turned off: on Back after a save it put the saved words into
 * a freshly sent form, with a new one-time token (src/web/form-tokens.ts), so pressing save again
 * wrote them twice. Drafts not yet saved still come back, from app.js.
 */
export function keepDraft(t: Translate, draft: string) {
  const note = t("plans.draft.restored");

  return html` data-draft="${draft}" data-draft-note="${note}" autocomplete="off"`;
}
