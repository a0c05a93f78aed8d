import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  answerField,
  answerIdentity,
  quotable,
  statementsToAnswer,
  wordingField,
} from "../../src/domain/identity/answer-identity.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../src/domain/plans/agree-plan.ts";
import {
  type ProgramSchool,
  seedIdentity,
  seedProgramSchool,
} from "../domain/program/program-school.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { brokenWords } from "../support/phone-layout.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * A tester's report: on a phone the identity charts (a plan's answers over time, the program
 * page's first and latest sitting) were scaled down until their words were six or seven pixels
 * high, and equal answers drew on top of each other, so only the last statement's mark showed.
 * A phone now draws a layout of its own; equal answers stand side by side, and the chart's text
 * alternative names the statements that share one.
 */

const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };
const screenshots = "/tmp/identity-chart-phone";

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The chart a reader sees (its other layout is not displayed), as drawn: its width beside its
 * container's, the smallest font its words are drawn at in pixels, its words' and marks' boxes,
 * and its text alternative's description.
 */
const drawnChart = (charts: Locator) =>
  charts.evaluateAll((svgs) => {
    const svg = svgs.find((one) => one.getBoundingClientRect().width > 0) as SVGSVGElement;
    const scale = svg.getScreenCTM()?.a ?? 0;
    // Without the bidi isolates around each word the chart puts into its words.
    const textOf = (element: Element | null) =>
      element?.textContent?.replace(/[\u2066-\u2069]/g, "").trim() ?? "";
    const boxOf = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { text: textOf(element), left, right, top, bottom };
    };
    const words = Array.from(svg.querySelectorAll("text")).filter((text) =>
      text.textContent?.trim(),
    );
    const described = svg.getAttribute("aria-describedby") ?? svg.getAttribute("aria-labelledby");

    return {
      width: svg.getBoundingClientRect().width,
      room: svg.parentElement?.clientWidth ?? 0,
      smallestFont: Math.min(
        ...words.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale),
      ),
      words: words.map(boxOf),
      marks: Array.from(svg.querySelectorAll(".identity-marker, circle"), boxOf),
      description: (described ?? "")
        .split(" ")
        .map((id) => textOf(document.getElementById(id)))
        .join(" "),
    };
  });

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Pairs of words drawn over each other. */
function overlappingWords(words: Box[]) {
  return words.flatMap((word, index) =>
    words
      .slice(index + 1)
      .flatMap((other) => (overlap(word, other) ? [[word.text, other.text]] : [])),
  );
}

/** How many marks are drawn on (or within 4 pixels of) the spot of another. */
function marksOnOneSpot(marks: Box[]) {
  const centre = (mark: Box) => [(mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2];

  return marks.filter((mark, index) =>
    marks.some((other, at) => {
      const [x, y] = centre(mark);
      const [otherX, otherY] = centre(other);
      return at !== index && Math.hypot((x ?? 0) - (otherX ?? 0), (y ?? 0) - (otherY ?? 0)) < 4;
    }),
  ).length;
}

async function expectLegible(page: Page, charts: Locator) {
  const chart = await drawnChart(charts);

  expect(chart.width).toBeGreaterThan(0);
  expect(chart.width).toBeLessThanOrEqual(chart.room);
  expect(chart.smallestFont).toBeGreaterThanOrEqual(11);
  expect(overlappingWords(chart.words)).toEqual([]);
  expect(marksOnOneSpot(chart.marks)).toBe(0);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBeLessThanOrEqual(0);

  return chart;
}

describe("the identity charts on a phone", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let statements: string[] = [];
  let school: ProgramSchool;

  beforeAll(async () => {
    const deps = session.running.deps;
    room = await startClassroomPlan(deps);
    // Every statement "Disagree" at the start, two weeks ago; "Agree" but the first one's
    // "Strongly agree" before the check-in: the marks of equal answers once hid each other.
    await answerEveryStatement(() => "2");
    const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
    await deps.db
      .updateTable("identity_checks")
      .set({ answered_on: twoWeeksAgo })
      .where("plan_id", "=", room.planId)
      .execute();
    await addStatement(deps, actorFor(room.student), room.planId, {
      section: "student_action",
      body: "Explain one homework problem out loud each week",
    });
    await agreePlan(deps, actorFor(room.teacher), room.planId, {});
    await answerEveryStatement((index) => (index === 0 ? "5" : "4"));

    school = await seedProgramSchool(deps.db);
    await seedIdentity(deps.db, school);
    fs.mkdirSync(screenshots, { recursive: true });
  });

  async function answerEveryStatement(level: (index: number) => string) {
    const deps = session.running.deps;
    const plan = { district_id: room.district.id, school_id: room.school.id };
    const asked = await statementsToAnswer(deps, plan, "en");
    statements = asked.map((statement) => quotable(statement.text));
    const input = Object.fromEntries(
      asked.flatMap((statement, index) => [
        [answerField(statement.id), level(index)],
        [wordingField(statement.id), String(statement.wordingVersion)],
      ]),
    );
    await answerIdentity(deps, actorFor(room.student), room.planId, input);
  }

  it("on a phone, a teacher reads the chart's words and sees every equal answer", async () => {
    const page = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: `/plans/${room.planId}`,
      window: phone,
    });
    const charts = page.locator("#identity svg.identity-svg");

    for (const locale of ["en", "ar"]) {
      await page.goto(`${session.running.baseUrl}/plans/${room.planId}?lang=${locale}`);
      await expectLegible(page, charts);
      // The answers table's headings (the statements) keep each word whole.
      const headings = page.locator("#identity table.identity-table thead th");
      await expect(brokenWords(headings)).resolves.toEqual([]);
      await expectAccessible(page);
      await page.locator("#identity").screenshot({ path: `${screenshots}/plan-${locale}.png` });
    }
    await page.goto(`${session.running.baseUrl}/plans/${room.planId}?lang=en`);
    const chart = await expectLegible(page, charts);

    // 8 statements at two sittings: 16 marks, none hidden under another, and in words.
    expect(chart.marks).toHaveLength(16);
    const listOf = (texts: string[]) =>
      new Intl.ListFormat("en", { type: "conjunction" }).format(texts.map((text) => `“${text}”`));
    expect(chart.description).toContain(`to ${listOf(statements)} was the same, Disagree`);
    expect(chart.description).toContain(`to ${listOf(statements.slice(1))} was the same, Agree`);
    // The table beside the chart keeps every figure.
    const rows = page.locator("#identity table.identity-table tbody tr");
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).locator("td").allTextContents()).resolves.toEqual([
      "5 · Strongly agree",
      ...Array(7).fill("4 · Agree"),
    ]);
  });

  it("on a wide screen, the plan's chart sets equal answers side by side", async () => {
    const page = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: `/plans/${room.planId}`,
      window: desktop,
    });
    await page.goto(`${session.running.baseUrl}/plans/${room.planId}?lang=en`);

    const chart = await expectLegible(page, page.locator("#identity svg.identity-svg"));
    expect(chart.width).toBeGreaterThan(600);
    expect(chart.words.map((word) => word.text)).toContain("Strongly disagree");
    await expectAccessible(page);
    await page.locator("#identity").screenshot({ path: `${screenshots}/plan-wide.png` });
  });

  it("on a phone, an administrator reads the program's chart, both equal averages", async () => {
    const page = await pageSignedInAs(session, {
      personId: school.administrator.id,
      next: "/program",
      window: phone,
    });
    await page.goto(`${session.running.baseUrl}/program?lang=en`);

    const chart = await expectLegible(page, page.locator("#identity-title ~ svg.chart"));
    // Two statements at two sittings, and their labels.
    expect(chart.marks).toHaveLength(4);
    expect(chart.words.map((word) => word.text)).toContain("Statement 2");
    expect(chart.description).toContain(
      "Latest sitting: the same average for “I can explain my thinking” and “Statement 2”, 3",
    );
    await expectAccessible(page);
    await page
      .locator("section[aria-labelledby='identity-title']")
      .screenshot({ path: `${screenshots}/program.png` });
  });
});
