import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import {
  actorFor,
  createClass,
  createClassroom,
  createGuardian,
  createStudent,
  createTeacher,
  enroll,
  linkGuardian,
} from "../../support/factories.ts";

const post = (cookie?: string) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: "",
  ...(cookie ? { cookie } : {}),
});

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

async function start(dialect: (typeof dialects)[number]) {
  const testApp = await createTestApp(dialect);
  testApp.app.get("/test-whoami", (c) => c.text(c.get("actor")?.personId ?? "nobody"));
  const room = await createClassroom(testApp.db);
  const whoami = async (cookie: string) =>
    (await testApp.request("/test-whoami", { cookie })).text();

  return { testApp, room, whoami };
}

/** Makes a card as someone and returns the card's token, read from the printable page. */
async function makeCard(testApp: TestApp, cookie: string, personId: string) {
  const response = await testApp.request(`/people/${personId}/card`, post(cookie));
  expect(response.status).toBe(200);
  const page = await response.text();
  const match = new RegExp(`${testBaseUrl}/card/([A-Za-z0-9_-]{43})`).exec(page);
  if (!match?.[1]) throw new Error("no card link on the page");

  return { token: match[1], page, response };
}

async function cardsOf(testApp: TestApp, personId: string) {
  return testApp.db
    .selectFrom("sign_in_cards")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("created_at")
    .execute();
}

describe.each(dialects)("sign-in cards on %s", (dialect) => {
  let testApp: TestApp;
  afterEach(async () => {
    await testApp?.close();
  });

  it("a student signs in with their printed card, and only by pressing its button", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const teacherCookie = await testApp.cookieFor(teacher.id);

    const { token, page, response } = await makeCard(testApp, teacherCookie, student.id);

    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(page).toContain("Sign-in card for <bdi>Sam</bdi>");
    expect(page).toMatch(
      /<div class="qr-code" role="img" aria-label="QR code that opens the sign-in link for Sam">/,
    );
    expect(page).toMatch(/<div class="qr-code"[^>]*><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(page).toContain("data-print");
    const [card] = await cardsOf(testApp, student.id);
    expect(card?.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(card)).not.toContain(token);

    for (const method of ["GET", "HEAD", "GET"]) {
      const opened = await testApp.request(`/card/${token}`, { method });
      expect(opened.status).toBe(200);
      expect(opened.headers.getSetCookie()).toEqual([]);
    }
    const opened = await testApp.request(`/card/${token}`);
    expect(await opened.text()).toContain("Hello, <bdi>Sam</bdi>.");
    expect((await cardsOf(testApp, student.id))[0]?.last_used_at).toBeNull();

    const pressed = await testApp.request(`/card/${token}`, post());
    expect(pressed.status).toBe(303);
    expect(pressed.headers.get("location")).toBe("/");
    expect(await setup.whoami(cookiesOf(pressed))).toBe(student.id);
    expect((await cardsOf(testApp, student.id))[0]?.last_used_at).not.toBeNull();

    const again = await testApp.request(`/card/${token}`, post());
    expect(await setup.whoami(cookiesOf(again))).toBe(student.id);
  });

  it("a new card for a student stops the old one working", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);
    const first = await makeCard(testApp, cookie, student.id);

    const second = await makeCard(testApp, cookie, student.id);

    const old = await testApp.request(`/card/${first.token}`, post());
    expect(old.status).toBe(401);
    const fresh = await testApp.request(`/card/${second.token}`, post());
    expect(await setup.whoami(cookiesOf(fresh))).toBe(student.id);
    const cards = await cardsOf(testApp, student.id);
    expect(cards.map((card) => card.revoked_at === null)).toEqual([false, true]);
  });

  it("a student whose card was revoked is told to ask their teacher", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);
    const { token } = await makeCard(testApp, cookie, student.id);

    const revoked = await testApp.request(`/people/${student.id}/card/revoke`, post(cookie));

    expect(revoked.status).toBe(303);
    expect(revoked.headers.get("location")).toBe(`/people/${student.id}/card?revoked=1`);
    const pressed = await testApp.request(`/card/${token}`, post());
    expect(pressed.status).toBe(401);
    expect(pressed.headers.getSetCookie()).toEqual([]);
    expect(await pressed.text()).toContain("Please ask your teacher for a new sign-in card.");
    const opened = await testApp.request(`/card/${token}`);
    expect(opened.status).toBe(404);
    expect(await opened.text()).toContain("This card does not work");
  });

  it("a student who left the school cannot sign in with their card", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const { token } = await makeCard(testApp, await testApp.cookieFor(teacher.id), student.id);
    await testApp.db
      .updateTable("people")
      .set({ active: 0 })
      .where("id", "=", student.id)
      .execute();

    const pressed = await testApp.request(`/card/${token}`, post());

    expect(pressed.status).toBe(401);
    expect(pressed.headers.getSetCookie()).toEqual([]);
  });

  it("a made-up card link shows the ask-your-teacher page", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;

    const opened = await testApp.request(`/card/${"x".repeat(43)}`);
    const pressed = await testApp.request("/card/not-a-card", post());

    expect(opened.status).toBe(404);
    expect(pressed.status).toBe(401);
    expect(await pressed.text()).toContain("Please ask your teacher for a new sign-in card.");
  });

  it("a teacher of another class cannot make or revoke a card for a student", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { district, school, student } = setup.room;
    const otherClass = await createClass(testApp.db, {
      districtId: district.id,
      schoolId: school.id,
    });
    const otherTeacher = await createTeacher(testApp.db, { districtId: district.id });
    await enroll(testApp.db, { classId: otherClass.id, person: otherTeacher, role: "teacher" });
    const cookie = await testApp.cookieFor(otherTeacher.id);

    const made = await testApp.request(`/people/${student.id}/card`, post(cookie));
    const revoked = await testApp.request(`/people/${student.id}/card/revoke`, post(cookie));
    const viewed = await testApp.request(`/people/${student.id}/card`, { cookie });

    expect([made.status, revoked.status, viewed.status]).toEqual([404, 404, 404]);
    expect(await viewed.text()).not.toContain("Sam");
    expect(await cardsOf(testApp, student.id)).toEqual([]);
  });

  it("a teacher makes a card for their student's family member, not another's", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { district, teacher, guardian } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);
    const strangerChild = await createStudent(testApp.db, { districtId: district.id });
    const strangerParent = await createGuardian(testApp.db, { districtId: district.id });
    await linkGuardian(testApp.db, { guardian: strangerParent, student: strangerChild });

    const { token } = await makeCard(testApp, cookie, guardian.id);
    const refused = await testApp.request(`/people/${strangerParent.id}/card`, post(cookie));

    expect(refused.status).toBe(404);
    const pressed = await testApp.request(`/card/${token}`, post());
    expect(await setup.whoami(cookiesOf(pressed))).toBe(guardian.id);
  });

  it("an administrator makes cards for students and families, not for staff", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { administrator, student, teacher } = setup.room;
    const cookie = await testApp.cookieFor(administrator.id);

    await makeCard(testApp, cookie, student.id);
    const forTeacher = await testApp.request(`/people/${teacher.id}/card`, post(cookie));

    expect(forTeacher.status).toBe(404);
    expect(await cardsOf(testApp, student.id)).toHaveLength(1);
  });

  it("a student cannot make a card, not even for themself", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { student } = setup.room;
    const cookie = await testApp.cookieFor(student.id);

    const response = await testApp.request(`/people/${student.id}/card`, post(cookie));

    expect(response.status).toBe(403);
    expect(await cardsOf(testApp, student.id)).toEqual([]);
  });

  it("a teacher sees whether a student's card is in use and has been used", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);

    const before = await (await testApp.request(`/people/${student.id}/card`, { cookie })).text();
    const { token } = await makeCard(testApp, cookie, student.id);
    const unused = await (await testApp.request(`/people/${student.id}/card`, { cookie })).text();
    await testApp.request(`/card/${token}`, post());
    const used = await (await testApp.request(`/people/${student.id}/card`, { cookie })).text();

    expect(before).toContain("<bdi>Sam</bdi> has no sign-in card in use.");
    expect(before).toContain("Make a sign-in card");
    expect(unused).toContain("It has not been used yet.");
    expect(unused).toContain("Stop the card working");
    expect(used).toContain("Last used");
  });

  it("a teacher who opened a card from the plan's share page is led back to it", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);
    const { planId } = await startPlan(testApp.deps, actorFor(teacher), { studentId: student.id });
    const sharing = "Back to sharing <bdi>Sam Example</bdi>’s plan";
    const backToSharing = `<a href="/plans/${planId}/share">${sharing}</a>`;

    const share = await (await testApp.request(`/plans/${planId}/share`, { cookie })).text();
    const cardPage = `/people/${student.id}/card?plan=${planId}`;
    const opened = await (await testApp.request(cardPage, { cookie })).text();
    const made = await testApp.request(`/people/${student.id}/card`, {
      ...post(cookie),
      body: `plan=${planId}`,
    });
    const revoked = await testApp.request(`/people/${student.id}/card/revoke`, {
      ...post(cookie),
      body: `plan=${planId}`,
    });

    expect(share).toContain(`href="${cardPage}"`);
    expect(opened).toContain(backToSharing);
    expect(opened).toContain(`<input type="hidden" name="plan" value="${planId}">`);
    const printed = await made.text();
    expect(printed).toContain(backToSharing);
    expect(printed).toContain(`href="${cardPage}"`);
    expect(revoked.headers.get("location")).toBe(
      `/people/${student.id}/card?revoked=1&plan=${planId}`,
    );
  });

  it("a card page opened without a plan it may share leads back to the student list", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;
    const { teacher, student } = setup.room;
    const cookie = await testApp.cookieFor(teacher.id);

    const page = await testApp.request(`/people/${student.id}/card?plan=not-a-plan`, { cookie });

    const body = await page.text();
    expect(body).toContain('<a href="/students">Back to the student list</a>');
    expect(body).not.toContain("/plans/not-a-plan");
  });

  it("someone signed out who opens the staff card page is sent to sign in", async () => {
    const setup = await start(dialect);
    testApp = setup.testApp;

    const response = await testApp.request(`/people/${setup.room.student.id}/card`);

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/sign-in?next=${encodeURIComponent(`/people/${setup.room.student.id}/card`)}`,
    );
  });
});
