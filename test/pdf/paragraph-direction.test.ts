import { describe, expect, it } from "vitest";
import { isolate } from "../../src/lib/bidi-isolate.ts";
import { layOutText } from "../../src/pdf/lay-out-text.ts";

const style = (direction: "ltr" | "rtl") => ({ size: 10, bold: false, direction });
const drawnLine = (text: string, direction: "ltr" | "rtl") => {
  const [line] = layOutText(text, 400, style(direction));
  return { direction: line?.direction, runs: line?.runs.map((run) => run.text.trim()) };
};

describe("the direction of a line in a plan's PDF", () => {
  it("an Arabic plan's check-in line stays Arabic when the action it names is English", () => {
    const line = drawnLine(`${isolate("Layla will explain one step aloud.")}: تم`, "rtl");

    expect(line.direction).toBe("rtl");
    // Right to left: the progress comes first on the right, the English action on the left.
    expect(line.runs).toEqual(["تم", ":", "Layla will explain one step aloud."]);
  });

  it("an English plan's byline keeps its order when the author's name is Arabic", () => {
    const line = drawnLine(`${isolate("يوسف حداد")} · ${isolate("Mar 4, 2025")}`, "ltr");

    expect(line.direction).toBe("ltr");
    expect(line.runs?.[0]).toBe("يوسف حداد");
  });

  it("someone's own words still take the direction of their first letter", () => {
    expect(drawnLine("شكرًا للمعلمة! ليلى تحب الكسور (مثل 3/4).", "ltr").direction).toBe("rtl");
    expect(drawnLine('Layla explains (with diagrams). Ask: "why 3/4?"', "rtl").direction).toBe(
      "ltr",
    );
  });
});
