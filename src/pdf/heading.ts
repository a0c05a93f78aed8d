import type { PageFlow } from "./page-flow.ts";

/** A section title that keeps a few lines of its section with it; level 2 is underlined. */
export function heading(flow: PageFlow, text: string, level: 1 | 2 | 3) {
  const size = { 1: 18, 2: 14, 3: 11.5 }[level];
  if (level === 2) flow.gap(6);
  flow.text(text, { size, bold: true, keepWith: 3, after: level === 3 ? 2 : 4 });
  if (level !== 2) return;

  flow.doc
    .moveTo(flow.left, flow.y - 3)
    .lineTo(flow.left + flow.width, flow.y - 3)
    .lineWidth(0.5)
    .strokeColor("#999999")
    .stroke();
  flow.gap(4);
}
