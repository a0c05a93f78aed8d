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

function viewOfClass(forNextYear: boolean): NextYearView {
  return {
    classes: [{ id: "class-1", title: "Math 7 - A", schoolName: "Lakeside" }] as never,
    schools: [],
    school: null,
    schoolUnknown: false,
    chosen: {
      id: "class-1",
      title: "Math 7 - A",
      students: 2,
      withOpenPlan: 0,
      forNextYear,
      closedPlans: [{ planId: "plan-1", student: "Eli Pupil", closedOn: "2026-06-20" }],
    },
  };
}

async function pageFor(forNextYear: boolean) {
  const t = translator("en");
  const view = viewOfClass(forNextYear);
  const page = await nextYearPage({ t, locale: "en", actor: administrator, view, summary: null });
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
