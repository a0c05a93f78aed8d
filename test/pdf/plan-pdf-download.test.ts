import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addConferenceNote } from "../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { expectAccessible, useRunningAppAndBrowser } from "../support/browser.ts";
import { pageSignedInAs } from "../support/browser-people.ts";
import { actorFor } from "../support/factories.ts";
import { startClassroomPlan } from "../support/plans.ts";
import { pdfText } from "./pdf-tools.ts";

describe("downloading the plan as a PDF in a browser", () => {
  const session = useRunningAppAndBrowser();
  let room: Awaited<ReturnType<typeof startClassroomPlan>>;
  let planId: string;
  beforeAll(async () => {
    const deps = session.running.deps;
    room = await startClassroomPlan(deps);
    planId = room.planId;
    await addStatement(deps, actorFor(room.guardian), planId, {
      section: "strength",
      body: "Sam measures everything when we cook",
    });
    await addConferenceNote(deps, actorFor(room.teacher), planId, {
      prompt: "proud",
      body: "Sam was proud of the bridge project",
    });
  });

  it("a family member downloads the plan from the plan page and from the print layout", async () => {
    const page = await pageSignedInAs(session, {
      personId: room.guardian.id,
      next: `/plans/${planId}`,
      window: { acceptDownloads: true },
    });

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

    await page.goto(`${session.running.baseUrl}/plans/${planId}/print`);
    await expect(
      page.getByRole("link", { name: "Download the plan as a PDF" }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page);
  });
});
