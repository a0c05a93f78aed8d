import { html } from "hono/html";
import type { Translate } from "../../i18n/translate.ts";

export interface GradePlansDownload {
  grade: string;
  plans: number;
  href: string;
}

/** Links to each grade's plans as one PDF; nothing when no grade has plans. */
export function gradePlansDownloads(options: {
  t: Translate;
  grades: GradePlansDownload[];
  /** The heading's level where the links stand: 2 in a card of their own, 3 inside one. */
  level: 2 | 3;
}) {
  const { t } = options;
  if (options.grades.length === 0) return "";

  const title = t("program.plansPdf.title");
  const heading =
    options.level === 2
      ? html`<h2 id="grade-plans-pdf-title">${title}</h2>`
      : html`<h3 id="grade-plans-pdf-title">${title}</h3>`;

  return html`<div class="grade-plans-pdf">
    ${heading}
    <p class="hint">${t("program.plansPdf.hint")}</p>
    <ul aria-labelledby="grade-plans-pdf-title">
      ${options.grades.map(
        (each) =>
          html`<li><a href="${each.href}" download>${t("program.plansPdf.link", {
            grade: each.grade,
            count: each.plans,
          })}</a></li>`,
      )}
    </ul>
  </div>`;
}
