import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/translate.ts";
import type { EmailParts } from "../../../src/mail/outbox.ts";
import { planPdfFileName } from "../../../src/pdf/plan-file-name.ts";
import { addSchoolWithPlan } from "../../mail/school-fixture.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";

/*
 * A tester's report: sharing the plan of "Ana María García/López" (or of a name holding a script
 * tag) answered 422 with the same form and no message, and nothing was queued or logged. The
 * attachment's file name held a "/", which the outbox refuses.
 */

const share = (guardianId: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ guardianIds: guardianId }).toString(),
});

/** A page's text without the marks that set names apart (<bdi>, isolates). */
const plain = (page: string) => page.replace(/<\/?bdi>/g, "").replace(/[\u2066-\u2069]/g, "");

/** The app with its log kept, to read what a refused share wrote. */
async function appWithLog(dialect: (typeof dialects)[number]) {
  const lines: string[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => lines.push(line) });

  return { testApp: await createTestApp(dialect, { log }), lines };
}

async function renameStudent(testApp: TestApp, studentId: string, familyName: string) {
  await testApp.db
    .updateTable("people")
    .set({ given_name: "Ana María", family_name: familyName })
    .where("id", "=", studentId)
    .execute();
}

describe.each(dialects)("a share that fails says so, on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it.each([
    ["García/López", "Ana María García-López"],
    ["<script>alert(1)</script>", "Ana María script-alert(1)-script"],
  ])("a student named %s gets her plan shared, its PDF safely named", async (family, shown) => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    await renameStudent(testApp, school.studentId, family);
    const cookie = await testApp.cookieFor(school.teacherId);

    const response = await testApp.request(`/plans/${school.planId}/share`, {
      ...share(school.guardianId),
      cookie,
    });

    expect(response.status).toBe(303);
    const email = await testApp.db
      .selectFrom("outbox_emails")
      .select(["attachments_json"])
      .executeTakeFirstOrThrow();
    const parts = JSON.parse(email.attachments_json ?? "{}") as EmailParts;
    // Hoa reads Vietnamese: "Kế hoạch Hành động Toán - Ana María García-López.pdf".
    expect(parts.attachments[0]?.filename).toBe(planPdfFileName("vi", `Ana María ${family}`));
    expect(parts.attachments[0]?.filename).toContain(shown);
  });

  it("a student named with a slash downloads as one file named after her", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    await renameStudent(testApp, school.studentId, "García/López");
    const cookie = await testApp.cookieFor(school.teacherId);

    const response = await testApp.request(`/plans/${school.planId}/plan.pdf`, { cookie });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Math Action Plan - Ana Maria Garcia-Lopez.pdf"; ` +
        `filename*=UTF-8''Math%20Action%20Plan%20-%20Ana%20Mar%C3%ADa%20Garc%C3%ADa-L%C3%B3pez.pdf`,
    );
  });

  it("an email the outbox refuses stops the share, says why on the page, logs no name", async () => {
    const kept = await appWithLog(dialect);
    testApp = kept.testApp;
    const school = await addSchoolWithPlan(testApp.db);
    // A roster name longer than a mail header takes.
    const longName = `Thị Hoa ${"Nguyễn ".repeat(40)}`.trim();
    await testApp.db
      .updateTable("people")
      .set({ given_name: longName })
      .where("id", "=", school.guardianId)
      .execute();
    const cookie = await testApp.cookieFor(school.teacherId);

    const response = await testApp.request(`/plans/${school.planId}/share`, {
      ...share(school.guardianId),
      cookie,
    });
    const page = plain(await response.text());

    expect(response.status).toBe(422);
    expect(page).toContain('<div class="problem" role="alert" id="problems">');
    const name = `${longName} Nguyễn`;
    expect(page).toContain(translator("en")("share.problem.notWritten", { name }));
    expect(await testApp.db.selectFrom("outbox_emails").select("id").execute()).toEqual([]);
    const plan = await testApp.db
      .selectFrom("plans")
      .select(["stage"])
      .where("id", "=", school.planId)
      .executeTakeFirstOrThrow();
    expect(plan.stage).toBe("draft");

    const refused = kept.lines
      .map((line) => JSON.parse(line))
      .find((e) => e.msg === "plan not shared");
    expect(refused).toMatchObject({ level: 40, planId: school.planId, kind: "invalid_input" });
    expect(refused.reason).toContain("to.name");
    const logged = kept.lines.join("\n");
    expect(logged).not.toContain("Linh");
    expect(logged).not.toContain("Thị Hoa");
  });
});
