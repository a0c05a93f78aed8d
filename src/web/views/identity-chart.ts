import { html } from "hono/html";
import { quotable } from "../../domain/identity/answer-identity.ts";
import {
  type ChartGeometry,
  chartGeometry,
  chartSize,
  markerShape,
  type SharedAnswer,
} from "../../domain/identity/chart-geometry.ts";
import type { IdentityView } from "../../domain/identity/read-identity.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { textWidth } from "./chart-text.ts";
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
    ${chartSvg(options, wideLayout)}
    ${chartSvg(options, narrowLayout)}
    <figcaption>${chartKey(options)}</figcaption>
  </figure>
  ${answersTable(options)}`;
}

/*
 * Two layouts of the same chart; public/app.css shows one at a time, so screen readers meet one.
 * Scaled down to a phone's width the wide one's words came out at six or seven pixels, so a
 * phone draws the narrow one near its own size: the levels' names above their lines instead of
 * beside them, at the edges the first and latest dates inside the chart. Both run left to right
 * in every language (in Arabic the levels' names ran into the plot), each word an isolate that
 * keeps its own direction, so an Arabic date reads as in the table.
 */
interface ChartLayout {
  name: "wide" | "narrow";
  size: typeof chartSize;
  fontSize: number;
}

const wideLayout: ChartLayout = { name: "wide", size: chartSize, fontSize: 12 };

const narrowLayout: ChartLayout = {
  name: "narrow",
  size: { width: 320, height: 300, margin: { top: 32, right: 12, bottom: 40, left: 12 } },
  fontSize: 12,
};

function chartSvg(options: ChartOptions, layout: ChartLayout) {
  const { t, identity } = options;
  const geometry = chartGeometry(identity.series, layout.size);
  const id = `${options.idPrefix}-${layout.name}-chart`;
  const same = sameAnswers(options, geometry.shared);
  const describedBy = same.length > 0 ? html` aria-describedby="${id}-same"` : "";

  return html`<svg class="identity-svg chart-${layout.name}" role="img"
    aria-labelledby="${id}-title"${describedBy}
    viewBox="0 0 ${geometry.width} ${geometry.height}" width="100%" direction="ltr"
    xmlns="http://www.w3.org/2000/svg">
    <title id="${id}-title">${t("identity.chart.name", { name: options.studentName })}</title>
    ${same.length > 0 ? html`<desc id="${id}-same">${same.join(" ")}</desc>` : ""}
    ${geometry.yTicks.map(
      (tick) => html`<line x1="${geometry.plot.left}" x2="${geometry.plot.right}" y1="${tick.y}"
        y2="${tick.y}" stroke="#d5dbe5"></line>`,
    )}
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
    ${axis(options, geometry, layout)}
  </svg>`;
}

/**
 * The levels' names and the dates, over the lines. Beside the plot on a wide screen; above each
 * level's line on a phone, with a halo of the page's white so that a line crossing them leaves
 * them legible.
 */
function axis(options: ChartOptions, geometry: ChartGeometry, layout: ChartLayout) {
  const { t } = options;
  const { plot } = geometry;
  const level = (agreement: number) =>
    scaleKeys[agreement] ? isolate(t(scaleKeys[agreement] as MessageKey)) : "";
  const levels = geometry.yTicks.map((tick) =>
    layout.name === "wide"
      ? html`<text x="${plot.left - 8}" y="${tick.y}" text-anchor="end" dominant-baseline="middle"
          >${level(tick.agreement)}</text>`
      : html`<text x="${plot.left}" y="${tick.y - 8}">${level(tick.agreement)}</text>`,
  );
  const halo =
    layout.name === "wide"
      ? ""
      : html` stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`;

  return html`<g class="identity-axis" font-size="${layout.fontSize}" fill="#3d4a5c"${halo}>
    ${levels}
    ${dayLabels(options, geometry, layout).map(
      (label) => html`<text x="${label.x}" y="${plot.bottom + 24}" text-anchor="${label.anchor}"
        >${label.text}</text>`,
    )}
  </g>`;
}

/**
 * The dates under the chart, as many as fit side by side (the latest always; the table has
 * every one). On a phone the first and latest stand inside the chart's edges.
 */
function dayLabels(options: ChartOptions, geometry: ChartGeometry, layout: ChartLayout) {
  const last = geometry.xTicks.length - 1;
  const anchorOf = (index: number) => {
    if (layout.name === "wide" || last === 0 || (index > 0 && index < last)) return "middle";
    return index === 0 ? "start" : "end";
  };
  const labels: { x: number; anchor: string; text: string; left: number; right: number }[] = [];
  geometry.xTicks.forEach((tick, index) => {
    const day = formatDay(tick.on, options.locale);
    const width = textWidth(day, layout.fontSize);
    const anchor = anchorOf(index);
    const left = tick.x - { start: 0, middle: width / 2, end: width }[anchor];
    const label = { x: tick.x, anchor, text: isolate(day), left, right: left + width };
    const overlaps = () => (labels.at(-1)?.right ?? -Infinity) + layout.fontSize > left;

    if (index === last) while (overlaps()) labels.pop();
    if (!overlaps()) labels.push(label);
  });

  return labels;
}

/** What the markers standing side by side mean, for the chart's text alternative. */
function sameAnswers(options: ChartOptions, shared: SharedAnswer[]) {
  const { t, locale, identity } = options;
  const textOf = new Map(identity.statements.map((statement) => [statement.id, statement.text]));
  const listOf = new Intl.ListFormat(locale, { type: "conjunction" });
  const quoted = (id: string) =>
    t("identity.chart.quoted", { statement: isolate(quotable(textOf.get(id) ?? "")) });

  return shared.map((answer) =>
    t("identity.chart.same", {
      day: formatDay(answer.on, locale),
      statements: listOf.format(answer.statementIds.map(quoted)),
      answer: t(scaleKeys[answer.agreement] ?? "identity.scale.3"),
    }),
  );
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
