import { describe, expect, it } from "vitest";
import { safeFileName } from "../../src/lib/file-name.ts";

const pdf = { extension: "pdf", fallback: "plan" };

describe("a file name made from a student's name", () => {
  it("a name with a slash becomes one file, not a folder", () => {
    expect(safeFileName("Math Action Plan - Ana María García/López", pdf)).toBe(
      "Math Action Plan - Ana María García-López.pdf",
    );
    expect(safeFileName("Plan - Ana \\ López", pdf)).toBe("Plan - Ana - López.pdf");
  });

  it("letters of every script stay as the family writes them", () => {
    expect(safeFileName("数学行动计划 - 王小明", pdf)).toBe("数学行动计划 - 王小明.pdf");
    expect(safeFileName("خطة العمل في الرياضيات - ليلى حداد", pdf)).toBe(
      "خطة العمل في الرياضيات - ليلى حداد.pdf",
    );
    expect(safeFileName("Kế hoạch - Nguyễn", pdf)).toBe("Kế hoạch - Nguyễn.pdf");
    // Persian needs its zero-width non-joiner inside words.
    expect(safeFileName("می\u200Cخواهم", pdf)).toBe("می\u200Cخواهم.pdf");
  });

  it("a script tag, quotes and Windows' refused characters are replaced", () => {
    const name = safeFileName('Math Action Plan - <script>alert("1")</script>', pdf);

    expect(name).toBe("Math Action Plan - script-alert(-1-)-script.pdf");
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(safeFileName("Plan - What? Yes: *this* | that", pdf)).toBe(
      "Plan - What Yes - this - that.pdf",
    );
  });

  it("line breaks, control characters and direction overrides never reach the name", () => {
    expect(safeFileName("Plan - Sam\r\nBcc: x@example.org\u0000", pdf)).toBe(
      "Plan - Sam Bcc x@example.org.pdf",
    );
    // U+202E would show "Plan - Samfdp.exe" as "Plan - Samexe.pdf".
    expect(safeFileName("Plan - Sam\u202Efdp.exe", pdf)).toBe("Plan - Samfdp.exe.pdf");
  });

  it("a very long name is cut at a whole letter, keeping the start that says what it is", () => {
    const name = safeFileName(`Math Action Plan - ${"Nguyễn ".repeat(40)}`, pdf);
    const stem = name.slice(0, -".pdf".length);

    expect(name.startsWith("Math Action Plan - Nguyễn")).toBe(true);
    expect([...stem].length).toBeLessThanOrEqual(80);
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(180);
    expect(stem.normalize("NFC")).toBe(stem);
    expect(stem).not.toMatch(/\s$/);

    const chinese = safeFileName(`数学行动计划 - ${"王".repeat(200)}`, pdf);
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(184);
  });

  it("nothing usable left, or a name Windows reserves, gives the fallback", () => {
    expect(safeFileName(" /// ", pdf)).toBe("plan.pdf");
    expect(safeFileName("...", pdf)).toBe("plan.pdf");
    expect(safeFileName("CON", pdf)).toBe("plan.pdf");
    expect(safeFileName(".hidden", pdf)).toBe("hidden.pdf");
  });
});
