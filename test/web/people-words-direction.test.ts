import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/domain/access/actor.ts";
import type { MeetingTimesView } from "../../src/domain/meetings/read-meeting-times.ts";
import type { StudentGroup } from "../../src/domain/plans/list-students.ts";
import type { PlanView } from "../../src/domain/plans/read-plan.ts";
import { translator } from "../../src/i18n/translate.ts";
import { isolate, isolatedParts, isolateYear } from "../../src/lib/bidi-isolate.ts";
import { meetingTimesPage } from "../../src/web/views/meeting-times-page.ts";
import { isolated, sentence } from "../../src/web/views/own-words.ts";
import { planPage } from "../../src/web/views/plan-page.ts";
import { planPrintPage } from "../../src/web/views/plan-print.ts";
import { studentsPage } from "../../src/web/views/plan-students.ts";
import { multilingualPlanView } from "../pdf/plan-view-fixture.ts";

/*
 * Words that mix directions land where their writer put them: every block of someone's own
 * words takes its direction from its first letters (dir="auto"), and every name put into a
 * translated sentence is a <bdi>. The browser test (test/browser/mixed-direction-words.test.ts)
 * checks what a reader then sees.
 */

const english = 'Layla explains her reasoning (with diagrams) clearly. Ask her: "why 3/4?"';
const arabic = "شكرًا للمعلمة! ليلى تحب الكسور (مثل 3/4).";
const layla = "ليلى حداد";

const father: Actor = {
  personId: "guardian-1",
  districtId: "district-1",
  role: "guardian",
  displayName: "يوسف حداد",
  locale: "ar",
};

/** Layla's plan: the teacher's English strength, the father's Arabic comment, notes. */
function laylasPlan(): PlanView {
  const view = multilingualPlanView({ student: { id: "student-1", name: layla, onRoster: true } });
  const [first, ...rest] = view.statements;
  if (!first) throw new Error("the fixture has statements");

  return {
    ...view,
    agreedMeetings: [],
    school: { ...view.school, mathVisionLocale: "en" },
    statements: [{ ...first, body: english, language: "en", authorName: "Ana Moreno" }, ...rest],
    comments: [
      {
        id: "c1",
        statementId: null,
        voice: "family",
        body: arabic,
        language: "ar",
        authorName: "يوسف حداد",
        at: "2025-03-09T15:00:00Z",
      },
    ],
  };
}

async function render(markup: unknown) {
  return String(await markup);
}

/** The opening tag of the element holding exactly this text. */
function tagAround(page: string, text: string) {
  const escaped = text.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  const at = page.indexOf(`>${escaped}<`);
  expect(at, `"${text}" in its own element`).toBeGreaterThan(0);

  return page.slice(page.lastIndexOf("<", at), at + 1);
}

describe("people's words on a page in another direction", () => {
  it("a father reading in Arabic gets the teacher's English strength marked English", async () => {
    const page = await render(
      planPage({ t: translator("ar"), locale: "ar", actor: father, view: laylasPlan() }),
    );

    expect(page).toContain('<html lang="ar" dir="rtl">');
    const statement = tagAround(page, english);
    expect(statement).toContain('class="statement-body"');
    expect(statement).toContain('dir="auto"');
    expect(statement).toContain('lang="en"');
  });

  it("the Math Vision box carries its language and its own direction", async () => {
    const page = await render(
      planPage({ t: translator("ar"), locale: "ar", actor: father, view: laylasPlan() }),
    );
    const vision = page.slice(page.indexOf('<p class="vision vision-text"'));

    expect(vision.slice(0, vision.indexOf(">") + 1)).toMatch(/dir="auto"\s+lang="en"/);
  });

  it("a teacher reading in English gets the father's Arabic comment marked as Arabic", async () => {
    const teacher: Actor = { ...father, role: "teacher", displayName: "Ana Moreno", locale: "en" };
    const page = await render(
      planPage({ t: translator("en"), locale: "en", actor: teacher, view: laylasPlan() }),
    );
    const comment = tagAround(page, arabic);

    expect(comment).toContain('dir="auto"');
    expect(comment).toContain('lang="ar"');
    expect(page).toContain('<bdi\n    class="author">يوسف حداد</bdi>');
  });

  it("the strengths that will help an area keep their own direction", async () => {
    const view = laylasPlan();
    const [strength] = view.statements;
    const area = view.statements.find((statement) => statement.section === "area");
    if (!strength || !area) throw new Error("the plan has a strength and an area");
    area.helpedBy = [strength.id];
    const page = await render(planPage({ t: translator("ar"), locale: "ar", actor: father, view }));
    const helped = page.slice(page.indexOf('<div class="helped-by">'));
    const item = helped.slice(helped.indexOf("<li"), helped.indexOf("</li>"));

    expect(item).toContain('dir="auto"');
    expect(item).toContain('lang="en"');
    expect(item).toContain(english.replaceAll('"', "&quot;"));
  });

  it("conference notes, meeting notes and check-in notes take their own direction", async () => {
    const teacher: Actor = { ...father, role: "teacher", displayName: "Ana Moreno", locale: "en" };
    const page = await render(
      planPage({ t: translator("en"), locale: "en", actor: teacher, view: laylasPlan() }),
    );

    for (const note of ["Sam said fractions feel like puzzles", "We agreed on the first steps."]) {
      expect(tagAround(page, note)).toContain('dir="auto"');
    }
    expect(tagAround(page, "Practice is going well.")).toContain('dir="auto"');
  });

  it("the student's name in the page's heading is set apart from the Arabic sentence", async () => {
    const page = await render(
      planPage({ t: translator("ar"), locale: "ar", actor: father, view: laylasPlan() }),
    );
    const heading = page.slice(page.indexOf("<h1>"), page.indexOf("</h1>"));

    expect(heading).toContain(`<bdi>${layla}</bdi>`);
    expect(heading).not.toMatch(/[\u2066-\u2069]/);
    // The tab's title has no markup: the name is an isolate there, FSI ... PDI.
    expect(page).toContain(`\u2068${layla}\u2069`);
  });

  it("the print layout sets the author's name and the words apart from each other", async () => {
    const page = await render(
      planPrintPage({ t: translator("ar"), locale: "ar", actor: father, view: laylasPlan() }),
    );
    const item = page.slice(page.indexOf("Ana Moreno") - 200, page.indexOf(english.slice(0, 20)));

    expect(item).toContain('<bdi\n    class="author">Ana Moreno</bdi>');
    expect(item).toMatch(/<span class="statement-body" dir="auto" lang="en"\s*>$/);
  });
});

describe("names inside translated sentences", () => {
  it("the meeting times page names the student apart from its Arabic title", async () => {
    const view: MeetingTimesView = {
      plan: { id: "plan-1", stage: "shared", closedAt: null },
      studentName: "Mary Jones (Molly)",
      school: { name: "Riverside", timeZone: "America/New_York" },
      proposals: [],
      may: { propose: false, answer: false },
      today: "2025-03-10",
    };
    const page = await render(
      meetingTimesPage({ t: translator("ar"), locale: "ar", actor: father, view }),
    );
    const heading = page.slice(page.indexOf("<h1>"), page.indexOf("</h1>"));

    expect(heading).toContain("<bdi>Mary Jones (Molly)</bdi>");
    expect(page).toContain("<bdi>America/New_York</bdi>");
  });

  it("a teacher's student list sets every student's name apart", async () => {
    const teacher: Actor = { ...father, role: "teacher", displayName: "Ana Moreno", locale: "en" };
    const groups: StudentGroup[] = [
      {
        classId: "class-1",
        classTitle: "Math 4",
        schoolName: "Riverside",
        students: [{ id: "student-1", name: layla, plan: null }],
      },
    ];
    const page = await render(
      studentsPage({ t: translator("en"), locale: "en", actor: teacher, groups }),
    );

    expect(page).toMatch(new RegExp(`<th scope="row"[^>]*><bdi>${layla}</bdi></th>`));
    expect(page).toContain(`for <bdi>${layla}</bdi>`);
  });

  it("a sentence turns its isolated values into <bdi> and escapes everything", async () => {
    const text = translator("en")("plans.title", { name: isolate("<b>Ana</b> \u2069x") });

    expect(await render(sentence(text))).toBe(
      "Math Action Plan for <bdi>&lt;b&gt;Ana&lt;/b&gt; x</bdi>",
    );
    expect(await render(isolated("Mary & Jo"))).toBe("<bdi>Mary &amp; Jo</bdi>");
    expect(isolatedParts(`${isolate("a")}, ${isolate("b")}`)).toEqual([
      { text: "a", isolated: true, leftToRight: false },
      { text: ", ", isolated: false, leftToRight: false },
      { text: "b", isolated: true, leftToRight: false },
    ]);
  });

  it("a school year keeps its years in order in an Arabic sentence", async () => {
    const year = translator("ar")("myPlans.schoolYear", { year: isolateYear("2026–2027") });

    expect(await render(sentence(year))).toContain('<bdi dir="ltr">2026–2027</bdi>');
    expect(isolateYear("2026–2027")).toBe("\u20662026–2027\u2069");
    // A label written in Arabic letters keeps its own direction.
    expect(isolateYear("العام ٢٠٢٦")).toBe(isolate("العام ٢٠٢٦"));
  });
});
