import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectAccessible,
  launchBrowser,
  type RunningApp,
  startRunningApp,
} from "../support/browser.ts";

describe("a page that does not exist", () => {
  let running: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    running = await startRunningApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it("tells a visitor plainly that it was not found, with a way back", async () => {
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`${running.baseUrl}/no-such-page`);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("could not find");
    await expectAccessible(page);
  });
});
