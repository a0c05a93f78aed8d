import type { Kysely } from "kysely";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { savePreferredLocale } from "../../src/db/people-store.ts";
import type { Database, PersonRole } from "../../src/db/schema.ts";
import { findDemoPerson } from "../../src/db/school-store.ts";
import type { Actor } from "../../src/domain/access/actor.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { commentOnPlan } from "../../src/domain/plans/comment-on-plan.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { loadDemoSchool } from "../../src/domain/school/load-demo-school.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs, phoneWindow } from "../support/browser-people.ts";

/*
 * A tester's report, in the demo school: text that mixes directions had no direction of its own,
 * so its punctuation and brackets landed in the wrong place. What the reader sees is measured
 * here: the direction the browser gives the words, and where it draws their brackets and their
 * last mark.
 */

const strength = 'Layla explains her reasoning (with diagrams) clearly. Ask her: "why 3/4?"';
const comment = "شكرًا للمعلمة! ليلى تحب الكسور (مثل 3/4).";

interface Drawn {
  /** The direction the browser gives the element. */
  direction: string;
  /** Where the character at each of these offsets is drawn, in CSS pixels. */
  boxes: { left: number; right: number; top: number }[];
  /** The boxes of every character on the same line as each of those characters. */
  lines: { left: number; right: number }[][];
}

/** Where the browser draws some characters of the element's text, and the lines they sit on. */
function drawn(element: Locator, offsets: number[]): Promise<Drawn> {
  return element.evaluate((node, wanted) => {
    const text = node.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) throw new Error("no text of its own");
    const range = document.createRange();
    const boxOf = (offset: number) => {
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      const { left, right, top } = range.getBoundingClientRect();
      return { left, right, top };
    };
    const every = [...(text.textContent ?? "")].map((_, offset) => boxOf(offset));
    const drawnAt = every.filter((box) => box.right > box.left);
    const boxes = wanted.map(boxOf);
    const lines = boxes.map((box) => drawnAt.filter((other) => Math.abs(other.top - box.top) < 2));

    return { direction: getComputedStyle(node).direction, boxes, lines };
  }, offsets);
}

const leftmost = (line: { left: number }[]) => Math.min(...line.map((box) => box.left));
const rightmost = (line: { right: number }[]) => Math.max(...line.map((box) => box.right));

describe("words that mix directions, in the demo school", () => {
  const session = useRunningAppAndBrowser();
  const people: Record<"teacher" | "layla" | "father", Actor> = {} as never;
  let planId = "";

  beforeAll(async () => {
    const deps = session.running.deps;
    const { districtId } = await loadDemoSchool(deps, "en");
    const cast = {
      teacher: "demo-teacher",
      layla: "demo-student-layla",
      father: "demo-guardian-yousef",
    };
    for (const [part, sourceId] of Object.entries(cast)) {
      people[part as keyof typeof cast] = await demoActor(deps.db, districtId, sourceId);
    }
    // The father reads in Arabic: the language he chose in the app.
    await savePreferredLocale(deps.db, people.father.personId, "ar");

    ({ planId } = await startPlan(deps, people.teacher, { studentId: people.layla.personId }));
    await addStatement(deps, people.teacher, planId, { section: "strength", body: strength });
    await commentOnPlan(deps, { ...people.father, locale: "ar" }, planId, { body: comment });
  });

  const openPlan = (person: Actor, phone: boolean): Promise<Page> =>
    pageSignedInAs(session, {
      personId: person.personId,
      next: `/plans/${planId}`,
      ...(phone ? { window: phoneWindow } : {}),
    });

  it("her father reads the teacher's English strength left to right, in Arabic", async () => {
    const page = await openPlan(people.father, true);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    const body = page.locator(".statement-body", { hasText: "Layla explains" });
    const last = strength.length - 1;
    const seen = await drawn(body, [strength.indexOf("("), strength.indexOf(")"), last]);
    const [opening, closing, finalQuote] = seen.boxes;
    const [, , lastLine] = seen.lines;

    expect(seen.direction).toBe("ltr");
    if (opening && closing && opening.top === closing.top) {
      expect(closing.left).toBeGreaterThan(opening.left);
    }
    // The closing quote mark ends the last line, on its right, where English ends.
    expect(finalQuote?.right).toBeCloseTo(rightmost(lastLine ?? []), 0);
    await expectAccessible(page);
  });

  it("her father reads the English Math Vision with its full stops at line ends", async () => {
    const page = await openPlan(people.father, true);
    const vision = page.locator("#vision .vision-text");
    const text = (await vision.textContent()) ?? "";
    const seen = await drawn(vision, [text.indexOf(".")]);
    const [fullStop] = seen.boxes;
    const [line] = seen.lines;

    expect(seen.direction).toBe("ltr");
    expect(fullStop?.right).toBeCloseTo(rightmost(line ?? []), 0);
    await expectAccessible(page);
  });

  it("the teacher reads the father's Arabic comment right to left on an English page", async () => {
    const page = await openPlan(people.teacher, false);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("ltr");
    const words = page.locator("#comments .comment p", { hasText: "شكرًا" });
    const last = comment.length - 1;
    const seen = await drawn(words, [comment.indexOf("("), comment.indexOf(")"), last]);
    const [opening, closing, fullStop] = seen.boxes;
    const [, , lastLine] = seen.lines;

    expect(seen.direction).toBe("rtl");
    if (opening && closing && opening.top === closing.top) {
      // Right to left, the closing bracket comes after the opening one: on its left.
      expect(closing.right).toBeLessThan(opening.right);
    }
    // The full stop ends the sentence: at the left end of its line, where Arabic ends.
    expect(fullStop?.left).toBeCloseTo(leftmost(lastLine ?? []), 0);
    await expectAccessible(page);
  });
});

async function demoActor(db: Kysely<Database>, districtId: string, sourceId: string) {
  const person = await findDemoPerson(db, districtId, sourceId);
  if (!person) throw new Error(`the demo roster has no ${sourceId}`);

  return {
    personId: person.id,
    districtId,
    role: person.role as PersonRole,
    displayName: `${person.given_name} ${person.family_name}`,
    locale: "en",
  };
}
