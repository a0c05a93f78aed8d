import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { issueSignInToken } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import type { RunningApp } from "./browser.ts";

/** A phone's window, for pages students and families mostly open on a phone. */
export const phoneWindow: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
};

/**
 * A page signed in as the person the way people do from an emailed link: open it, press the
 * button, land on `next`. Each page has a browser context of its own, so cookies of its own.
 */
export async function pageSignedInAs(
  session: { running: RunningApp; browser: Browser },
  visit: { personId: string; next: string; window?: BrowserContextOptions },
): Promise<Page> {
  const { running, browser } = session;
  const person = await findPerson(running.deps.db, visit.personId);
  if (!person) throw new Error(`no person ${visit.personId}`);
  const { auth, tokens, db } = running.deps;
  const token = await issueSignInToken({ auth, pickup: tokens, db, person });

  const page = await (await browser.newContext(visit.window ?? {})).newPage();
  const query = new URLSearchParams({ token, next: visit.next });
  await page.goto(`${running.baseUrl}/sign-in/link?${query}`);
  // The page's own button: the header's language picker has buttons too.
  await page.locator("main").getByRole("button").click();
  await page.waitForURL(`${running.baseUrl}${visit.next}`);

  return page;
}
