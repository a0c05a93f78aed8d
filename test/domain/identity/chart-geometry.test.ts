import { scaleLinear, scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import {
  chartGeometry,
  chartSize,
  markerGap,
} from "../../../src/domain/identity/chart-geometry.ts";

const { margin, width, height } = chartSize;
const left = margin.left;
const right = width - margin.right;
const top = margin.top;
const bottom = height - margin.bottom;

describe("the identity chart's geometry", () => {
  const series = [
    {
      statementId: "enjoy",
      answers: [
        { on: "2025-03-24", agreement: 4 },
        { on: "2025-03-10", agreement: 2 },
      ],
    },
    {
      statementId: "explain",
      answers: [
        { on: "2025-03-10", agreement: null },
        { on: "2025-03-17", agreement: 5 },
        { on: "2025-03-24", agreement: 3 },
      ],
    },
  ];

  it("puts each answer where the date and agreement scales say", () => {
    const geometry = chartGeometry(series);
    const x = scaleUtc()
      .domain([new Date("2025-03-10T00:00:00Z"), new Date("2025-03-24T00:00:00Z")])
      .range([left, right]);
    const y = scaleLinear().domain([1, 5]).range([bottom, top]);

    expect(geometry.lines[0]?.points).toEqual([
      { on: "2025-03-10", agreement: 2, x: left, y: y(2) },
      { on: "2025-03-24", agreement: 4, x: right, y: y(4) },
    ]);
    const middle = geometry.lines[1]?.points[0];
    expect(middle?.x).toBeCloseTo(x(new Date("2025-03-17T00:00:00Z")));
    expect(middle?.x).toBeCloseTo((left + right) / 2);
    expect(middle?.y).toBe(top);
  });

  it("leaves out a 'prefer not to say' answer instead of drawing it as a level", () => {
    const line = chartGeometry(series).lines[1];

    expect(line?.points.map((point) => point.on)).toEqual(["2025-03-17", "2025-03-24"]);
    expect(line?.path.startsWith("M")).toBe(true);
    expect(line?.path.match(/M/g)).toHaveLength(1);
  });

  it("ticks every answered day and every level from 1 to 5", () => {
    const geometry = chartGeometry(series);

    expect(geometry.xTicks.map((tick) => tick.on)).toEqual([
      "2025-03-10",
      "2025-03-17",
      "2025-03-24",
    ]);
    expect(geometry.yTicks.map((tick) => tick.agreement)).toEqual([1, 2, 3, 4, 5]);
    expect(geometry.yTicks[0]?.y).toBe(bottom);
    expect(geometry.yTicks[4]?.y).toBe(top);
  });

  it("a single day's answers sit in the middle of the plot", () => {
    const geometry = chartGeometry([
      { statementId: "enjoy", answers: [{ on: "2025-03-10", agreement: 3 }] },
    ]);

    expect(geometry.lines[0]?.points[0]?.x).toBe((left + right) / 2);
    expect(geometry.lines[0]?.points[0]?.y).toBe((top + bottom) / 2);
  });

  it("equal answers to three statements on one day stand side by side, inside the plot", () => {
    const alike = ["enjoy", "explain", "belong"].map((statementId) => ({
      statementId,
      answers: [
        { on: "2025-03-10", agreement: 2 },
        { on: "2025-03-24", agreement: statementId === "enjoy" ? 5 : 4 },
      ],
    }));
    const geometry = chartGeometry(alike);
    const xs = (on: string) =>
      geometry.lines.map((line) => line.points.find((point) => point.on === on)?.x);

    // At the plot's left edge the row starts there; at its right edge it ends there.
    expect(xs("2025-03-10")).toEqual([left, left + markerGap, left + 2 * markerGap]);
    expect(xs("2025-03-24")).toEqual([right, right - markerGap, right]);
    const [disagree, agree] = [bottom - (bottom - top) / 4, top + (bottom - top) / 4];
    expect(geometry.lines[1]?.path).toBe(
      `M${left + markerGap},${disagree}L${right - markerGap},${agree}`,
    );
    expect(geometry.shared).toEqual([
      { on: "2025-03-10", agreement: 2, statementIds: ["enjoy", "explain", "belong"] },
      { on: "2025-03-24", agreement: 4, statementIds: ["explain", "belong"] },
    ]);
  });

  it("gives each line its own marker shape", () => {
    const markers = chartGeometry(series).lines.map((line) => line.marker);

    expect(new Set(markers).size).toBe(2);
  });
});
