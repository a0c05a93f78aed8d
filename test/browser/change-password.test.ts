import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ensureAuthUser, setPassword } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { createAdministrator, createDistrict, createSchool } from "../support/factories.ts";

/** The walk scans about a dozen pages with axe-core, which takes long on a busy machine. */
const walkTimeout = 240_000;

const address = "renee@lincoln.example";
const first = "counting on all of us";
const second = "patterns we can explain";
const third = "a sentence I will remember";

/** A page that records any Content Security Policy refusal, which would break it in use. */
async function newPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refusals.push(message.text());
  });

  return { page, refusals };
}

async function signIn(page: Page, baseUrl: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  const passwordForm = page.locator('form[action="/sign-in"]');
  await passwordForm.getByLabel("Email").fill(address);
  await passwordForm.getByLabel("Password").fill(password);
  await passwordForm.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
}

describe("an administrator's password, in a browser", () => {
  const session = useRunningAppAndBrowser();

  it(
    "an administrator changes their password, then sets a forgotten one from an emailed link",
    async () => {
      const { db, auth } = session.running.deps;
      const { baseUrl } = session.running;
      const district = await createDistrict(db);
      const school = await createSchool(db, { districtId: district.id });
      const admin = await createAdministrator(db, {
        districtId: district.id,
        schoolId: school.id,
        givenName: "Renée",
        email: address,
      });
      const adminRow = await findPerson(db, admin.id);
      if (!adminRow) throw new Error("the administrator was not written");
      await setPassword(auth, await ensureAuthUser(auth, db, adminRow), first);
      const { page, refusals } = await newPage(session.browser);

      await signIn(page, baseUrl, first);
      await page.locator(".signed-in").click();
      expect(new URL(page.url()).pathname).toBe("/account");
      await expectAccessible(page);

      const change = page.locator('form[action="/account/password"]');
      await change.getByLabel("Current password").fill("not my password");
      await change.getByLabel("New password", { exact: true }).fill(second);
      await change.getByLabel("New password again").fill(second);
      await change.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain(
        "That is not your current password.",
      );
      await expectAccessible(page);

      await change.getByLabel("Current password").fill(first);
      await change.getByLabel("New password", { exact: true }).fill(second);
      await change.getByLabel("New password again").fill(second);
      await change.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain(
        "Your password is changed.",
      );
      await expectAccessible(page);

      await signOut(page);
      await signIn(page, baseUrl, first);
      await expect(page.getByRole("alert").textContent()).resolves.toContain("do not match");
      await expectAccessible(page);
      await signIn(page, baseUrl, second);
      await expect(page.locator(".signed-in").textContent()).resolves.toContain("Renée");

      // Forgot it: an emailed link signs in, and the account page offers a new password.
      await signOut(page);
      await page.goto(`${baseUrl}/sign-in`);
      await expect(page.getByText("Forgot your password?").count()).resolves.toBe(1);
      const linkForm = page.locator('form[action="/sign-in/link-request"]');
      await linkForm.getByLabel("Email").fill(address);
      await linkForm.getByRole("button", { name: "Email me a sign-in link" }).click();
      const email = await db.selectFrom("outbox_emails").selectAll().executeTakeFirstOrThrow();
      const link = /https?:\/\/\S+\/sign-in\/link\?token=\S+/.exec(email.text_body)?.[0] ?? "";
      await page.goto(link);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.goto(`${baseUrl}/account`);
      await expect(page.getByRole("heading", { name: "Set a new password" }).count()).resolves.toBe(
        1,
      );
      await expectAccessible(page);

      const reset = page.locator('form[action="/account/password/reset"]');
      await reset.getByLabel("New password", { exact: true }).fill(third);
      await reset.getByLabel("New password again").fill(`${third}!`);
      await reset.getByRole("button", { name: "Set the new password" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain(
        "The two new passwords are not the same.",
      );
      await expectAccessible(page);

      await reset.getByLabel("New password", { exact: true }).fill(third);
      await reset.getByLabel("New password again").fill(third);
      await reset.getByRole("button", { name: "Set the new password" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain(
        "Your password is changed.",
      );
      await expect(page.getByRole("heading", { name: "Set a new password" }).count()).resolves.toBe(
        0,
      );
      await expectAccessible(page);

      await signOut(page);
      await signIn(page, baseUrl, second);
      await expect(page.getByRole("alert").textContent()).resolves.toContain("do not match");
      await signIn(page, baseUrl, third);
      await expect(page.locator(".signed-in").textContent()).resolves.toContain("Renée");
      expect(refusals).toEqual([]);
    },
    walkTimeout,
  );
});
