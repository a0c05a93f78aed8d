import { scaleLinear, scaleUtc } from "d3-scale";
import { line, symbol, symbolsFill } from "d3-shape";

/*
 * The shape of the identity chart, worked out once for every place that draws it (the plan
 * page's SVG, the print layout, a PDF). Pure: dated answers in, scales, paths, points and ticks
 * out. d3 does the arithmetic; nothing here places a pixel by hand.
 */

export interface DatedAnswer {
  /** The school's calendar day the check was answered, YYYY-MM-DD. */
  on: string;
  /** 1 (strongly disagree) to 5 (strongly agree); null when the student preferred not to say. */
  agreement: number | null;
}

export interface StatementSeries {
  statementId: string;
  answers: DatedAnswer[];
}

export interface ChartPoint {
  on: string;
  agreement: number;
  x: number;
  y: number;
}

export interface ChartLine {
  statementId: string;
  /** An SVG path through the answered points; gaps where the student preferred not to say. */
  path: string;
  points: ChartPoint[];
  /** A marker shape centred on 0,0, one shape per line, drawn at each point. */
  marker: string;
}

/** One answer given alike to several statements on one day: their markers stand side by side. */
export interface SharedAnswer {
  on: string;
  agreement: number;
  statementIds: string[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { on: string; x: number }[];
  yTicks: { agreement: number; y: number }[];
  lines: ChartLine[];
  shared: SharedAnswer[];
}

export const chartSize = {
  width: 640,
  height: 280,
  margin: { top: 16, right: 56, bottom: 40, left: 140 },
};

/** How far apart the markers of one answer shared by several statements stand, side by side. */
export const markerGap = 10;

const dayOf = (on: string) => new Date(`${on}T00:00:00Z`);

type Plot = ChartGeometry["plot"];

/** Lays out one line per statement over the days the student answered. */
export function chartGeometry(
  series: StatementSeries[],
  size: typeof chartSize = chartSize,
): ChartGeometry {
  const plot = {
    left: size.margin.left,
    right: size.width - size.margin.right,
    top: size.margin.top,
    bottom: size.height - size.margin.bottom,
  };
  const days = [...new Set(series.flatMap((entry) => entry.answers.map((a) => a.on)))].sort();
  const first = days[0] ?? "1970-01-01";
  const last = days[days.length - 1] ?? first;
  const x = scaleUtc()
    .domain([dayOf(first), dayOf(last)])
    .range([plot.left, plot.right]);
  const y = scaleLinear().domain([1, 5]).range([plot.bottom, plot.top]);
  const shared = sharedAnswers(series);
  const xOf = sideBySide({ shared, x, plot });

  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: days.map((on) => ({ on, x: x(dayOf(on)) })),
    yTicks: y.ticks(4).map((agreement) => ({ agreement, y: y(agreement) })),
    lines: series.map((entry, index) => {
      const answers = [...entry.answers].sort((a, b) => a.on.localeCompare(b.on));
      const path = line<DatedAnswer>()
        .defined((answer) => answer.agreement !== null)
        .x((answer) => xOf(entry.statementId, answer))
        .y((answer) => y(answer.agreement ?? 1));
      return {
        statementId: entry.statementId,
        path: path(answers) ?? "",
        marker: markerShape(index),
        points: answers
          .filter((answer): answer is ChartPoint => answer.agreement !== null)
          .map((answer) => ({
            on: answer.on,
            agreement: answer.agreement,
            x: xOf(entry.statementId, answer),
            y: y(answer.agreement),
          })),
      };
    }),
    shared,
  };
}

/** The answers given alike to two statements or more on the same day, in the series' order. */
function sharedAnswers(series: StatementSeries[]): SharedAnswer[] {
  const byPlace = new Map<string, SharedAnswer>();
  for (const entry of series) {
    for (const { on, agreement } of entry.answers) {
      if (agreement === null) continue;
      const place = `${on} ${agreement}`;
      const answer = byPlace.get(place) ?? { on, agreement, statementIds: [] };
      if (!answer.statementIds.includes(entry.statementId)) {
        answer.statementIds.push(entry.statementId);
      }
      byPlace.set(place, answer);
    }
  }

  return [...byPlace.values()].filter((answer) => answer.statementIds.length > 1);
}

/**
 * Where a statement's answer stands across: on its day, except that the markers of an answer
 * shared by several statements stand in a row centred on the day (drawn on one spot, all but
 * the last were hidden), the row kept inside the plot.
 */
function sideBySide(chart: { shared: SharedAnswer[]; x: (day: Date) => number; plot: Plot }) {
  const { shared, x, plot } = chart;

  return (statementId: string, answer: DatedAnswer) => {
    const day = x(dayOf(answer.on));
    const group = shared.find(
      (entry) => entry.on === answer.on && entry.agreement === answer.agreement,
    );
    const position = group?.statementIds.indexOf(statementId) ?? -1;
    if (!group || position < 0) return day;

    const width = (group.statementIds.length - 1) * markerGap;
    const start = Math.min(Math.max(day - width / 2, plot.left), plot.right - width);
    return start + position * markerGap;
  };
}

/** Shapes as well as colours tell the lines apart, for readers who do not see colour. */
export function markerShape(index: number, size = 64): string {
  const shape = symbolsFill[index % symbolsFill.length] ?? symbolsFill[0];

  return shape ? (symbol(shape, size)() ?? "") : "";
}
