import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { plans } from "../../src/i18n/en/plans.ts";
import { translator } from "../../src/i18n/translate.ts";

const everyValue = {
  name: "Ana",
  section: "area",
  count: 2,
  day: "Mar 24, 2025",
  when: "Mar 12, 2025, 3:30 PM",
  max: 500,
  stage: "Draft",
  progress: "Done",
  place: "Room 4",
  names: "Ana, Luis",
  role: "family",
  action: "Practice",
  zone: "America/New_York",
  field: "Strength",
  language: "Spanish",
  date: "Mar 7, 2025",
  classes: 3,
  words: "Math 7",
};

describe("the words of the plan pages", () => {
  it.each(Object.entries(plans))("%s reads as a complete sentence", (_key, source) => {
    const text = String(new IntlMessageFormat(source, "en").format(everyValue));

    expect(text).not.toMatch(/[{}]/);
    expect(text.trim()).not.toBe("");
  });

  it("a history entry names the part of the plan that changed", () => {
    const t = translator("en");

    expect(t("plans.event.statementEdited", { name: "Luis", section: "family_action" })).toBe(
      "Luis changed the words of a family action.",
    );
    expect(
      t("plans.event.checkInRecorded", { name: "Ms. Okafor", count: 1, day: "Apr 7, 2025" }),
    ).toBe("Ms. Okafor recorded a check-in with progress on 1 action. Next check-in: Apr 7, 2025.");
  });
});
