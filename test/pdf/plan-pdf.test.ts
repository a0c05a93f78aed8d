import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/translate.ts";
import { chooseFaces } from "../../src/pdf/choose-faces.ts";
import { fontFor } from "../../src/pdf/fonts.ts";
import { layOutText } from "../../src/pdf/lay-out-text.ts";
import { planPdfFile } from "../../src/pdf/plan-file-name.ts";
import { planPdfBytes } from "../../src/pdf/plan-pdf.ts";
import { attachmentDisposition } from "../../src/web/attachment-disposition.ts";
import { drawnGlyphIds, firstPageGrey, firstPagePng, pdfFonts, pdfText } from "./pdf-tools.ts";
import { identityAnswers, multilingual, multilingualPlanView } from "./plan-view-fixture.ts";

const bidiMarks = /[\u202a-\u202e\u2066-\u2069]/g;

/** pdftotext writes a mixed line as right-to-left chunks in display order; undo that. */
function readingOrder(line: string): string {
  const chunks = line.split(/[\u202b\u202c]/).filter((chunk) => chunk.trim() !== "");
  return chunks.reverse().join(" ").replace(bidiMarks, "").replace(/\s+/g, " ");
}

describe("a plan as a PDF", () => {
  it("a family reads every name and statement, in any script, in the text of the PDF", async () => {
    const bytes = await planPdfBytes({
      view: multilingualPlanView(),
      locale: "en",
      compress: false,
    });
    firstPagePng(bytes, "plan-en");
    const text = pdfText(bytes).replace(bidiMarks, "");

    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    for (const word of [
      "Nguyễn",
      "Ánh",
      "Peñalolén",
      "Объяснять решение словами",
      "Ελληνικά γράμματα",
      "我喜欢数学",
      "毎日、算数の練習をします。",
      "매일 연습해요",
      "田中 はな",
      "محمد",
      "الرياضيات",
      "שלום",
      "תרגילים",
      "Strengths",
      "Areas of Improvement",
      "Student Actions",
      "Teacher Actions",
      "Family Actions",
      "Progress: Under way",
      "Meetings",
      "Check-ins",
    ]) {
      expect(text).toContain(word);
    }
    // Each word of right-to-left text is stored in reading order, never reversed.
    expect(text).not.toContain("ابحرم");
    expect(text).not.toContain("םולש");
  });

  it("Arabic and Hebrew sentences with numbers read in order", async () => {
    const bytes = await planPdfBytes({ view: multilingualPlanView(), locale: "en" });
    const lines = pdfText(bytes).split("\n");
    const arabic = readingOrder(lines.find((line) => line.includes("مسألة")) ?? "");
    const hebrew = readingOrder(lines.find((line) => line.includes("תרגילים")) ?? "");

    expect(arabic).toMatch(/مرحبا أنا أحب الرياضيات وأحل ?25 ?مسألة كل يوم/);
    expect(hebrew).toMatch(/שלום אני פותר ?12 ?תרגילים/);
  });

  it("draws Arabic-Indic numbers in their own order, in Arabic and in English sentences", async () => {
    const view = multilingualPlanView();
    const [first] = view.statements;
    if (!first) throw new Error("the fixture has statements");
    view.statements = [{ ...first, id: "digits", body: "حلّت ١٢٣ مسألة من ٤٥٦ (٧٥٪) and ١٢٣ ٤٥٦" }];

    const text = pdfText(await planPdfBytes({ view, locale: "ar" }));

    expect(text).toContain("١٢٣");
    expect(text).toContain("٤٥٦");
    expect(text).toContain("٧٥");
    expect(text).not.toContain("٣٢١");
    expect(text).not.toContain("٦٥٤");
  });

  it("keeps the writer's line breaks and leaves emoji out without breaking", async () => {
    const bytes = await planPdfBytes({ view: multilingualPlanView(), locale: "en" });
    const lines = pdfText(bytes).split("\n");

    const japanese = lines.find((line) => line.includes(multilingual.japanese)) ?? "";
    expect(japanese).not.toContain(multilingual.korean);
    expect(lines.some((line) => line.trim() === multilingual.korean)).toBe(true);
    expect(lines.join("\n")).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it("embeds a subset of a font for every script it draws", async () => {
    const bytes = await planPdfBytes({ view: multilingualPlanView(), locale: "en" });
    const fonts = pdfFonts(bytes);
    const names = fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ""));

    for (const expected of [
      "NotoSans-Regular",
      "NotoSans-Bold",
      "NotoNaskhArabic",
      "NotoSansHebrew",
      "NotoSansHans-Regular",
      "NotoSansJP-Regular",
      "NotoSansKR-Regular",
    ]) {
      expect(names).toContain(expected);
    }
    expect(fonts.every((font) => font.embedded && font.subset && font.unicodeMap)).toBe(true);
  });

  it("draws no missing glyph: every run's font has every character it draws", async () => {
    const view = multilingualPlanView();
    const texts = [
      view.student.name,
      view.school.mathVision,
      ...view.statements.flatMap((statement) => [statement.body, statement.authorName]),
    ];

    for (const text of texts) {
      for (const line of layOutText(text, 300, { size: 10, bold: false, direction: "ltr" })) {
        for (const run of line.runs) {
          const font = fontFor(run.face);
          for (const character of run.text) {
            expect(font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0), character).toBe(true);
          }
          expect(font.layout(run.text).glyphs.map((glyph) => glyph.id)).not.toContain(0);
        }
      }
    }

    const bytes = await planPdfBytes({ view, locale: "en", compress: false });
    const glyphs = drawnGlyphIds(bytes);
    expect(glyphs.length).toBeGreaterThan(500);
    expect(glyphs).not.toContain(0);
  });

  it("parses each font once and shares it between documents", () => {
    expect(fontFor("chinese")).toBe(fontFor("chinese"));
    expect(fontFor("arabic")).not.toBe(fontFor("hebrew"));
  });

  it("replaces a character no font has with a visible mark and drops emoji", () => {
    expect(chooseFaces("ok 🎉👍🏽 ✓").text).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(chooseFaces("สวัสดี").text).toMatch(/^\uFFFD+$/);
    expect(chooseFaces("Ana\u2068محمد\u2069").families.at(-1)).toBeNull();
  });

  it("wraps long text and continues on a new page", async () => {
    const long = Array.from({ length: 60 }, (_, index) => `Step ${index + 1} of a long plan.`);
    const view = multilingualPlanView();
    view.statements.push({
      ...view.statements[0],
      id: "long",
      section: "teacher_action",
      body: long.join(" "),
    } as (typeof view.statements)[number]);
    view.statements.push({ ...view.statements[0], id: "long2", body: "x".repeat(400) } as never);

    const text = pdfText(await planPdfBytes({ view, locale: "en" }));

    expect(text).toContain("page 2");
    expect(text).toContain("Step 60 of a long plan.");
    expect(text.split("\n").every((line) => line.length < 140)).toBe(true);
  });

  it("an Arabic reader gets the headings in Arabic, set from the right margin", async () => {
    const view = multilingualPlanView({ student: { id: "s", name: "سارة", onRoster: true } });
    const bytes = await planPdfBytes({ view, locale: "ar" });
    firstPagePng(bytes, "plan-ar");
    const text = pdfText(bytes).replace(bidiMarks, "");

    const t = translator("ar");
    // pdftotext may list a vowel mark before its letter; the letters must all be there.
    const letters = (words: string) => words.replace(/\p{Mn}/gu, "");
    expect(text).toContain("سارة");
    expect(letters(text)).toContain(letters(t("plans.progressSection.heading")));
    expect(letters(text)).toContain(letters(t("plans.actionPlan.heading")));
    expect(text).not.toContain("Strengths");
    const english = firstPageGrey(await planPdfBytes({ view, locale: "en" }));
    const arabic = firstPageGrey(bytes);
    expect(firstInkColumn(arabic, 0.08)).toBeGreaterThan(firstInkColumn(english, 0.08) + 40);
  });

  it("draws the student's math identity chart with its figures", async () => {
    const view = multilingualPlanView({ statements: [], meetings: [], checkIns: [] });
    const bytes = await planPdfBytes({ view, identity: identityAnswers(), locale: "en" });
    firstPagePng(bytes, "plan-identity");
    const text = pdfText(bytes);

    expect(text).toContain("Math identity over time");
    expect(text).toContain("I see myself as a math person.");
    expect(text).toMatch(/Feb 1, 2025: Disagree \(2\)/);
    expect(text).toMatch(/Mar 8, 2025: Strongly agree \(5\)/);
    expect(text).toContain("Feb 20, 2025: Prefer not to say");
  });

  it("an answer given to words the school has since reworded says them beside it", async () => {
    const view = multilingualPlanView({ statements: [], meetings: [], checkIns: [] });
    const identity = identityAnswers();
    const series = identity.series.map((each, index) => ({
      ...each,
      answers: each.answers.map((answer, at) =>
        index === 0 && at === 0 ? { ...answer, askedAs: "I am a math person." } : answer,
      ),
    }));
    const bytes = await planPdfBytes({ view, identity: { ...identity, series }, locale: "en" });
    const text = pdfText(bytes).replace(bidiMarks, "").replace(/\s+/g, " ");

    expect(text).toContain("Feb 1, 2025: Disagree (2) (asked as “I am a math person”)");
    expect(text).toContain("Feb 20, 2025: Not sure (3) · Mar 8, 2025");
  });

  it("a family the student has not let see the answers gets no figures", async () => {
    const view = multilingualPlanView({ staff: null, statements: [] });
    const hidden = { ...identityAnswers(false), statements: [], checks: [], series: [] };
    const text = pdfText(await planPdfBytes({ view, identity: hidden, locale: "en" }));

    expect(text).toContain("keeps these answers between them and their teachers");
    expect(text).not.toContain("Strongly agree");
    expect(text).not.toContain(multilingual.conferenceNote);
  });

  it("names the download after the student, with a plain fallback for old browsers", () => {
    expect(attachmentDisposition("Math Action Plan - Nguyễn Ánh", planPdfFile)).toBe(
      `attachment; filename="Math Action Plan - Nguyen Anh.pdf"; ` +
        `filename*=UTF-8''Math%20Action%20Plan%20-%20Nguy%E1%BB%85n%20%C3%81nh.pdf`,
    );
    expect(attachmentDisposition('خطة - "محمد"\r\n', planPdfFile)).toMatch(
      /^attachment; filename="plan.pdf"; filename\*=UTF-8''%D8%AE/,
    );
  });
});

/** The leftmost dark pixel in the band of the page's first line (the title). */
function firstInkColumn(page: ReturnType<typeof firstPageGrey>, bandTop: number) {
  const top = Math.round(page.height * bandTop);
  const bottom = top + Math.round(page.height * 0.03);
  let leftmost = page.width;
  for (let row = top; row < bottom; row++) {
    for (let column = 0; column < page.width; column++) {
      if ((page.pixels[row * page.width + column] ?? 255) < 128)
        leftmost = Math.min(leftmost, column);
    }
  }

  return leftmost;
}
