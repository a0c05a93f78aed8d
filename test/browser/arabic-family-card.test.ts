import { describe, expect, it } from "vitest";
import { createSignInCard } from "../../src/domain/sign-in/create-sign-in-card.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { actorFor, createClassroom, createPlan } from "../support/factories.ts";

/*
 * A tester's report: an Arabic-reading family member's card, opened on a phone set to English,
 * greeted them in English; their plan list then showed the school year as 2027-2026.
 */
describe("an Arabic-reading family member's sign-in card, in a browser", () => {
  const session = useRunningAppAndBrowser();

  it("opens in Arabic on an English phone and lists the plan's school year in order", async () => {
    const { db, clock } = session.running.deps;
    const room = await createClassroom(db);
    await createPlan(db, {
      student: room.student,
      schoolId: room.school.id,
      startedBy: room.teacher,
    });
    await db
      .updateTable("people")
      .set({ preferred_locale: "ar" })
      .where("id", "=", room.guardian.id)
      .execute();
    const { token } = await createSignInCard(
      { db, clock },
      actorFor(room.teacher),
      room.guardian.id,
    );
    const context = await session.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();

    await page.goto(`${session.running.baseUrl}/card/${token}`);
    await expect(page.locator("html").getAttribute("dir")).resolves.toBe("rtl");
    await expectAccessible(page);

    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    await page.goto(`${session.running.baseUrl}/my-plans`);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("ar");
    const year = page.locator('.card .hint bdi[dir="ltr"]').first();
    await expect(year.textContent()).resolves.toMatch(/^\d{4}-\d{4}$/);
    await expectAccessible(page);
    await context.close();
  });
});
