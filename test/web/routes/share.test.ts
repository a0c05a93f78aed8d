import type { AddressObject } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/translate.ts";
import { isolate } from "../../../src/lib/bidi-isolate.ts";
import { createLogger } from "../../../src/logger.ts";
import { sendDueEmails } from "../../../src/mail/send-outbox.ts";
import { addSchoolWithPlan } from "../../mail/school-fixture.ts";
import { startSmtpServer, type TestSmtpServer } from "../../mail/smtp-test-server.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createGuardian, linkGuardian } from "../../support/factories.ts";

type School = Awaited<ReturnType<typeof addSchoolWithPlan>>;

function shareForm(guardianIds: string[]) {
  const form = new URLSearchParams();
  for (const id of guardianIds) form.append("guardianIds", id);

  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  };
}

async function outbox(testApp: TestApp) {
  return testApp.db.selectFrom("outbox_emails").selectAll().orderBy("to_address").execute();
}

async function planOf(testApp: TestApp, planId: string) {
  return testApp.db
    .selectFrom("plans")
    .select(["stage", "shared_at"])
    .where("id", "=", planId)
    .executeTakeFirstOrThrow();
}

/** The personal link in an email's plain text: it stands alone on its line. */
function linkIn(text: string) {
  const line = text.split("\n").find((each) => each.startsWith(`${testBaseUrl}/sign-in/link?`));
  if (!line) throw new Error("no sign-in link in the email");

  return new URL(line.trim());
}

async function addSecondGuardian(testApp: TestApp, school: School) {
  const guardian = await createGuardian(testApp.db, {
    districtId: school.districtId,
    givenName: "Carlos",
    familyName: "Núñez",
    email: "carlos@family.example",
  });
  await linkGuardian(testApp.db, { guardian, student: school.student });

  return guardian.id;
}

describe.each(dialects)("sharing a plan with the family on %s", (dialect) => {
  let testApp: TestApp | undefined;
  let smtp: TestSmtpServer | undefined;
  afterEach(async () => {
    await smtp?.close();
    await testApp?.close();
    smtp = undefined;
    testApp = undefined;
  });

  it("a teacher sees the family, with a card to print for the one without email", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.teacherId);

    const response = await testApp.request(`/plans/${school.planId}/share`, { cookie });
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(page).toContain(`value="${school.guardianId}"`);
    expect(page).toContain("<bdi>Thị Hoa Nguyễn</bdi> (hoa.nguyen@family.example)");
    expect(page).not.toContain(`value="${school.guardianWithoutEmailId}"`);
    expect(page).toContain("<bdi>Minh Nguyễn</bdi> has no email address in the roster.");
    expect(page).toContain(
      `href="/people/${school.guardianWithoutEmailId}/card?plan=${school.planId}"`,
    );
  });

  it("each family member a teacher chooses gets an email with a link of their own", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const secondGuardianId = await addSecondGuardian(testApp, school);
    const cookie = await testApp.cookieFor(school.teacherId);

    const response = await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([school.guardianId, secondGuardianId]),
      cookie,
    });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/plans/${school.planId}/share?sent=2`);
    const emails = await outbox(testApp);
    expect(emails.map((email) => [email.to_address, email.kind, email.status])).toEqual([
      ["carlos@family.example", "plan.shared", "pending"],
      ["hoa.nguyen@family.example", "plan.shared", "pending"],
    ]);
    const links = emails.map((email) => linkIn(email.text_body));
    expect(links.map((link) => link.searchParams.get("next"))).toEqual([
      `/plans/${school.planId}`,
      `/plans/${school.planId}`,
    ]);
    expect(links[0]?.searchParams.get("token")).not.toBe(links[1]?.searchParams.get("token"));
    expect(await planOf(testApp, school.planId)).toMatchObject({ stage: "shared" });
    const events = await testApp.db
      .selectFrom("plan_events")
      .select(["kind", "actor_id"])
      .where("plan_id", "=", school.planId)
      .execute();
    expect(events).toEqual([{ kind: "plan.shared", actor_id: school.teacherId }]);

    const confirmation = await testApp.request(`/plans/${school.planId}/share?sent=2`, { cookie });
    expect(await confirmation.text()).toContain("The plan is on its way to 2 family members.");
  });

  it("an administrator may share a plan too", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.administratorId);

    const response = await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([school.guardianId]),
      cookie,
    });

    expect(response.status).toBe(303);
    expect(await outbox(testApp)).toHaveLength(1);
  });

  it("a teacher of another class cannot share the plan, nor learn it exists", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.otherTeacherId);

    const page = await testApp.request(`/plans/${school.planId}/share`, { cookie });
    const post = await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([school.guardianId]),
      cookie,
    });

    expect(page.status).toBe(404);
    expect(post.status).toBe(404);
    expect(await outbox(testApp)).toEqual([]);
    expect(await planOf(testApp, school.planId)).toEqual({ stage: "draft", shared_at: null });
  });

  it("a family member cannot share the plan with someone else", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.guardianId);

    const post = await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([school.guardianId]),
      cookie,
    });

    expect(post.status).toBe(403);
    expect(await outbox(testApp)).toEqual([]);
  });

  it("a teacher who picks someone without email, or nobody, is asked to choose again", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.teacherId);

    const withoutEmail = await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([school.guardianId, school.guardianWithoutEmailId]),
      cookie,
    });
    const nobody = await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([]),
      cookie,
    });

    expect(withoutEmail.status).toBe(422);
    expect(await withoutEmail.text()).toContain("has no email address. Please choose again.");
    expect(nobody.status).toBe(422);
    expect(await nobody.text()).toContain("Please choose at least one family member.");
    expect(await outbox(testApp)).toEqual([]);
    expect(await planOf(testApp, school.planId)).toEqual({ stage: "draft", shared_at: null });
  });

  it("a family member gets the plan by mail and is signed in only by the button", async () => {
    testApp = await createTestApp(dialect);
    smtp = await startSmtpServer();
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.teacherId);
    await testApp.request(`/plans/${school.planId}/share`, {
      ...shareForm([school.guardianId]),
      cookie,
    });

    const config = { smtpUrl: smtp.url, mailFrom: "Sông Hồng, Math <maps@school.example>" };
    const { clock } = testApp.deps;
    await sendDueEmails({ db: testApp.db, config, log: createLogger("silent"), clock });

    const [received] = smtp.received;
    if (!received) throw new Error("the mail server received nothing");
    const parsed = received.parsed;
    expect((parsed.to as AddressObject).value).toEqual([
      { name: "Thị Hoa Nguyễn", address: "hoa.nguyen@family.example" },
    ]);
    // She reads Vietnamese (the roster says so), so her email is written in it.
    const vi = translator("vi");
    expect(parsed.subject).toBe(
      vi("mail.planShared.subject", {
        studentName: "Linh Nguyễn",
        schoolName: "Trường Tiểu học Sông Hồng",
      }),
    );
    expect(parsed.text).toContain(
      vi("mail.planShared.greeting", { guardianName: isolate("Thị Hoa Nguyễn") }),
    );
    expect(parsed.text).toContain("I spot patterns in numbers");
    expect(parsed.text).toContain(
      vi("mail.planShared.helpedBy", { strengths: isolate("I spot patterns in numbers") }),
    );
    expect(parsed.text).not.toContain("An old strength taken back");
    expect(parsed.html).toContain("Adding fractions &lt;with&gt; unlike denominators");
    const link = linkIn(parsed.text ?? "");

    const opened = await testApp.request(`${link.pathname}${link.search}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.getSetCookie()).toEqual([]);

    const pressed = await testApp.request("/sign-in/link", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        token: link.searchParams.get("token") ?? "",
        next: link.searchParams.get("next") ?? "",
      }).toString(),
    });
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get("location")).toBe(`/plans/${school.planId}`);

    const familyCookie = pressed.headers
      .getSetCookie()
      .map((each) => each.split(";")[0])
      .join("; ");
    const plan = await testApp.request(`/plans/${school.planId}`, { cookie: familyCookie });
    expect(plan.status).toBe(200);
    expect(await plan.text()).toContain("Measures carefully when we cook");
  });
});
