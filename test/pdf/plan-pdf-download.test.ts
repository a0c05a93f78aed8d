import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSignInToken } from "../../src/auth/accounts.ts";
import { findPerson } from "../../src/db/people-store.ts";
import { addConferenceNote } from "../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import {
  expectAccessible,
  launchBrowser,
  type RunningApp,
  startRunningApp,
} from "../support/browser.ts";
import { actorFor, createClassroom } from "../support/factories.ts";
import { pdfText } from "./pdf-tools.ts";

describe("downloading the plan as a PDF in a browser", () => {
  let running: RunningApp;
  let browser: Browser;
  let room: Awaited<ReturnType<typeof createClassroom>>;
  let planId: string;
  beforeAll(async () => {
    running = await startRunningApp();
    browser = await launchBrowser();
    room = await createClassroom(running.deps.db);
    const deps = running.deps;
    ({ planId } = await startPlan(deps, actorFor(room.teacher), { studentId: room.student.id }));
    await addStatement(deps, actorFor(room.guardian), planId, {
      section: "strength",
      body: "Sam measures everything when we cook",
    });
    await addConferenceNote(deps, actorFor(room.teacher), planId, {
      prompt: "proud",
      body: "Sam was proud of the bridge project",
    });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it("a family member downloads the plan from the plan page and from the print layout", async () => {
    const person = await findPerson(running.deps.db, room.guardian.id);
    if (!person) throw new Error("no guardian");
    const { auth, tokens, db } = running.deps;
    const token = await issueSignInToken({ auth, pickup: tokens, db, person });
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    const next = `/plans/${planId}`;
    await page.goto(`${running.baseUrl}/sign-in/link?${new URLSearchParams({ token, next })}`);
    await page.getByRole("button").click();
    await page.waitForURL(`${running.baseUrl}${next}`);

    const link = page.getByRole("link", { name: "Download the plan as a PDF" });
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/pdf/plan-page-download-link.png" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^Math Action Plan - Sam .*\.pdf$/);
    const saved = path.resolve("test-results/pdf/downloaded-by-family.pdf");
    await download.saveAs(saved);
    const text = pdfText(readFileSync(saved));
    expect(text).toContain("Sam measures everything when we cook");
    expect(text).not.toContain("Sam was proud of the bridge project");

    await page.goto(`${running.baseUrl}/plans/${planId}/print`);
    await expect(
      page.getByRole("link", { name: "Download the plan as a PDF" }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
  });
});
