import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/domain/access/actor.ts";
import type { NextYearView } from "../../src/domain/next-year/read-next-year.ts";
import { translator } from "../../src/i18n/translate.ts";
import { nextYearPage } from "../../src/web/views/next-year-page.ts";

const administrator: Actor = {
  personId: "admin-1",
  districtId: "district-1",
  role: "administrator",
  displayName: "Ada Admin",
  locale: "en",
};

function viewOfClass(forNextYear: boolean, counts = { students: 2, open: 0 }): NextYearView {
  return {
    classes: [{ id: "class-1", title: "Math 7 - A", schoolName: "Lakeside" }] as never,
    schools: [],
    school: null,
    schoolUnknown: false,
    chosen: {
      id: "class-1",
      title: "Math 7 - A",
      students: counts.students,
      withOpenPlan: counts.open,
      forNextYear,
      closedPlans: [{ planId: "plan-1", student: "Eli Pupil", closedOn: "2026-06-20" }],
    },
  };
}

async function pageFor(
  forNextYear: boolean,
  counts?: { students: number; open: number },
  summary: { started: number; carried: number; skipped: number } | null = null,
) {
  const t = translator("en");
  const view = viewOfClass(forNextYear, counts);
  const page = await nextYearPage({ t, locale: "en", actor: administrator, view, summary });
  // The page's text as read: apostrophes are escaped in the markup.
  return String(page).replaceAll("&#39;", "'");
}

describe("the next-year page says which year its plans are for", () => {
  it("while the school's year is under way: next year's, on the hint and every button", async () => {
    const page = await pageFor(true);

    expect(page).toContain("the plans started here are next year’s");
    expect(page).toContain("Start next year's plan from this one");
  });

  it("just after a close: this year's own, and no button promises next year's", async () => {
    const page = await pageFor(false);

    expect(page).toContain("the plans started here are this year’s");
    expect(page).toContain("Start a new plan from this one");
    expect(page).not.toContain("next year's plan");
  });
});

describe("the next-year page's start button", () => {
  it("is there while a student of the class has no open plan", async () => {
    const page = await pageFor(true, { students: 3, open: 2 });

    expect(page).toContain("Start a draft plan for every student of");
  });

  it("gives way to a sentence when every student already has an open plan", async () => {
    const page = await pageFor(true, { students: 3, open: 3 });

    expect(page).not.toContain("Start a draft plan for every student of");
    expect(page).toContain("Every student of this class already has an open plan");
  });

  it("gives way to a sentence when the class has no students", async () => {
    const page = await pageFor(true, { students: 0, open: 0 });

    expect(page).not.toContain("Start a draft plan for every student of");
    expect(page).toContain("This class has no students yet");
  });
});

describe("the next-year page after a start", () => {
  it("says again in its notice which year the plans it started are for", async () => {
    const summary = { started: 2, carried: 1, skipped: 0 };
    const page = await pageFor(true, { students: 2, open: 2 }, summary);

    const notice = page.slice(
      page.indexOf('role="status"'),
      page.indexOf("</p>", page.indexOf('role="status"')),
    );
    expect(notice).toContain("Started 2 (1 carried forward from a closed plan), skipped 0");
    expect(notice).toContain("the plans started here are next year’s");
  });
});
