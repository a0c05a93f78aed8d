import { describe, expect, it } from "vitest";
import { startPlanBook } from "../../src/pdf/plan-pdf.ts";
import { plansPdfStream } from "../../src/pdf/plans-pdf-stream.ts";
import type { PlanDocument } from "../../src/pdf/read-plan-document.ts";
import { pdfPageCount, pdfText } from "./pdf-tools.ts";
import { identityAnswers, multilingualPlanView } from "./plan-view-fixture.ts";

function planOf(name: string): PlanDocument {
  const view = multilingualPlanView();
  return {
    view: { ...view, student: { ...view.student, name } },
    identity: identityAnswers(false),
  };
}

async function* documentsOf(names: string[], failAfter = Number.POSITIVE_INFINITY) {
  let drawn = 0;
  for (const name of names) {
    if (drawn === failAfter) throw new Error("the database went away");
    drawn += 1;
    yield planOf(name);
  }
}

async function bytesOf(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const book = () => startPlanBook({ locale: "en", title: "Grade 3" });

describe("many plans drawn into one streamed PDF", () => {
  it("each plan starts on a page of its own whose footer names its student", async () => {
    const one = await bytesOf(
      plansPdfStream({
        book: book(),
        documents: documentsOf(["Ana Ruiz"]),
        stoppedNotice: "stopped",
        onError: () => {},
      }),
    );
    const three = await bytesOf(
      plansPdfStream({
        book: book(),
        documents: documentsOf(["Ana Ruiz", "Ben Okafor", "Chi Nguyen"]),
        stoppedNotice: "stopped",
        onError: () => {},
      }),
    );

    expect(pdfPageCount(three)).toBe(3 * pdfPageCount(one));
    const text = pdfText(three);
    for (const name of ["Ana Ruiz", "Ben Okafor", "Chi Nguyen"]) {
      expect(text).toContain(`Math Action Plan for ${name} · page 1`);
    }
  });

  it("an error mid-way is reported and the file ends with a page saying it is incomplete", async () => {
    const errors: unknown[] = [];
    const bytes = await bytesOf(
      plansPdfStream({
        book: book(),
        documents: documentsOf(["Ana Ruiz", "Ben Okafor", "Chi Nguyen"], 1),
        stoppedNotice: "The download stopped early.",
        onError: (error) => errors.push(error),
      }),
    );

    expect(errors).toHaveLength(1);
    const text = pdfText(bytes);
    expect(text).toContain("Ana Ruiz");
    expect(text).not.toContain("Ben Okafor");
    expect(text).toContain("The download stopped early.");
  });

  it("a reader who stops reading holds the drawing back instead of filling memory", async () => {
    let drawn = 0;
    async function* endless() {
      for (;;) {
        drawn += 1;
        yield planOf(`Student ${drawn}`);
      }
    }
    const stream = plansPdfStream({
      book: book(),
      documents: endless(),
      stoppedNotice: "stopped",
      onError: () => {},
    });
    const reader = stream.getReader();
    await reader.read();
    // Drawing fills the stream's buffer, then waits: on a busy machine filling takes longer, so
    // wait until the count stops moving (or 200 plans are drawn, which fails below).
    let settled = -1;
    while (drawn !== settled && drawn < 200) {
      settled = drawn;
      await new Promise((resolve) => setTimeout(resolve, 750));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(drawn).toBe(settled);
    expect(drawn).toBeLessThan(200);
    await reader.cancel();
  });

  it("a reader who goes away stops the reading of plans", async () => {
    let read = 0;
    let finished = false;
    async function* endless() {
      try {
        for (let n = 0; ; n += 1) {
          read += 1;
          yield planOf(`Student ${n}`);
        }
      } finally {
        finished = true;
      }
    }
    const stream = plansPdfStream({
      book: book(),
      documents: endless(),
      stoppedNotice: "stopped",
      onError: () => {},
    });
    const reader = stream.getReader();
    while (read === 0) await reader.read();
    await reader.cancel();
    const readWhenGone = read;
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(finished).toBe(true);
    expect(read).toBe(readWhenGone);
  });

  it("other requests are answered between plans, even when every read is a microtask", async () => {
    // SQLite's reads resolve without a turn of the event loop: a timer set as the download
    // starts must still run before the last plan is drawn.
    const names = Array.from({ length: 12 }, (_, at) => `Student ${at + 1}`);
    let read = 0;
    async function* counted() {
      for (const name of names) {
        read += 1;
        yield planOf(name);
      }
    }
    let readWhenTimerRan = -1;
    setTimeout(() => {
      readWhenTimerRan = read;
    }, 0);

    await bytesOf(
      plansPdfStream({ book: book(), documents: counted(), stoppedNotice: "", onError: () => {} }),
    );

    expect(readWhenTimerRan).toBeGreaterThanOrEqual(0);
    expect(readWhenTimerRan).toBeLessThan(names.length);
  });
});
