import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { sentence } from "./own-words.ts";

/** A person's own account: who they are signed in as, and signing out on every device. */
export function accountPage(options: { t: Translate; actor: Actor }) {
  const { t, actor } = options;

  return html`<h1>${t("account.title")}</h1>
    <p>${sentence(t("account.signedInAs", { name: isolate(actor.displayName) }))}</p>
    <p class="hint">${t("account.languageHint")}</p>
    <section class="card" aria-labelledby="everywhere-heading">
      <h2 id="everywhere-heading">${t("account.everywhere.heading")}</h2>
      <p>${t("account.everywhere.explain")}</p>
      <form method="post" action="/sign-out/everywhere" data-forget-drafts>
        <button type="submit">${t("account.everywhere.button")}</button>
      </form>
    </section>`;
}
