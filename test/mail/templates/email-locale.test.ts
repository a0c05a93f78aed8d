import { describe, expect, it } from "vitest";
import { emailLocale } from "../../../src/mail/templates/layout.ts";

describe("the language an email is written in", () => {
  it.each([
    ["es", "es"],
    ["es-MX", "es"],
    ["vi-VN", "vi"],
    ["zh-Hans-CN", "zh"],
    ["zh-TW", "en"],
    ["ar-EG", "ar"],
    ["so", "en"],
    [null, "en"],
  ])("for a person whose language is %j is %j", (preferred, locale) => {
    expect(emailLocale(preferred)).toBe(locale);
  });
});
