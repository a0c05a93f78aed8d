import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { withdrawMeetingTimes } from "../../src/domain/meetings/withdraw-meeting-times.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * A teacher and a family working on one plan at the same time, each in their own browser: what
 * one of them answers or chooses may be gone by the time they press the button. They are told
 * what happened, keep their words and find their way back. And Back after a save never puts the
 * saved words into the form again, ready to be saved twice.
 */

/** A day this many days from now, as a meeting form's wall-clock time at four in the afternoon. */
function daysFromNow(days: number) {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);

  return `${day.toISOString().slice(0, 10)}T16:00`;
}

describe("a plan changed in another session while someone writes or chooses", () => {
  const session = useRunningAppAndBrowser();
  const deps = () => session.running.deps;

  async function planWithFamilyStrength() {
    const room = await startClassroomPlan(deps());
    const strength = "Sam doubles recipes in the kitchen";
    await addStatement(deps(), actorFor(room.guardian), room.planId, {
      section: "strength",
      body: strength,
    });

    return { ...room, strength, planPath: `/plans/${room.planId}` };
  }

  const signedIn = (personId: string, next: string) => pageSignedInAs(session, { personId, next });

  /** The item of the plan page that holds these words. */
  const statementOf = (page: Page, words: string) =>
    page.locator("li.statement", { has: page.locator(".statement-body", { hasText: words }) });

  it("a teacher's comment on a strength the family removed meanwhile is kept to copy", async () => {
    const room = await planWithFamilyStrength();
    const teacher = await signedIn(room.teacher.id, room.planPath);
    const family = await signedIn(room.guardian.id, room.planPath);
    const strength = statementOf(teacher, room.strength);
    await strength.getByText("Comment on this", { exact: true }).click();
    const comment = "How do you double a recipe that uses thirds?";
    await strength.getByLabel("Your comment on this").fill(comment);

    await statementOf(family, room.strength).getByRole("button", { name: "Remove" }).click();
    await family.waitForURL(/saved=retired/);
    await strength.getByRole("button", { name: "Post comment" }).click();

    await expect(teacher.getByRole("alert").textContent()).resolves.toContain(
      "This strength was removed by Gloria Example while you were writing.",
    );
    await expect(teacher.getByText("We could not find that page").count()).resolves.toBe(0);
    const typed = teacher.getByLabel("Comment", { exact: true });
    await expect(typed.inputValue()).resolves.toBe(comment);
    await expect(typed.getAttribute("readonly")).resolves.not.toBeNull();
    await expectAccessible(teacher);
    await teacher.getByRole("link", { name: "Back to the page you were writing on" }).click();
    await teacher.waitForURL(`${session.running.baseUrl}${room.planPath}`);
  });

  it("a family member removing a strength again from an older tab lands on the plan", async () => {
    const room = await planWithFamilyStrength();
    const first = await signedIn(room.guardian.id, room.planPath);
    const second = await first.context().newPage();
    await second.goto(`${session.running.baseUrl}${room.planPath}`);

    await statementOf(first, room.strength).getByRole("button", { name: "Remove" }).click();
    await first.waitForURL(/saved=retired/);
    await statementOf(second, room.strength).getByRole("button", { name: "Remove" }).click();

    await second.waitForURL(/saved=alreadyRetired/);
    await expect(second.getByRole("status").first().textContent()).resolves.toBe(
      "That was already removed from the plan, so nothing changed.",
    );
    await expect(statementOf(second, room.strength).count()).resolves.toBe(0);
    await expectAccessible(second);
  });

  it("a family choosing a meeting time the teacher just withdrew is told so", async () => {
    const room = await planWithFamilyStrength();
    const { proposalId } = await proposeMeeting(deps(), actorFor(room.teacher), room.planId, {
      firstTime: daysFromNow(10),
      secondTime: daysFromNow(11),
      place: "Room 12",
    });
    const family = await signedIn(room.guardian.id, `${room.planPath}/meeting-times`);
    // With times open, the family is asked plainly to choose one.
    await expect(family.locator("main").textContent()).resolves.toMatch(
      /Choose the time that suits your family, or ask for another one\./,
    );
    await expect(
      family.getByRole("heading", { name: "Which time works for you?" }).count(),
    ).resolves.toBe(1);
    await withdrawMeetingTimes(deps(), actorFor(room.teacher), room.planId, proposalId);

    await family
      .getByRole("button", { name: /^Choose / })
      .first()
      .click();

    await expect(family.getByRole("alert").textContent()).resolves.toContain(
      "These meeting times were withdrawn while you were choosing, so no time was chosen. Any " +
        "times proposed since then are listed below.",
    );
    await expect(family.getByRole("button", { name: /^Choose / }).count()).resolves.toBe(0);
    await expectAccessible(family);
    await family.getByRole("link", { name: "Back to the plan" }).click();
    await family.waitForURL(`${session.running.baseUrl}${room.planPath}`);
  });

  it("Back after saving a strength shows an empty form, so it is never saved twice", async () => {
    const room = await planWithFamilyStrength();
    const family = await signedIn(room.guardian.id, room.planPath);
    const words = "Sam reads the bus timetable for the whole family";
    const form = family.locator("form[data-draft='add-strength']");
    await family.getByText("Add a strength we see at home").click();
    await form.getByLabel("Strength").fill(words);
    await form.getByRole("button", { name: "Add to the plan" }).click();
    await family.waitForURL(/saved=statement/);

    await family.goBack();
    await family.waitForURL(`${session.running.baseUrl}${room.planPath}`);
    await family.getByText("Add a strength we see at home").click();
    await expect(form.getByLabel("Strength").inputValue()).resolves.toBe("");
    await form.getByRole("button", { name: "Add to the plan" }).click();

    await expect(family.getByRole("alert").textContent()).resolves.toContain("Please fill in");
    await expect(statementOf(family, words).count()).resolves.toBe(1);
    await expectAccessible(family);
  });
});
