import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { html } from "hono/html";
import { fitted } from "./chart-text.ts";

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

interface BarChartOptions {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
}

/*
 * Bar charts come in two layouts too (one shown at a time, public/app.css): the wide one puts
 * each label beside its bar; a phone's, drawn near its own width, puts the label above the bar,
 * so neither the words nor the bars shrink to a third of the page.
 */

/** Horizontal bars, one per label, with each value written at the end of its bar. */
export function barChart(options: BarChartOptions) {
  return html`${wideBars(options)}${narrowBars(options)}`;
}

function wideBars(options: BarChartOptions) {
  const height = options.bars.length * rowHeight + 10;
  const width = labelWidth + barArea + 50;
  const max = Math.max(1, ...options.bars.map((bar) => bar.value));
  const x = scaleLinear().domain([0, max]).range([0, barArea]);
  const y = scaleBand()
    .domain(options.bars.map((_, index) => String(index)))
    .range([5, height - 5])
    .padding(0.2);

  return html`<svg class="chart chart-wide" viewBox="0 0 ${width} ${height}" width="100%"
    role="img" aria-labelledby="${options.id}-title ${options.id}-desc" font-size="13"
    fill="${ink}" direction="ltr">
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

const narrowBarLayout = { width: 320, labelHeight: 18, barHeight: 14, gap: 10, fontSize: 13 };

function narrowBars(options: BarChartOptions) {
  const { width, labelHeight, barHeight, gap, fontSize } = narrowBarLayout;
  const rowStep = labelHeight + barHeight + gap;
  const height = options.bars.length * rowStep + 4;
  const max = Math.max(1, ...options.bars.map((bar) => bar.value));
  // Room at the bar's end for its value.
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - 48]);
  const id = `${options.id}-narrow`;

  return html`<svg class="chart chart-narrow" viewBox="0 0 ${width} ${height}" width="100%"
    role="img" aria-labelledby="${id}-title ${id}-desc" font-size="${fontSize}" fill="${ink}"
    direction="ltr">
    <title id="${id}-title">${options.title}</title>
    <desc id="${id}-desc">${options.description}</desc>
    ${options.bars.map((bar, index) => {
      const top = index * rowStep + 2;
      const barTop = top + labelHeight;
      return html`<g>
        <text x="0" y="${top + labelHeight - 5}">${fitted(bar.label, width, fontSize)}</text>
        <rect x="0" y="${barTop}" width="${x(bar.value)}" height="${barHeight}"
          fill="${barColour}"></rect>
        <text x="${x(bar.value) + 6}" y="${barTop + barHeight - 2}">${bar.value}</text>
      </g>`;
    })}
  </svg>`;
}

export interface Slope {
  label: string;
  first: number;
  latest: number;
}

/** Several statements' equal averages at one sitting, for the chart's text alternative. */
export interface SameAverage {
  sitting: "first" | "latest";
  labels: string[];
  average: number;
}

/*
 * The slope chart in two layouts, one shown at a time (public/app.css, .chart-narrow): scaled to
 * a phone's width the wide one's words came out at seven pixels, so a phone draws the narrow one
 * near its own size, its labels cut shorter.
 */
interface SlopeLayout {
  name: "wide" | "narrow";
  width: number;
  height: number;
  /** Where the first and the latest sitting stand across, and where the grid lines end. */
  sittings: [number, number];
  grid: [number, number];
  fontSize: number;
}

const wideSlopes: SlopeLayout = {
  name: "wide",
  width: 560,
  height: 260,
  sittings: [150, 410],
  grid: [140, 420],
  fontSize: 13,
};

const narrowSlopes: SlopeLayout = {
  name: "narrow",
  width: 320,
  height: 240,
  sittings: [52, 172],
  grid: [28, 184],
  fontSize: 12,
};

/** How far apart the markers of equal averages stand, side by side instead of on one spot. */
const markerGap = 10;

const slopeColours = ["#2f6f9f", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e"];

interface SlopeChartOptions {
  id: string;
  title: string;
  description: string;
  firstLabel: string;
  latestLabel: string;
  slopes: Slope[];
  /** Says in words which averages are equal, their markers standing side by side. */
  describeSame: (same: SameAverage[]) => string[];
}

/** One line per statement from its first average to its latest, on the 1 to 5 answer scale. */
export function slopeChart(options: SlopeChartOptions) {
  const same = options.describeSame(sameAverages(options.slopes));
  const described = { ...options, description: [options.description, ...same].join(" ") };

  return html`${slopeSvg(described, wideSlopes)}${slopeSvg(described, narrowSlopes)}`;
}

function slopeSvg(options: SlopeChartOptions, layout: SlopeLayout) {
  const { width, height } = layout;
  const id = layout.name === "wide" ? options.id : `${options.id}-${layout.name}`;
  const x = scalePoint<string>().domain(["first", "latest"]).range(layout.sittings);
  const y = scaleLinear()
    .domain([1, 5])
    .range([height - 30, 20]);
  const first = sideBySide(
    options.slopes.map((slope) => slope.first),
    x("first") ?? 0,
  );
  const latest = sideBySide(
    options.slopes.map((slope) => slope.latest),
    x("latest") ?? 0,
  );
  const path = line();
  const labelX = Math.max(x("latest") ?? 0, ...latest) + 10;
  const labelY = spreadApart(
    options.slopes.map((slope) => y(slope.latest) + 4),
    { gap: layout.fontSize + 2, top: layout.fontSize, bottom: y(1) + 4 },
  );

  return html`<svg class="chart chart-${layout.name}" viewBox="0 0 ${width} ${height}"
    width="100%" role="img" aria-labelledby="${id}-title ${id}-desc"
    font-size="${layout.fontSize}" fill="${ink}" direction="ltr">
    <title id="${id}-title">${options.title}</title>
    <desc id="${id}-desc">${options.description}</desc>
    ${[1, 2, 3, 4, 5].map(
      (tick) => html`<g>
        <line x1="${layout.grid[0]}" x2="${layout.grid[1]}" y1="${y(tick)}" y2="${y(tick)}"
          stroke="#d1d5db"></line>
        <text x="${layout.grid[0] - 10}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>
      </g>`,
    )}
    <text x="${x("first")}" y="${height - 8}" text-anchor="middle">${options.firstLabel}</text>
    <text x="${x("latest")}" y="${height - 8}" text-anchor="middle">${options.latestLabel}</text>
    ${options.slopes.map((slope, index) => {
      const colour = slopeColours[index % slopeColours.length];
      const ends: [number, number][] = [
        [first[index] ?? 0, y(slope.first)],
        [latest[index] ?? 0, y(slope.latest)],
      ];
      return html`<g>
        <path d="${path(ends) ?? ""}" stroke="${colour}" stroke-width="3" fill="none"></path>
        ${ends.map(
          ([cx, cy]) => html`<circle cx="${cx}" cy="${cy}" r="4" fill="${colour}"></circle>`,
        )}
        <text x="${labelX}" y="${labelY[index]}" fill="${colour}"
          >${fitted(slope.label, width - labelX - 4, layout.fontSize)}</text>
      </g>`;
    })}
  </svg>`;
}

/** Averages equal as the table shows them (to a tenth) stand side by side. */
const place = (average: number) => Math.round(average * 10);

/** Where each statement's marker stands across at one sitting: equal averages in a row. */
function sideBySide(averages: number[], sitting: number) {
  return averages.map((average, index) => {
    const row = averages.flatMap((other, at) => (place(other) === place(average) ? [at] : []));
    return sitting + (row.indexOf(index) - (row.length - 1) / 2) * markerGap;
  });
}

/** The averages two statements or more share at each sitting, with those statements' labels. */
function sameAverages(slopes: Slope[]): SameAverage[] {
  return (["first", "latest"] as const).flatMap((sitting) => {
    const rows = new Map<number, Slope[]>();
    for (const slope of slopes) {
      const key = place(slope[sitting]);
      rows.set(key, [...(rows.get(key) ?? []), slope]);
    }
    return [...rows.values()]
      .filter((row) => row.length > 1)
      .map((row) => ({
        sitting,
        labels: row.map((slope) => slope.label),
        average: row[0]?.[sitting] ?? 0,
      }));
  });
}

/**
 * Labels' heights moved apart until none overlaps the next (equal or close averages put them on
 * one line), kept between top and bottom, each as near its own line's end as that allows.
 */
function spreadApart(wanted: number[], room: { gap: number; top: number; bottom: number }) {
  const order = wanted.map((_, index) => index).sort((a, b) => (wanted[a] ?? 0) - (wanted[b] ?? 0));
  const placed = [...wanted];
  let above = Number.NEGATIVE_INFINITY;
  for (const index of order) {
    placed[index] = Math.max(placed[index] ?? 0, above + room.gap, room.top);
    above = placed[index] ?? 0;
  }
  let below = Number.POSITIVE_INFINITY;
  for (const index of order.reverse()) {
    placed[index] = Math.min(placed[index] ?? 0, below - room.gap, room.bottom);
    below = placed[index] ?? 0;
  }

  return placed;
}

/** Long labels are cut in the chart; the table beside it carries them whole. */
function shorten(label: string, length = 34) {
  return label.length > length ? `${label.slice(0, length - 1)}…` : label;
}
