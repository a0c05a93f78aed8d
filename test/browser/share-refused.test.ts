import { describe, expect, it } from "vitest";
import { addSchoolWithPlan } from "../mail/school-fixture.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";

/*
 * A tester's report: a share the outbox refused answered with the same form and no message. The
 * teacher must read why, on a page anyone can use.
 */
describe("a share that cannot go out, in a browser", () => {
  const session = useRunningAppAndBrowser();

  it("a teacher whose share is refused reads why, and the plan stays unshared", async () => {
    const { db } = session.running.deps;
    const school = await addSchoolWithPlan(db);
    // A name longer than a mail header takes: the outbox refuses the email.
    await db
      .updateTable("people")
      .set({ given_name: `Thị Hoa ${"Nguyễn ".repeat(40)}`.trim() })
      .where("id", "=", school.guardianId)
      .execute();
    const page = await pageSignedInAs(session, {
      personId: school.teacherId,
      next: `/plans/${school.planId}/share`,
    });
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send the plan by email" }).click();

    const alert = page.getByRole("alert");
    await expect(alert.textContent()).resolves.toContain("The plan was not sent to anyone");
    await expect(alert.textContent()).resolves.toContain("ask an administrator");
    await expect(
      page.getByRole("button", { name: "Send the plan by email" }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
    const plan = await db
      .selectFrom("plans")
      .select("stage")
      .where("id", "=", school.planId)
      .executeTakeFirstOrThrow();
    expect(plan.stage).toBe("draft");
  });

  it("a teacher chooses the language of a family member's email with the keyboard", async () => {
    const { db } = session.running.deps;
    const school = await addSchoolWithPlan(db);
    const page = await pageSignedInAs(session, {
      personId: school.teacherId,
      next: `/plans/${school.planId}/share`,
    });

    const language = page.getByLabel(/Language for Thị Hoa Nguyễn/);
    await expect(language.inputValue()).resolves.toBe("vi");
    await language.selectOption("es");
    await page.getByRole("button", { name: "Send the plan by email" }).click();

    await expect(page.getByRole("status").textContent()).resolves.toContain("1 family member");
    await expectAccessible(page);
    const email = await db
      .selectFrom("outbox_emails")
      .select("html_body")
      .where("to_address", "=", "hoa.nguyen@family.example")
      .executeTakeFirstOrThrow();
    expect(email.html_body).toContain('<html lang="es"');
  });
});
