import PDFDocument from "pdfkit";
import type { FontFace } from "./fonts.ts";
import { fontFor } from "./fonts.ts";
import { type LaidLine, layOutText, wholeLetters } from "./lay-out-text.ts";

/*
 * Text flowing down the pages of one document: each paragraph is laid out by layOutText, a line
 * that does not fit starts a new page, and every run is drawn at its own position so fonts can
 * change mid-line and right-to-left lines hang from the right margin.
 */

export interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  /** Extra inset from the margin where the line starts (the right one for right-to-left). */
  indent?: number;
  /** Space kept after the paragraph. */
  after?: number;
  /** Lines of following text that must fit on the same page (a heading keeps its text). */
  keepWith?: number;
  /** Centres each line on this x (a chart's axis label) instead of starting it at a margin. */
  center?: number;
}

export interface PageFlow {
  doc: PDFKit.PDFDocument;
  direction: "ltr" | "rtl";
  /** The area inside the margins. */
  left: number;
  width: number;
  y: number;
  text(raw: string, options?: TextOptions): void;
  /** Makes room for a block of this height, starting a page when it does not fit. */
  reserve(height: number): void;
  gap(height: number): void;
  /** Draws text at a fixed height, outside the flow (a footer). */
  textAt(raw: string, y: number, options?: TextOptions): void;
  /**
   * Starts a part of the document (one plan of several) on a page of its own, numbered from 1;
   * the first part takes the first page.
   */
  startPart(): void;
}

export interface FlowOptions {
  direction: "ltr" | "rtl";
  lang: string;
  title: string;
  compress?: boolean;
  /** Draws the page's footer; called as each page starts. */
  footer?: (flow: PageFlow, pageNumber: number) => void;
}

// pdfkit hands its features option to fontkit, which also takes tags to switch off; pdfkit's
// types know only the list of tags to add.
const wholeLetterFeatures = wholeLetters as unknown as PDFKit.Mixins.OpenTypeFeatures[];

export const margin = 54;
const bodySize = 10.5;
const lineSpacing = 1.45;

export function startFlow(options: FlowOptions): PageFlow {
  const doc = new PDFDocument({
    size: "LETTER",
    margin,
    lang: options.lang,
    displayTitle: true,
    compress: options.compress ?? true,
    info: { Title: options.title, Creator: "Math Action Plans" },
  });
  const registered = new Set<FontFace>();
  let pageNumber = 1;
  let parts = 0;
  const bottom = () => doc.page.height - margin;

  const useFace = (face: FontFace) => {
    if (!registered.has(face)) {
      // pdfkit takes a parsed fontkit font as well as a file; the parse is shared by documents.
      doc.registerFont(face, fontFor(face) as unknown as Buffer);
      registered.add(face);
    }
    doc.font(face);
  };

  const flow: PageFlow = {
    doc,
    direction: options.direction,
    left: margin,
    width: doc.page.width - 2 * margin,
    y: margin,
    text(raw, textOptions = {}) {
      const size = textOptions.size ?? bodySize;
      const indent = textOptions.indent ?? 0;
      const style = { size, bold: textOptions.bold ?? false, direction: options.direction };
      const lines = layOutText(raw, flow.width - indent, style);
      const lineHeight = size * lineSpacing;
      const following = (textOptions.keepWith ?? 0) * bodySize * lineSpacing;
      flow.reserve(lineHeight * Math.min(lines.length, 2) + following);
      for (const line of lines) {
        flow.reserve(lineHeight);
        drawLine(line, { size, indent, color: textOptions.color ?? "#1a1a1a" });
        flow.y += lineHeight;
      }
      flow.y += textOptions.after ?? size * 0.4;
    },
    reserve(height) {
      if (flow.y + height <= bottom()) return;
      doc.addPage();
      pageNumber += 1;
      flow.y = margin;
      options.footer?.(flow, pageNumber);
    },
    gap(height) {
      flow.y += height;
    },
    textAt(raw, y, textOptions = {}) {
      const size = textOptions.size ?? bodySize;
      const indent = textOptions.indent ?? 0;
      const style = { size, bold: textOptions.bold ?? false, direction: options.direction };
      const saved = flow.y;
      flow.y = y;
      for (const line of layOutText(raw, flow.width - indent, style)) {
        const center = textOptions.center;
        const color = textOptions.color ?? "#1a1a1a";
        drawLine(line, { size, indent, color, ...(center === undefined ? {} : { center }) });
        flow.y += size * lineSpacing;
      }
      flow.y = saved;
    },
    startPart() {
      if (parts > 0) doc.addPage();
      parts += 1;
      pageNumber = 1;
      flow.y = margin;
      options.footer?.(flow, pageNumber);
    },
  };

  interface LineStyle {
    size: number;
    indent: number;
    color: string;
    center?: number;
  }

  function drawLine(line: LaidLine, style: LineStyle) {
    const rightToLeft = line.direction === "rtl";
    let x =
      style.center !== undefined
        ? style.center - line.width / 2
        : rightToLeft
          ? flow.left + flow.width - style.indent - line.width
          : flow.left + style.indent;
    const baseline = flow.y + style.size * 1.05;
    for (const run of line.runs) {
      useFace(run.face);
      doc.fontSize(style.size).fillColor(style.color);
      doc.text(run.text, x, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
        // Laid out in one piece so the shaper's own reversal covers the whole run.
        ...(run.shapedRightToLeft ? { features: [] } : {}),
        ...(run.wholeLetters ? { features: wholeLetterFeatures } : {}),
      });
      x += run.width;
    }
  }

  options.footer?.(flow, pageNumber);

  return flow;
}
