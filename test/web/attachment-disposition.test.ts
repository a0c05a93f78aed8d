import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "../../src/web/attachment-disposition.ts";

const csv = { extension: "csv", fallback: "map-program" };
const pdf = { extension: "pdf", fallback: "plans" };

/** The plain ASCII name the few clients without `filename*` save the download under. */
const plainName = (header: string) => /filename="([^"]*)"/.exec(header)?.[1];

describe("the plain fallback name of a download", () => {
  it("a school year written with an en dash keeps a dash, not 20252026", () => {
    expect(plainName(attachmentDisposition("map-program-2025–2026", csv))).toBe(
      "map-program-2025-2026.csv",
    );
    expect(plainName(attachmentDisposition("Plans\u00A0-\u00A02025—2026", pdf))).toBe(
      "Plans - 2025-2026.pdf",
    );
  });

  it("a name left starting with a dash once its other script is dropped loses the dash", () => {
    const header = attachmentDisposition("数学行动计划 - 04 年级 - 2025–2026 学年", pdf);

    expect(plainName(header)).toBe("04 - 2025-2026.pdf");
    expect(header).toContain(
      `filename*=UTF-8''${encodeURIComponent("数学行动计划 - 04 年级 - 2025–2026 学年.pdf")}`,
    );
  });
});
