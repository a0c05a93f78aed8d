import { beforeAll, describe, expect, it } from "vitest";
import {
  type ProgramSchool,
  seedProgramSchool,
  statement,
} from "../domain/program/program-school.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";

describe("next year's plans when the current year is closed, in a browser", () => {
  const session = useRunningAppAndBrowser();
  let school: ProgramSchool;
  beforeAll(async () => {
    school = await seedProgramSchool(session.running.deps.db);
    await statement(session.running.deps.db, {
      planId: school.plans.b1,
      author: school.students.b1,
      voice: "student",
    });
  });

  it("a plan carried forward before the close stays open and becomes the new year's", async () => {
    const teacher = await pageSignedInAs(session, {
      personId: school.ben.id,
      next: `/program/next-year?class=${school.classB.id}`,
    });
    await expect(
      teacher.getByText("the plans started here are next year’s", { exact: false }).count(),
    ).resolves.toBe(1);
    await teacher.getByRole("button", { name: /from this one\s+for Eli Pupil/ }).click();
    await teacher.waitForURL(/\/plans\/[^/]+\?saved=started/);
    const planPath = new URL(teacher.url()).pathname;
    await expect(teacher.locator(".statement").first().textContent()).resolves.toMatch(
      /Carried forward from the plan closed on/,
    );
    await expectAccessible(teacher);

    const admin = await pageSignedInAs(session, {
      personId: school.administrator.id,
      next: "/school-year",
    });
    await expectAccessible(admin);
    await admin.getByLabel("Name of the year").fill("2026-2028");
    await admin.getByLabel("I understand that every plan of this year becomes read only").check();
    await admin.getByRole("button", { name: "Close the school year" }).click();
    await admin.waitForLoadState();
    await expect(admin.getByRole("alert").textContent()).resolves.toContain(
      "the second year must be the one after the first",
    );
    await expectAccessible(admin);
    await admin.getByLabel("Name of the year").fill("2026–2027");
    await admin.getByLabel("I understand that every plan of this year becomes read only").check();
    await admin.getByRole("button", { name: "Close the school year" }).click();
    await admin.waitForURL(/closed=/);
    await expect(admin.getByRole("status").textContent()).resolves.toContain("is closed");
    await expectAccessible(admin);

    await teacher.goto(`${session.running.baseUrl}${planPath}`);
    await expect(
      teacher.getByText("This plan belongs to a closed school year.").count(),
    ).resolves.toBe(0);
    await expect(teacher.locator(`form[action^="${planPath}/"]`).count()).resolves.toBeGreaterThan(
      0,
    );
    await expectAccessible(teacher);
  });
});
