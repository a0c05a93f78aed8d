import { afterEach, describe, expect, it } from "vitest";
import { localeSetBy, savePreferredLocale } from "../../../src/db/people-store.ts";
import { findDemoPerson } from "../../../src/db/school-store.ts";
import type { Actor } from "../../../src/domain/access/actor.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { loadDemoSchool } from "../../../src/domain/school/load-demo-school.ts";
import { translator } from "../../../src/i18n/translate.ts";
import type { EmailParts } from "../../../src/mail/outbox.ts";
import { planPdfFileName } from "../../../src/pdf/plan-file-name.ts";
import { addSchoolWithPlan } from "../../mail/school-fixture.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { createGuardian, linkGuardian } from "../../support/factories.ts";

const form = (fields: [string, string][]) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** A page's text without the marks that set names apart (<bdi>, isolates). */
const plain = (page: string) => page.replace(/<\/?bdi>/g, "").replace(/[\u2066-\u2069]/g, "");

async function emailTo(testApp: TestApp, address: string) {
  const email = await testApp.db
    .selectFrom("outbox_emails")
    .selectAll()
    .where("to_address", "=", address)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const parts = JSON.parse(email.attachments_json ?? "{}") as Partial<EmailParts>;

  return { ...email, lang: /<html lang="([^"]+)"/.exec(email.html_body)?.[1], parts };
}

async function languageOf(testApp: TestApp, personId: string) {
  return testApp.db
    .selectFrom("people")
    .select(["preferred_locale", "locale_chosen"])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
}

/** A second family member of the fixture's student, whom the roster gives no language. */
async function addFather(testApp: TestApp, school: Awaited<ReturnType<typeof addSchoolWithPlan>>) {
  const father = await createGuardian(testApp.db, {
    districtId: school.districtId,
    givenName: "Carlos",
    familyName: "Núñez",
    email: "carlos@family.example",
  });
  await linkGuardian(testApp.db, { guardian: father, student: school.student });

  return father;
}

describe.each(dialects)("writing to each family member in their language, on %s", (dialect) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it("the demo families of Minh Anh, 小明 and ليلى get their plans in their languages", async () => {
    const app = await createTestApp(dialect);
    testApp = app;
    const { districtId } = await loadDemoSchool(app.deps, "en");
    const person = async (sourceId: string) => {
      const found = await findDemoPerson(app.db, districtId, sourceId);
      if (!found) throw new Error(`no ${sourceId} in the demo`);
      return found;
    };
    const teacher = await person("demo-teacher");
    const cookie = await app.cookieFor(teacher.id);
    const actor: Actor = {
      personId: teacher.id,
      districtId,
      role: "teacher",
      displayName: "Ana Moreno",
      locale: "en",
    };
    const families = [
      ["demo-student-minh", "demo-guardian-thao", "thao.nguyen@example.org", "vi"],
      ["demo-student-xiaoming", "demo-guardian-xiuying", "xiuying.wang@example.org", "zh"],
      ["demo-student-layla", "demo-guardian-yousef", "yousef.haddad@example.org", "ar"],
    ] as const;

    for (const [studentSource, guardianSource, address, locale] of families) {
      const student = await person(studentSource);
      const guardian = await person(guardianSource);
      const deps = { db: app.db, clock: app.deps.clock };
      const { planId } = await startPlan(deps, actor, { studentId: student.id });

      const shared = await app.request(`/plans/${planId}/share`, {
        ...form([["guardianIds", guardian.id]]),
        cookie,
      });

      expect(shared.status).toBe(303);
      expect(await languageOf(app, guardian.id)).toEqual({
        preferred_locale: locale,
        locale_chosen: localeSetBy.roster,
      });
      const email = await emailTo(app, address);
      expect(email.lang).toBe(locale);
      const studentName = `${student.given_name} ${student.family_name}`;
      expect(email.parts.attachments?.[0]?.filename).toBe(planPdfFileName(locale, studentName));
    }
  });

  it("a teacher chooses a language the roster does not say; it is kept for later emails", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const father = await addFather(testApp, school);
    const cookie = await testApp.cookieFor(school.teacherId);

    const page = plain(
      await (await testApp.request(`/plans/${school.planId}/share`, { cookie })).text(),
    );
    expect(page).toContain("Language for Carlos Núñez");
    expect(page).toContain('<option value="" selected>Not known: English, the school’s default');

    const shared = await testApp.request(`/plans/${school.planId}/share`, {
      ...form([
        ["guardianIds", father.id],
        [`language-${father.id}`, "es"],
      ]),
      cookie,
    });

    expect(shared.status).toBe(303);
    expect((await emailTo(testApp, "carlos@family.example")).lang).toBe("es");
    expect(await languageOf(testApp, father.id)).toEqual({
      preferred_locale: "es",
      locale_chosen: localeSetBy.staff,
    });
    const again = await (await testApp.request(`/plans/${school.planId}/share`, { cookie })).text();
    expect(again).toContain(`<option value="es" selected>Español</option>`);

    // Signing in later by email: the link comes in Spanish too.
    await testApp.request("/sign-in/link-request", form([["email", "carlos@family.example"]]));
    const link = await emailTo(testApp, "carlos@family.example");
    expect(link.kind).toBe("sign-in.link");
    expect(link.subject).toBe(translator("es")("signInEmail.subject"));
  });

  it("a language the family member chose in the app wins over the teacher's choice", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const father = await addFather(testApp, school);
    await savePreferredLocale(testApp.db, father.id, "ar");
    const cookie = await testApp.cookieFor(school.teacherId);

    const page = plain(
      await (await testApp.request(`/plans/${school.planId}/share`, { cookie })).text(),
    );
    expect(page).toContain(
      "Carlos Núñez chose Arabic in the app, so their email is written in it.",
    );
    expect(page).not.toContain(`name="language-${father.id}"`);

    await testApp.request(`/plans/${school.planId}/share`, {
      ...form([
        ["guardianIds", father.id],
        [`language-${father.id}`, "es"],
      ]),
      cookie,
    });

    expect((await emailTo(testApp, "carlos@family.example")).lang).toBe("ar");
    expect(await languageOf(testApp, father.id)).toEqual({
      preferred_locale: "ar",
      locale_chosen: localeSetBy.person,
    });
  });

  it("a roster's regional language reaches the attached PDF too: es-MX is a Spanish plan", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const father = await addFather(testApp, school);
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "es-MX" })
      .where("id", "=", father.id)
      .execute();
    const cookie = await testApp.cookieFor(school.teacherId);

    await testApp.request(`/plans/${school.planId}/share`, {
      ...form([["guardianIds", father.id]]),
      cookie,
    });

    const email = await emailTo(testApp, "carlos@family.example");
    expect(email.lang).toBe("es");
    expect(email.parts.attachments?.[0]?.filename).toBe(planPdfFileName("es", "Linh Nguyễn"));
  });

  it("a sign-in card prints in the language chosen, kept for a family member only", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.teacherId);
    const holder = school.guardianWithoutEmailId;

    const before = await (await testApp.request(`/people/${holder}/card`, { cookie })).text();
    expect(before).toContain('<select id="card-language" name="language" aria-describedby');
    const printed = await testApp.request(`/people/${holder}/card`, {
      ...form([["language", "ar"]]),
      cookie,
    });
    const card = plain(await printed.text());

    expect(printed.status).toBe(200);
    expect(card).toContain('<article class="sign-in-card" lang="ar" dir="rtl">');
    expect(card).toContain(translator("ar")("card.scan"));
    expect(card).toContain(translator("en")("card.shownOnce"));
    expect(await languageOf(testApp, holder)).toEqual({
      preferred_locale: "ar",
      locale_chosen: localeSetBy.staff,
    });
    const after = await (await testApp.request(`/people/${holder}/card`, { cookie })).text();
    expect(after).toContain('<option value="ar" selected>العربية</option>');

    const student = await testApp.request(`/people/${school.studentId}/card`, {
      ...form([["language", "vi"]]),
      cookie,
    });
    expect(await student.text()).toContain('<article class="sign-in-card" lang="vi" dir="ltr">');
    expect(await languageOf(testApp, school.studentId)).toEqual({
      preferred_locale: null,
      locale_chosen: localeSetBy.roster,
    });
  });

  it("a card for a family member with a known language prints in it unless staff choose", async () => {
    testApp = await createTestApp(dialect);
    const school = await addSchoolWithPlan(testApp.db);
    const cookie = await testApp.cookieFor(school.teacherId);

    // Hoa reads Vietnamese, as the roster says: her card is printed in Vietnamese by default.
    const page = await (
      await testApp.request(`/people/${school.guardianId}/card`, { cookie })
    ).text();
    expect(page).toContain('<option value="vi" selected>Tiếng Việt</option>');
    const printed = await testApp.request(`/people/${school.guardianId}/card`, {
      ...form([["language", "vi"]]),
      cookie,
    });

    expect(await printed.text()).toContain('<article class="sign-in-card" lang="vi" dir="ltr">');
    expect(await languageOf(testApp, school.guardianId)).toEqual({
      preferred_locale: "vi",
      locale_chosen: localeSetBy.roster,
    });
  });
});
