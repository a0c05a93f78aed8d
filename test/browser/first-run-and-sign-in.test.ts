import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ensureAuthUser, setPassword } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import {
  createAdministrator,
  createClass,
  createDistrict,
  createSchool,
  createStudent,
  enroll,
} from "../support/factories.ts";

/** Each walk scans six to nine pages with axe-core, which takes long on a busy two-core machine. */
const walkTimeout = 180_000;

/** A page that records any Content Security Policy refusal, which would break it in use. */
async function newPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refusals.push(message.text());
  });

  return { page, refusals };
}

async function fillSetup(page: Page, password: string, again = password) {
  await page.getByLabel("School name").fill("Lincoln Elementary");
  await page.getByLabel("Time zone").selectOption("America/Chicago");
  await page.getByLabel("Given name").fill("Renée");
  await page.getByLabel("Family name").fill("Okafor");
  await page.getByLabel("Email").fill("renee@lincoln.example");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password again").fill(again);
}

describe("a school's first run, in a browser", () => {
  const session = useRunningAppAndBrowser();

  it(
    "an administrator sets up the school, signs out and signs in again, accessibly",
    async () => {
      const { page, refusals } = await newPage(session.browser);

      await page.goto(`${session.running.baseUrl}/`);
      expect(new URL(page.url()).pathname).toBe("/setup");
      await expectAccessible(page);

      // The browser itself refuses a short password (minlength); the server says what differs.
      await fillSetup(page, "counting on all of us", "counting on some of us");
      await page.getByRole("button", { name: "Create the school" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain(
        "The two passwords are not the same.",
      );
      await expectAccessible(page);

      await fillSetup(page, "counting on all of us");
      await page.getByRole("button", { name: "Create the school" }).click();
      expect(new URL(page.url()).pathname).toBe("/school");
      await expectAccessible(page);

      await page
        .getByLabel("Math Vision", { exact: true })
        .fill("We notice patterns.\nWe explain why.");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("saved");
      await expectAccessible(page);

      await page.getByRole("button", { name: "Sign out" }).click();
      await expectAccessible(page);
      await page.getByRole("link", { name: "Sign in" }).first().click();
      await expectAccessible(page);

      const passwordForm = page.locator('form[action="/sign-in"]');
      await passwordForm.getByLabel("Email").fill("renee@lincoln.example");
      await passwordForm.getByLabel("Password").fill("not my password");
      await passwordForm.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("do not match");
      await expectAccessible(page);

      await passwordForm.getByLabel("Password").fill("counting on all of us");
      await passwordForm.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator(".signed-in").textContent()).resolves.toContain("Renée Okafor");
      expect(refusals).toEqual([]);
    },
    walkTimeout,
  );
});

describe("sign-in links and sign-in cards, in a browser", () => {
  const session = useRunningAppAndBrowser();

  it(
    "a student signs in with an emailed link and with a printed card, accessibly",
    async () => {
      const { db, auth } = session.running.deps;
      const district = await createDistrict(db);
      const school = await createSchool(db, { districtId: district.id });
      const inSchool = { districtId: district.id, schoolId: school.id };
      const admin = await createAdministrator(db, { ...inSchool, email: "ada@school.example" });
      const adminRow = await findPerson(db, admin.id);
      if (!adminRow) throw new Error("the administrator was not written");
      await setPassword(auth, await ensureAuthUser(auth, db, adminRow), "counting on all of us");
      const klass = await createClass(db, inSchool);
      const student = await createStudent(db, {
        ...inSchool,
        givenName: "Minh Anh",
        email: "minhanh@student.example",
      });
      await enroll(db, { classId: klass.id, person: student, role: "student" });
      const { page, refusals } = await newPage(session.browser);

      await page.goto(`${session.running.baseUrl}/sign-in`);
      const linkForm = page.locator('form[action="/sign-in/link-request"]');
      await linkForm.getByLabel("Email").fill("minhanh@student.example");
      await linkForm.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expectAccessible(page);

      const email = await db.selectFrom("outbox_emails").selectAll().executeTakeFirstOrThrow();
      const link = /https?:\/\/\S+\/sign-in\/link\?token=\S+/.exec(email.text_body)?.[0] ?? "";
      await page.goto(link);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Sign in" }).click();
      expect(new URL(page.url()).pathname).toBe("/my-plans");
      await expectAccessible(page);

      await page.goto(link);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
        "does not work any more",
      );
      await expectAccessible(page);

      const staff = await newPage(session.browser);
      await staff.page.goto(`${session.running.baseUrl}/sign-in`);
      const passwordForm = staff.page.locator('form[action="/sign-in"]');
      await passwordForm.getByLabel("Email").fill("ada@school.example");
      await passwordForm.getByLabel("Password").fill("counting on all of us");
      await passwordForm.getByRole("button", { name: "Sign in" }).click();
      await staff.page.goto(`${session.running.baseUrl}/people/${student.id}/card`);
      await expectAccessible(staff.page);
      await staff.page.getByRole("button", { name: "Make a sign-in card" }).click();
      await expect(
        staff.page
          .getByRole("img", { name: "QR code that opens the sign-in link for Minh Anh" })
          .count(),
      ).resolves.toBe(1);
      await expectAccessible(staff.page);
      await staff.page.evaluate(() => {
        window.print = () => document.body.setAttribute("data-printed", "yes");
      });
      await staff.page.getByRole("button", { name: "Print" }).click();
      await expect(staff.page.locator("body").getAttribute("data-printed")).resolves.toBe("yes");
      const cardLink = (await staff.page.locator(".card-link a").textContent()) ?? "";

      const holder = await newPage(session.browser);
      await holder.page.goto(cardLink);
      await expectAccessible(holder.page);
      await holder.page.getByRole("button", { name: "Sign in" }).click();
      await expect(holder.page.locator(".signed-in").textContent()).resolves.toContain("Minh Anh");

      await staff.page.goto(`${session.running.baseUrl}/people/${student.id}/card`);
      await staff.page.getByRole("button", { name: "Stop the card working" }).click();
      await expectAccessible(staff.page);
      await holder.page.goto(cardLink);
      await expect(holder.page.getByRole("alert").textContent()).resolves.toContain(
        "ask your teacher",
      );
      await expectAccessible(holder.page);
      expect([...refusals, ...staff.refusals, ...holder.refusals]).toEqual([]);
    },
    walkTimeout,
  );
});

describe("the demo school, in a browser", () => {
  const session = useRunningAppAndBrowser();

  it(
    "a visitor loads the demo and explores it as a family member, accessibly",
    async () => {
      const { page, refusals } = await newPage(session.browser);

      await page.goto(`${session.running.baseUrl}/setup`);
      await page.getByRole("button", { name: "Load a demo school to explore" }).click();
      expect(new URL(page.url()).pathname).toBe("/demo");
      await expectAccessible(page);

      await page.getByRole("button", { name: "Sign in as María Hernández" }).click();
      expect(new URL(page.url()).pathname).toBe("/my-plans");
      await expect(page.getByRole("heading", { level: 2 }).textContent()).resolves.toContain(
        "Lucía Hernández",
      );
      await expectAccessible(page);

      await page.getByRole("button", { name: "Sign out" }).click();
      await expectAccessible(page);
      expect(refusals).toEqual([]);
    },
    walkTimeout,
  );
});
