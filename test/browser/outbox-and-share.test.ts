import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/translate.ts";
import { createLogger } from "../../src/logger.ts";
import { enqueueEmail } from "../../src/mail/outbox.ts";
import { sendDueEmails } from "../../src/mail/send-outbox.ts";
import { planSharedEmail } from "../../src/mail/templates/plan-shared.ts";
import { addSchoolWithPlan } from "../mail/school-fixture.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";

describe("sharing a plan and reading Sent mail in a browser", () => {
  const session = useRunningAppAndBrowser();

  /** Signs the person in the way a family member does: open a link, press the button. */
  const signedInPage = (personId: string, next: string) =>
    pageSignedInAs(session, { personId, next });

  it("a teacher chooses the family and sends the plan, on a page anyone can use", async () => {
    const school = await addSchoolWithPlan(session.running.deps.db);
    const page = await signedInPage(school.teacherId, `/plans/${school.planId}/share`);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send the plan by email" }).click();

    await expect(page.getByRole("status").textContent()).resolves.toContain("1 family member");
    await expectAccessible(page);
  });

  it("an administrator reads a kept email whose scripts cannot run", async () => {
    const school = await addSchoolWithPlan(session.running.deps.db);
    const hostile =
      "<!doctype html><html lang='en'><head><title>Plan</title></head><body>" +
      "<h1>Linh’s plan</h1><script>document.write('<p>script ran</p>')</script></body></html>";
    const emailId = await enqueueEmail(session.running.deps.db, {
      districtId: school.districtId,
      kind: "plan.shared",
      to: { address: "hoa.nguyen@family.example", name: "Nguyễn, Thị Hoa" },
      subject: "Linh’s Math Action Plan",
      text: "Open the plan:\nhttp://localhost/sign-in/link?token=t&next=%2F",
      html: hostile,
    });
    const { db, config, clock } = session.running.deps;
    await sendDueEmails({ db, config, clock, log: createLogger("silent") });

    const page = await signedInPage(school.administratorId, "/outbox");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Linh’s Math Action Plan", exact: true }).click();
    await page.waitForURL(`${session.running.baseUrl}/outbox/${emailId}`);

    const frame = page.frameLocator("iframe.email-frame");
    await expect(frame.getByRole("heading", { name: "Linh’s plan" }).isVisible()).resolves.toBe(
      true,
    );
    await expect(frame.getByText("script ran").count()).resolves.toBe(0);
    await expectAccessibleAround(page, "iframe.email-frame");
  });

  it("the email a family member receives reads well with a screen reader", async () => {
    const email = await planSharedEmail("vi", {
      guardianName: "Thị Hoa Nguyễn",
      studentName: "Linh Nguyễn",
      teacherName: "Rosa Rivera",
      schoolName: "Trường Tiểu học Sông Hồng",
      mathVision: "Every student sees themself as a mathematician.",
      strengths: [{ body: "I spot patterns in numbers", voice: "student" }],
      areas: [{ body: "Adding fractions", voice: "teacher", helpedBy: ["I spot patterns"] }],
      link: `${session.running.baseUrl}/sign-in/link?token=t&next=%2F`,
      linkLifetimeHours: 72,
    });
    const page = await (await session.browser.newContext()).newPage();

    await page.setContent(email.html);

    await expect(
      page
        .getByRole("link", {
          name: translator("vi")("mail.planShared.open", { studentName: "Linh Nguyễn" }),
        })
        .isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page);
  });
});

/**
 * Checks a page apart from one frame. axe cannot run inside a frame that may run no script
 * (it waits for itself there in vain), so the email in it is checked on its own above.
 */
async function expectAccessibleAround(page: Page, frameSelector: string) {
  const results = await new AxeBuilder({ page }).exclude(frameSelector).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );

  expect(found, `accessibility violations on ${page.url()}`).toEqual([]);
}
