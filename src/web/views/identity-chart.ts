import { html } from "hono/html";
import { quotable } from "../../domain/identity/answer-identity.ts";
import { chartGeometry, markerShape } from "../../domain/identity/chart-geometry.ts";
import type { IdentityView } from "../../domain/identity/read-identity.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { sentence } from "./own-words.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";

/*
 * The student's identity answers over time: an SVG drawn on the server from the shared chart
 * geometry (no script), a key, and a table with the same figures, which is what a screen reader
 * reads. The SVG is one image with a name saying the table follows. A statement reworded between
 * the student's answers is named in the words of the latest; each earlier answer's cell says the
 * words it was given to.
 */

/** Colours that stay apart for most kinds of colour vision, on white, each with its own shape. */
export const seriesColours = [
  "#0b5cad",
  "#b3460a",
  "#1f7a3a",
  "#8a2f8f",
  "#7a5d00",
  "#0f6d78",
  "#a3224a",
  "#3d4a5c",
];

const scaleKeys: Record<number, MessageKey> = {
  1: "identity.scale.1",
  2: "identity.scale.2",
  3: "identity.scale.3",
  4: "identity.scale.4",
  5: "identity.scale.5",
};

const colourOf = (index: number) => seriesColours[index % seriesColours.length] ?? "#000";

export interface ChartOptions extends ViewContext {
  identity: IdentityView;
  studentName: string;
  /** Keeps ids unique when a page shows the chart twice (the plan page and its print). */
  idPrefix: string;
}

export function identityChart(options: ChartOptions) {
  return html`<figure class="identity-chart">
    ${chartSvg(options)}
    <figcaption>${chartKey(options)}</figcaption>
  </figure>
  ${answersTable(options)}`;
}

function chartSvg(options: ChartOptions) {
  const { t, locale, identity, idPrefix } = options;
  const geometry = chartGeometry(identity.series);
  const titleId = `${idPrefix}-chart-title`;
  const { plot } = geometry;

  return html`<svg class="identity-svg" role="img" aria-labelledby="${titleId}"
    viewBox="0 0 ${geometry.width} ${geometry.height}" width="100%"
    xmlns="http://www.w3.org/2000/svg">
    <title id="${titleId}">${t("identity.chart.name", { name: options.studentName })}</title>
    <g class="identity-axis" font-size="12" fill="#3d4a5c">
      ${geometry.yTicks.map(
        (tick) => html`<line x1="${plot.left}" x2="${plot.right}" y1="${tick.y}" y2="${tick.y}"
          stroke="#d5dbe5"></line>
        <text x="${plot.left - 8}" y="${tick.y}" text-anchor="end" dominant-baseline="middle"
          >${scaleKeys[tick.agreement] ? t(scaleKeys[tick.agreement] as MessageKey) : ""}</text>`,
      )}
      ${geometry.xTicks.map(
        (tick) => html`<text x="${tick.x}" y="${plot.bottom + 24}" text-anchor="middle"
          >${formatDay(tick.on, locale)}</text>`,
      )}
    </g>
    ${geometry.lines.map(
      (line, index) => html`<g class="identity-series" data-statement="${line.statementId}"
        stroke="${colourOf(index)}" fill="${colourOf(index)}">
        <path class="identity-line" d="${line.path}" fill="none" stroke-width="2.5"></path>
        ${line.points.map(
          (point) => html`<path class="identity-marker" d="${line.marker}"
            transform="translate(${point.x},${point.y})"></path>`,
        )}
      </g>`,
    )}
  </svg>`;
}

/** The key names each line's statement beside its colour and shape. */
function chartKey(options: ChartOptions) {
  const { t, identity } = options;

  return html`<p class="hint">${t("identity.chart.key")}</p>
    <ul class="identity-key">
    ${identity.statements.map(
      (statement, index) => html`<li><svg aria-hidden="true" width="18" height="18"
        viewBox="-9 -9 18 18" fill="${colourOf(index)}"><path
        d="${markerShape(index)}"></path></svg>
        ${statement.text}${
          statement.reworded ? html` <span class="hint">${t("identity.chart.reworded")}</span>` : ""
        }</li>`,
    )}
  </ul>`;
}

function answersTable(options: ChartOptions) {
  const { t, locale, identity } = options;
  const caption = sentence(t("identity.table.caption", { name: isolate(options.studentName) }));
  const cell = (answer: number | null | undefined) => {
    if (answer === undefined) return t("identity.table.none");
    if (answer === null) return t("identity.table.preferNot");
    return `${answer} · ${t(scaleKeys[answer] ?? "identity.scale.3")}`;
  };

  return html`<div class="table-scroll" tabindex="0" role="region"
    aria-label="${t("identity.table.scroll")}">
    <table class="identity-table">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${t("identity.table.date")}</th>
        ${identity.statements.map((statement) => html`<th scope="col">${statement.text}</th>`)}
      </tr></thead>
      <tbody>
        ${identity.checks.map(
          (check) => html`<tr><th scope="row">${formatDay(check.on, locale)}</th>
            ${identity.statements.map(
              (statement) =>
                html`<td>${cell(check.answers[statement.id])}${askedAs(
                  options,
                  check.askedAs[statement.id],
                )}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The words an answer was given to, under it, when the statement reads differently now. */
function askedAs(options: Pick<ChartOptions, "t">, wording: string | undefined) {
  if (wording === undefined) return "";
  const said = options.t("identity.table.askedAs", { wording: isolate(quotable(wording)) });

  return html`<span class="asked-as">${sentence(said)}</span>`;
}
