import { describe, expect, it } from "vitest";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";

describe("a page that does not exist", () => {
  const session = useRunningAppAndBrowser();

  it("tells a visitor plainly that it was not found, with a way back", async () => {
    const page = await (await session.browser.newContext()).newPage();
    const response = await page.goto(`${session.running.baseUrl}/no-such-page`);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("could not find");
    await expectAccessible(page);
  });
});
