import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { savePreferredLocale } from "../../src/db/people-store.ts";
import {
  answerField,
  answerIdentity,
  statementsToAnswer,
  wordingField,
} from "../../src/domain/identity/answer-identity.ts";
import { setFamilyConsent } from "../../src/domain/identity/identity-consent.ts";
import {
  readSchoolIdentity,
  rewordIdentityStatement,
} from "../../src/domain/identity/word-identity-statements.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { agreePlan } from "../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../src/domain/plans/close-plan.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";

/*
 * An administrator rewords "I see myself as a math person." between a student's two identity
 * checks. The plan's chart and table, on the page and on paper, tell each answer's words; once
 * the plan is closed, a later rewording changes nothing on it. The program page says which
 * figures mix the words.
 */

const reworded = {
  "text-en": "I think of myself as a math person.",
  "text-es": "Me considero una persona de matemáticas.",
  "text-ar": "أعتبر نفسي شخصًا يحب الرياضيات.",
};
const askedFirst = "asked as “I see myself as a math person”";
const givenFirst = `2 · Disagree / ${askedFirst}`;

describe("an identity statement reworded between a student's answers, in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let statementId = "";

  beforeAll(async () => {
    const deps = session.running.deps;
    room = await startClassroomPlan(deps);
    await answerEveryStatement("2");
    // The plan-start answers were given two weeks before the check-in's.
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

    const admin = actorFor(room.administrator);
    const { statements } = await readSchoolIdentity(deps, admin, room.school.id);
    statementId = statements[0]?.id ?? "";
    await rewordIdentityStatement(deps, admin, statementId, reworded);
    await answerEveryStatement("4");
  });

  async function answerEveryStatement(level: string) {
    const deps = session.running.deps;
    const plan = { district_id: room.district.id, school_id: room.school.id };
    const statements = await statementsToAnswer(deps, plan, "en");
    const input = Object.fromEntries(
      statements.flatMap((statement) => [
        [answerField(statement.id), level],
        [wordingField(statement.id), String(statement.wordingVersion)],
      ]),
    );
    await answerIdentity(deps, actorFor(room.student), room.planId, input);
  }

  const firstColumn = (page: Page, selector: string) =>
    page.locator(`${selector} table.identity-table`).evaluate((table) => ({
      heading: table.querySelectorAll("thead th")[1]?.textContent?.trim() ?? "",
      // An answer, then on its own line the words it was given to, when they differ.
      cells: Array.from(table.querySelectorAll("tbody tr"), (row) =>
        Array.from(row.querySelector("td")?.childNodes ?? [])
          .map((part) => part.textContent?.trim())
          .filter(Boolean)
          .join(" / "),
      ),
    }));

  it("the teacher sees the words each answer was given to, on the page and in print", async () => {
    const teacher = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: `/plans/${room.planId}`,
    });

    await expect(firstColumn(teacher, "#identity")).resolves.toEqual({
      heading: reworded["text-en"],
      cells: [givenFirst, "4 · Agree"],
    });
    const key = teacher.locator("#identity .identity-key li").first();
    await expect(key.textContent()).resolves.toContain(
      "Reworded since some answers: the table shows the words each was given to.",
    );
    await expectAccessible(teacher);

    await teacher.goto(`${session.running.baseUrl}/plans/${room.planId}/print`);
    await expect(firstColumn(teacher, "main")).resolves.toMatchObject({
      cells: [givenFirst, "4 · Agree"],
    });
    await expectAccessible(teacher);
  }, 120_000);

  it("a family reading in Arabic sees the Arabic words of each answer", async () => {
    const deps = session.running.deps;
    await setFamilyConsent(deps, actorFor(room.student), room.planId, { familyMaySee: "yes" });
    await savePreferredLocale(deps.db, room.guardian.id, "ar");
    const family = await pageSignedInAs(session, {
      personId: room.guardian.id,
      next: `/plans/${room.planId}`,
    });

    const column = await firstColumn(family, "#identity");
    expect(column.heading).toBe(reworded["text-ar"]);
    expect(column.cells[0]).toContain("طُرحت بصيغة «أرى نفسي شخصًا يحب الرياضيات ويجيدها»");
    await expectAccessible(family);
  }, 120_000);

  it("the program page says which figures mix the earlier words with the new", async () => {
    const admin = await pageSignedInAs(session, {
      personId: room.administrator.id,
      next: "/program",
    });

    const row = admin.locator("#identity-table tbody tr").first();
    await expect(row.locator("th").textContent()).resolves.toBe(
      `${reworded["text-en"]}Reworded meanwhile: 1 student answered earlier words.`,
    );
    await expect(
      row.locator("th .asked-as").evaluate((note) => getComputedStyle(note).display),
    ).resolves.toBe("block");
    await expectAccessible(admin);
  }, 120_000);

  it("a closed plan keeps its words when the statement is reworded again", async () => {
    const deps = session.running.deps;
    await closePlan(deps, actorFor(room.teacher), room.planId);
    await rewordIdentityStatement(deps, actorFor(room.administrator), statementId, {
      "text-en": "Math is something I am good at.",
    });
    const teacher = await pageSignedInAs(session, {
      personId: room.teacher.id,
      next: `/plans/${room.planId}`,
    });

    await expect(firstColumn(teacher, "#identity")).resolves.toEqual({
      heading: reworded["text-en"],
      cells: [givenFirst, "4 · Agree"],
    });
    await expectAccessible(teacher);
  }, 120_000);
});
