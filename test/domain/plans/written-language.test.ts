import { describe, expect, it } from "vitest";
import { writtenLanguage } from "../../../src/domain/plans/written-language.ts";

describe("the language people's words are written in", () => {
  it.each([
    ["لدينا ١٢٣ طالبًا يحبون الرياضيات", "en", "ar"],
    ["שלום אני פותר 12 תרגילים", "en", "he"],
    ["我喜欢数学，她会解方程。", "en", "zh"],
    ["毎日、算数の練習をします。", "zh", "ja"],
    ["매일 연습해요", "en", "ko"],
    ["Объясняет решение словами", "en", "ru"],
    ["Em thích giải toán với bạn bè", "en", "vi"],
    ["En casa, Lucía cuenta todo lo que ve en la cocina", "en", "es"],
    ["She explains her thinking with drawings and the class listens", "es", "en"],
    ["Fracciones", "es", "es"],
    ["Fractions", "ar", null],
    ["12 + 30 = 42", "en", null],
  ])("reads %j (written on a %s page) as %j", (text, page, language) => {
    expect(writtenLanguage(text, page)).toBe(language);
  });
});
