import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { html } from "hono/html";

/*
 * Charts drawn on the server as SVG, so they need no script and print as they show. Each one is
 * an image with a title and a description for screen readers, and the page puts a table of the
 * same figures next to it: the table is the accessible version, the chart the quick look.
 * Colours are presentation attributes because the CSP forbids inline styles. The geometry is
 * laid out left to right, so the SVG says so: in an Arabic page it would otherwise inherit
 * right-to-left and put every label on the wrong side of its anchor.
 */

export interface Bar {
  label: string;
  value: number;
}

const labelWidth = 300;
const barArea = 230;
const rowHeight = 30;
const ink = "#1f2937";
const barColour = "#2f6f9f";

/** Horizontal bars, one per label, with each value written at the end of its bar. */
export function barChart(options: { id: string; title: string; description: string; bars: Bar[] }) {
  const height = options.bars.length * rowHeight + 10;
  const width = labelWidth + barArea + 50;
  const max = Math.max(1, ...options.bars.map((bar) => bar.value));
  const x = scaleLinear().domain([0, max]).range([0, barArea]);
  const y = scaleBand()
    .domain(options.bars.map((_, index) => String(index)))
    .range([5, height - 5])
    .padding(0.2);

  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img"
    aria-labelledby="${options.id}-title ${options.id}-desc" font-size="13" fill="${ink}"
    direction="ltr">
    <title id="${options.id}-title">${options.title}</title>
    <desc id="${options.id}-desc">${options.description}</desc>
    ${options.bars.map((bar, index) => {
      const top = y(String(index)) ?? 0;
      const middle = top + y.bandwidth() / 2 + 4;
      return html`<g>
        <text x="${labelWidth - 8}" y="${middle}" text-anchor="end">${shorten(bar.label)}</text>
        <rect x="${labelWidth}" y="${top}" width="${x(bar.value)}" height="${y.bandwidth()}"
          fill="${barColour}"></rect>
        <text x="${labelWidth + x(bar.value) + 6}" y="${middle}">${bar.value}</text>
      </g>`;
    })}
  </svg>`;
}

export interface Slope {
  label: string;
  first: number;
  latest: number;
}

/** One line per statement from its first average to its latest, on the 1 to 5 answer scale. */
export function slopeChart(options: {
  id: string;
  title: string;
  description: string;
  firstLabel: string;
  latestLabel: string;
  slopes: Slope[];
}) {
  const width = 560;
  const height = 260;
  const x = scalePoint<string>().domain(["first", "latest"]).range([150, 410]);
  const y = scaleLinear()
    .domain([1, 5])
    .range([height - 30, 20]);
  const path = line<[string, number]>()
    .x(([when]) => x(when) ?? 0)
    .y(([, value]) => y(value));
  const colours = ["#2f6f9f", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e"];

  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img"
    aria-labelledby="${options.id}-title ${options.id}-desc" font-size="13" fill="${ink}"
    direction="ltr">
    <title id="${options.id}-title">${options.title}</title>
    <desc id="${options.id}-desc">${options.description}</desc>
    ${[1, 2, 3, 4, 5].map(
      (tick) => html`<g>
        <line x1="140" x2="420" y1="${y(tick)}" y2="${y(tick)}" stroke="#d1d5db"></line>
        <text x="130" y="${y(tick) + 4}" text-anchor="end">${tick}</text>
      </g>`,
    )}
    <text x="${x("first")}" y="${height - 8}" text-anchor="middle">${options.firstLabel}</text>
    <text x="${x("latest")}" y="${height - 8}" text-anchor="middle">${options.latestLabel}</text>
    ${options.slopes.map((slope, index) => {
      const colour = colours[index % colours.length];
      const points: [string, number][] = [
        ["first", slope.first],
        ["latest", slope.latest],
      ];
      return html`<g>
        <path d="${path(points) ?? ""}" stroke="${colour}" stroke-width="3" fill="none"></path>
        <circle cx="${x("first")}" cy="${y(slope.first)}" r="4" fill="${colour}"></circle>
        <circle cx="${x("latest")}" cy="${y(slope.latest)}" r="4" fill="${colour}"></circle>
        <text x="${(x("latest") ?? 0) + 10}" y="${y(slope.latest) + 4}" fill="${colour}"
          >${shorten(slope.label, 18)}</text>
      </g>`;
    })}
  </svg>`;
}

/** Long labels are cut in the chart; the table beside it carries them whole. */
function shorten(label: string, length = 34) {
  return label.length > length ? `${label.slice(0, length - 1)}…` : label;
}
