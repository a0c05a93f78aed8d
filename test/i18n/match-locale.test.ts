import { describe, expect, it } from "vitest";
import { matchLocale } from "../../src/i18n/match-locale.ts";

describe("the language a browser asks for", () => {
  it("a parent whose browser prefers Mexican Spanish gets Spanish", () => {
    expect(matchLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
  });

  it("a grandparent whose browser weighs Vietnamese above English gets Vietnamese", () => {
    expect(matchLocale("en;q=0.4, vi;q=0.8")).toBe("vi");
  });

  it("a reader of traditional characters is not given Simplified Chinese first", () => {
    expect(matchLocale("zh-TW, en;q=0.5")).toBe("en");
    expect(matchLocale("zh-Hans-CN")).toBe("zh");
  });

  it("a browser that asks for nothing the app speaks gets no match", () => {
    expect(matchLocale("de-DE, fr;q=0.5")).toBeNull();
    expect(matchLocale(undefined)).toBeNull();
    expect(matchLocale("ar;q=0")).toBeNull();
  });
});
