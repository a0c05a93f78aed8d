import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContextOptions, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { addDays, dayIn } from "../../src/domain/plans/school-time.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import { translator } from "../../src/i18n/translate.ts";
import { parseCalendar } from "../calendar/parse-calendar.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { actorFor, createClassroom } from "../support/factories.ts";

/*
 * The family's part of a plan meeting, on a phone, in Spanish and in Arabic: the emailed link,
 * the sign-in button, the proposed times in their language, one tap to choose, then a Family
 * Action on the plan. Every page is checked with axe-core.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFolder = path.join(here, "../../test-results");
const timeZone = "America/New_York";

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

const familyActions: Record<string, string> = {
  es: "Los domingos cocinaremos juntos y Sam medirá los ingredientes.",
  ar: "سنطبخ معًا يوم الأحد وسيقيس سام المكونات ويضاعف الوصفة.",
};

describe("a family chooses a meeting time on a phone", () => {
  const session = useRunningAppAndBrowser();

  for (const locale of ["es", "ar"] as const) {
    it(`a family member reading ${locale} signs in from the email and picks a time`, async () => {
      const t = translator(locale);
      const { room, planId } = await proposedMeeting(locale);
      const link = await emailedLink(room.district.id);
      const family = await session.browser
        .newContext({ ...phone, locale })
        .then((context) => context.newPage());

      await family.goto(link);
      await expectAccessible(family);
      await submit(family, family.getByRole("button", { name: t("signIn.confirmButton") }));

      expect(new URL(family.url()).pathname).toBe(`/plans/${planId}/meeting-times`);
      await expect(family.locator("html").getAttribute("lang")).resolves.toBe(locale);
      await expect(family.locator("html").getAttribute("dir")).resolves.toBe(
        locale === "ar" ? "rtl" : "ltr",
      );
      await expect(family.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        t("meetings.title", { studentName: "Sam Example" }),
      );
      const choices = family.locator(".choices button");
      await expect(choices.count()).resolves.toBe(3);
      await expectAccessible(family);
      await family.screenshot({
        path: path.join(resultsFolder, `family-meeting-${locale}-choices.png`),
        fullPage: true,
      });

      await submit(family, choices.nth(1));

      await expect(family.getByRole("status").textContent()).resolves.toBe(
        t("meetings.saved.chosen"),
      );
      await expect(family.locator(".stage").first().textContent()).resolves.toContain(
        t("meetings.status.agreed", { when: "" }).trim(),
      );
      await expectAccessible(family);
      await family.screenshot({
        path: path.join(resultsFolder, `family-meeting-${locale}.png`),
        fullPage: true,
      });
      await expectInvitationInLanguage(room.district.id, room.guardian.id, locale);

      await submit(family, family.getByRole("link", { name: t("meetings.back") }));
      await addFamilyAction(family, locale);
      await family.screenshot({
        path: path.join(resultsFolder, `family-meeting-${locale}-plan.png`),
        fullPage: true,
      });
      await getCalendarAddress(family, locale);
      await family.context().close();
    });
  }

  /** A classroom whose guardian reads the locale, a shared plan and three proposed times. */
  async function proposedMeeting(locale: string) {
    const db = session.running.database.db;
    const room = await createClassroom(db, { timeZone });
    await db
      .updateTable("people")
      .set({ email: `family-${room.guardian.id}@family.example`, preferred_locale: locale })
      .where("id", "=", room.guardian.id)
      .execute();
    await db
      .updateTable("people")
      .set({ given_name: "Sam", family_name: "Example" })
      .where("id", "=", room.student.id)
      .execute();
    const { deps } = session.running;
    const { planId } = await startPlan(deps, actorFor(room.teacher), {
      studentId: room.student.id,
    });
    await db.updateTable("plans").set({ stage: "shared" }).where("id", "=", planId).execute();
    const nextWeek = addDays(dayIn(timeZone, new Date()), 7);
    await proposeMeeting(deps, actorFor(room.teacher), planId, {
      firstTime: `${nextWeek}T08:00`,
      secondTime: `${nextWeek}T16:30`,
      thirdTime: `${addDays(nextWeek, 1)}T12:15`,
      place: "Salón 12",
    });

    return { room, planId };
  }

  /** The sign-in link in the family's email, read from the outbox as a mail program would. */
  async function emailedLink(districtId: string) {
    const email = await session.running.database.db
      .selectFrom("outbox_emails")
      .select("text_body")
      .where("district_id", "=", districtId)
      .where("kind", "=", "meeting.proposed")
      .executeTakeFirstOrThrow();
    const link = /^(http\S+\/sign-in\/link\?\S+)$/m.exec(email.text_body)?.[1];
    if (!link) throw new Error("no sign-in link in the email");

    return link;
  }

  async function expectInvitationInLanguage(districtId: string, personId: string, locale: string) {
    const db = session.running.database.db;
    const person = await db
      .selectFrom("people")
      .select("email")
      .where("id", "=", personId)
      .executeTakeFirstOrThrow();
    const email = await db
      .selectFrom("outbox_emails")
      .selectAll()
      .where("district_id", "=", districtId)
      .where("kind", "=", "meeting.invitation")
      .where("to_address", "=", person.email ?? "")
      .executeTakeFirstOrThrow();
    const calendar = parseCalendar(JSON.parse(email.attachments_json ?? "{}").calendar.content);

    expect(calendar.method).toBe("REQUEST");
    expect(calendar.events[0]?.summary).toBe(
      translator(locale)("meetings.event.summary", { studentName: "Sam Example" }),
    );
    expect(calendar.events[0]?.startWallTime.slice(11)).toBe("16:30");
  }

  async function addFamilyAction(family: Page, locale: string) {
    const t = translator(locale);
    const form = family
      .locator("details.add-form")
      .filter({ has: family.getByText(t("plans.add.familyAction.family"), { exact: true }) });
    await form.locator("summary").click();
    await form
      .getByLabel(t("plans.field.familyAction"), { exact: true })
      .fill(familyActions[locale] ?? "");
    await submit(family, form.getByRole("button", { name: t("plans.add.submit") }));

    await expect(
      family
        .locator(".statement-body")
        .getByText(familyActions[locale] ?? "", { exact: true })
        .count(),
    ).resolves.toBe(1);
    await expectAccessible(family);
  }
});

/** From the plan page to the calendar page, where the family gets its private feed address. */
async function getCalendarAddress(family: Page, locale: string) {
  const t = translator(locale);
  await submit(family, family.getByRole("link", { name: t("calendar.link") }));
  await expectAccessible(family);

  await submit(family, family.getByRole("button", { name: t("calendar.create") }));

  const address = await family.getByLabel(t("calendar.address")).inputValue();
  expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feed = await family.request.get(address);
  expect(feed.status()).toBe(200);
  expect(parseCalendar(await feed.text()).events).toHaveLength(1);
  await expectAccessible(family);
}

async function submit(page: Page, control: Locator) {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await control.click();
  await navigated;
  await page.waitForLoadState();
}
