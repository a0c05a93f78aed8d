import { beforeAll, describe, expect, it } from "vitest";
import { fontFor } from "../../src/pdf/fonts.ts";
import { startPlanBook } from "../../src/pdf/plan-pdf.ts";
import { plansPdfStream } from "../../src/pdf/plans-pdf-stream.ts";
import type { PlanDocument } from "../../src/pdf/read-plan-document.ts";
import { pdfText } from "./pdf-tools.ts";
import { identityAnswers, multilingualPlanView } from "./plan-view-fixture.ts";

/*
 * The fonts are parsed once per process and shared by every PDF it draws, so what one download
 * drew must not change the text a later one gives back. Vitest loads this file with fresh fonts
 * and runs its tests in order: the first download below is the first use of every font.
 */

const names = [
  "Иван Лиходеев",
  "Nguyễn Thị Ngọc Phượng",
  "Đặng Quốc Việt",
  "مصطفى",
  "ليلى",
  "Fọ̀lákẹ́ Adéṣọlá",
  // Stored as letters and separate accents (NFD), as some systems keep names.
  "Йордан Ёлкин".normalize("NFD"),
];
// Drawn as parts of other glyphs: и inside й, the body of ى inside final ي, ا inside أ.
const earlierNames = ["Сергей Соколов", "علي حسن", "أمل"];

function planOf(name: string): PlanDocument {
  const view = multilingualPlanView();
  return { view: { ...view, student: { ...view.student, name } }, identity: identityAnswers() };
}

/** A plan with no statements: its only Cyrillic and Arabic text is the student's name. */
function namesOnlyPlanOf(name: string): PlanDocument {
  const view = multilingualPlanView({ statements: [] });
  return { view: { ...view, student: { ...view.student, name } }, identity: identityAnswers() };
}

async function gradePdf(plans: PlanDocument[]): Promise<Uint8Array> {
  async function* documents() {
    yield* plans;
  }
  const stream = plansPdfStream({
    book: startPlanBook({ locale: "en", title: "Grade 3" }),
    documents: documents(),
    stoppedNotice: "stopped",
    onError: (error) => {
      throw error;
    },
  });

  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The text layer as pdftotext reads it, composed (NFC): a letter may be stored as its base and
 * a combining mark (ọ as o and a dot below), which is the same text.
 */
const textOf = (bytes: Uint8Array) => pdfText(bytes).normalize("NFC");

describe("names copied out of a PDF", () => {
  beforeAll(async () => {
    // An earlier download in the same process, of other students.
    await gradePdf(earlierNames.map(namesOnlyPlanOf));
  });

  it("every name comes back whole from a grade PDF, and from the next one drawn", async () => {
    for (const attempt of ["first", "second"]) {
      const text = textOf(await gradePdf(names.map(planOf)));
      for (const name of names) {
        expect(text, `${attempt} grade PDF`).toContain(name.normalize("NFC"));
      }
    }
  });

  it("an Arabic letter drawn before only inside another still joins the letter before it", () => {
    const arabic = fontFor("arabic");
    const isolatedAlef = arabic.glyphForCodePoint(0x627).id;
    const drawn = arabic.layout("با").glyphs.map((glyph) => glyph.id);

    expect(drawn).toHaveLength(2);
    expect(drawn).not.toContain(isolatedAlef);
  });
});
