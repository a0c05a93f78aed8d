import { quotable } from "../domain/identity/answer-identity.ts";
import { chartGeometry } from "../domain/identity/chart-geometry.ts";
import type { IdentityView } from "../domain/identity/read-identity.ts";
import type { MessageKey } from "../i18n/catalog.ts";
import { isolate } from "../lib/bidi-isolate.ts";
import { formatDay } from "../web/views/plan-format.ts";
import { heading } from "./heading.ts";
import type { PageFlow } from "./page-flow.ts";
import type { PdfContext } from "./plan-pdf.ts";

/*
 * How the student sees themself in math, over time: the identity chart drawn from the same
 * geometry as the plan page (d3 scales and paths), then the same figures as text, one statement
 * at a time, so the answers can be read without seeing the lines. An answer given to words the
 * statement no longer reads says them beside it.
 */

const lineColors = ["#1d4f91", "#b35806", "#2f6b2f", "#6b3a8c", "#01665e", "#8c2d04", "#4d4d4d"];
const chartHeight = 190;
const muted = "#555555";

export function identityChartSection(flow: PageFlow, context: PdfContext) {
  const identity = context.identity;
  if (!identity) return;

  const { t, view } = context;
  heading(flow, t("identity.section.heading"), 2);
  if (!identity.visible) {
    flow.text(t("identity.section.hidden", { name: view.student.name }), { color: muted });
    return;
  }
  if (identity.checks.length === 0) {
    flow.text(t("identity.section.none"), { color: muted });
    return;
  }

  flow.text(t("identity.section.intro", { name: view.student.name }), { size: 9, color: muted });
  const markers = drawChart(flow, context, identity);
  figures(flow, context, identity, markers);
}

/** Draws the lines and their markers; returns each line's marker for the figures below. */
function drawChart(flow: PageFlow, context: PdfContext, identity: IdentityView) {
  const geometry = chartGeometry(identity.series, {
    width: flow.width,
    height: chartHeight,
    margin: { top: 10, right: 20, bottom: 28, left: 28 },
  });
  flow.reserve(chartHeight);
  const { doc } = flow;
  const top = flow.y;
  const { plot } = geometry;

  doc.save().translate(flow.left, top).lineWidth(0.5).strokeColor("#bbbbbb");
  for (const tick of geometry.yTicks) {
    doc.moveTo(plot.left, tick.y).lineTo(plot.right, tick.y).stroke();
  }
  geometry.lines.forEach((line, index) => {
    const color = colorOf(index);
    doc.path(line.path).lineWidth(1.5).strokeColor(color).stroke();
    for (const point of line.points) {
      doc.save().translate(point.x, point.y).path(line.marker).fillColor(color).fill().restore();
    }
  });
  doc.restore();

  for (const tick of geometry.yTicks) {
    flow.textAt(String(tick.agreement), top + tick.y - 6, { size: 8, color: muted, indent: 8 });
  }
  for (const tick of geometry.xTicks) {
    const day = formatDay(tick.on, context.locale);
    flow.textAt(day, top + plot.bottom + 6, { size: 8, color: muted, center: flow.left + tick.x });
  }
  flow.y = top + chartHeight;

  return geometry.lines.map((line) => line.marker);
}

const colorOf = (index: number) => lineColors[index % lineColors.length] ?? "#000000";

/** The figures behind the chart, by statement: its marker, its words, each answer. */
function figures(flow: PageFlow, context: PdfContext, identity: IdentityView, markers: string[]) {
  const { t, locale } = context;
  identity.series.forEach((series, index) => {
    const statement = identity.statements.find((entry) => entry.id === series.statementId);
    const color = colorOf(index);
    flow.reserve(30);
    drawMarker(flow, markers[index] ?? "", color);
    flow.text(statement?.text ?? "", { size: 9.5, bold: true, color, indent: 14, after: 1 });

    const answers = series.answers.map((answer) => {
      const said =
        answer.agreement === null
          ? t("identity.table.preferNot")
          : `${t(`identity.scale.${answer.agreement}` as MessageKey)} (${answer.agreement})`;
      const asked = answer.askedAs
        ? ` (${t("identity.table.askedAs", { wording: isolate(quotable(answer.askedAs)) })})`
        : "";
      return `${isolate(formatDay(answer.on, locale))}: ${isolate(said)}${asked}`;
    });
    flow.text(answers.join(" · "), { size: 9, indent: 14, after: 4 });
  });
}

/** The line's marker beside its statement, on the side the text starts from. */
function drawMarker(flow: PageFlow, marker: string, color: string) {
  const x = flow.direction === "rtl" ? flow.left + flow.width - 5 : flow.left + 5;
  flow.doc
    .save()
    .translate(x, flow.y + 7)
    .scale(0.6)
    .path(marker)
    .fillColor(color)
    .fill();
  flow.doc.restore();
}
