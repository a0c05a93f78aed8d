import { html } from "hono/html";
import type { DemoRole } from "../../domain/school/demo-cast.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { sentence } from "./own-words.ts";

export interface DemoPerson {
  role: DemoRole;
  name: string;
}

/** "Explore as…": one button per part of the demo school, each signing in as that person. */
export function demoPage(options: { t: Translate; people: DemoPerson[] }) {
  const { t } = options;

  return html`<h1>${t("demo.title")}</h1>
    <p>${t("demo.intro")}</p>
    <p class="notice">${t("demo.warning")}</p>
    <ul class="choices">
      ${options.people.map(
        (person) => html`<li class="card">
          <h2>${t(`demo.role.${person.role}`)}</h2>
          <p>${t(`demo.about.${person.role}`)}</p>
          <form method="post" action="/demo/explore">
            <input type="hidden" name="role" value="${person.role}">
            <button type="submit">${sentence(
              t("demo.signInAs", { name: isolate(person.name) }),
            )}</button>
          </form>
        </li>`,
      )}
    </ul>`;
}
