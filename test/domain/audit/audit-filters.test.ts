import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditChoicesOnOnePage,
  auditMatchesShown,
} from "../../../src/domain/audit/find-audit-people.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { addToRoster, recordViews, studentsReadBy } from "../../support/audit-trail.ts";
import { dialects } from "../../support/databases.ts";
import { createAdministrator, createClassroom, createStudent } from "../../support/factories.ts";

/*
 * The audit trail's student and person filters at district size: they offer the people the
 * trail names, not the roster, and past a page of them a name to type instead.
 */

type Room = Awaited<ReturnType<typeof createClassroom>>;

/** The options of one of the page's selects, by value. */
function optionsOf(page: string, name: string) {
  const select = page.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`));
  if (!select) return null;

  return [...(select[1] ?? "").matchAll(/<option value="([^"]*)"/g)].map((match) => match[1]);
}

const studentLinks = (page: string) =>
  [...page.matchAll(/href="\/audit\?[^"]*student=([^"&]+)/g)].map((match) => match[1]);

describe.each(dialects)("the audit trail's filters, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function auditPage(room: Room, query = "") {
    const cookie = await testApp.cookieFor(room.administrator.id);
    const response = await testApp.request(`/audit${query}`, { cookie });

    return { status: response.status, page: await response.text() };
  }

  /**
   * More students in the trail than one page lists: a crowd whose records the classroom's
   * teacher read, with a few names to find among them.
   */
  async function largeTrail() {
    const room = await createClassroom(testApp.db);
    const named = [
      { givenName: "Linh", familyName: "Nguyen" },
      { givenName: "Maria", familyName: "Garcia" },
      { givenName: "Maria", familyName: "Garcia" },
      { givenName: "Đặng", familyName: "Thu" },
      // Stored with its accent as a mark after the letter, as some exports write it.
      { givenName: "Jose\u0301", familyName: "Ruiz" },
    ];
    const crowd = Array.from({ length: auditChoicesOnOnePage }, (_, n) => ({
      givenName: `Pupil${n}`,
      familyName: "Crowd",
    }));
    const students = await studentsReadBy(testApp.db, {
      districtId: room.district.id,
      reader: room.teacher,
      names: [...named, ...crowd],
    });
    const [linh, maria, otherMaria, dang, jose] = students;
    if (!linh || !maria || !otherMaria || !dang || !jose) throw new Error("no named students");

    return { room, linh, maria, otherMaria, dang, jose };
  }

  it("the filters offer the people the trail names, not everyone on the roster", async () => {
    const room = await createClassroom(testApp.db);
    const unread = await createStudent(testApp.db, { districtId: room.district.id });
    await recordViews(testApp.db, room.district.id, [
      { actor: room.guardian, studentId: room.student.id },
    ]);

    const { page } = await auditPage(room);
    const linked = await auditPage(room, `?student=${unread.id}`);

    expect(optionsOf(page, "student")).toEqual(["", room.student.id]);
    expect(optionsOf(page, "person")).toEqual(["", room.guardian.id]);
    // A link to a student the trail does not name shows them chosen, with no entries.
    expect(linked.status).toBe(200);
    expect(linked.page).toContain("0 entries");
    expect(linked.page).toMatch(new RegExp(`<option value="${unread.id}" selected>`));
  });

  it("an unknown or wrong id in a link is named as the problem, with no entries", async () => {
    const room = await createClassroom(testApp.db);
    const elsewhere = await createClassroom(testApp.db);
    await recordViews(testApp.db, room.district.id, [
      { actor: room.teacher, studentId: room.student.id },
    ]);
    const cookie = await testApp.cookieFor(room.administrator.id);

    const unknown = await auditPage(room, "?student=no-such-student");
    const teacherAsStudent = await auditPage(room, `?student=${room.teacher.id}`);
    const otherDistrict = await auditPage(room, `?person=${elsewhere.teacher.id}`);
    const csv = await testApp.request("/audit.csv?student=no-such-student", { cookie });

    expect(unknown.status).toBe(422);
    expect(unknown.page).toContain("No student of this district has the id “\u2068no-such-student");
    expect(unknown.page).toContain('href="#field-student"');
    expect(unknown.page).not.toContain("<table");
    expect(teacherAsStudent.status).toBe(422);
    expect(teacherAsStudent.page).toContain("No student of this district has the id");
    expect(otherDistrict.status).toBe(422);
    expect(otherDistrict.page).toContain("No one in this district has the id");
    expect(optionsOf(otherDistrict.page, "person")).toEqual(["", room.teacher.id]);
    expect(csv.status).toBe(422);
    expect(await csv.text()).toContain("No student of this district has the id");
  });

  it("past a page of students, a typed name finds one, several or none", async () => {
    const { room, linh, maria, otherMaria, dang } = await largeTrail();

    const first = await auditPage(room);
    const one = await auditPage(room, "?studentName=linh");
    const several = await auditPage(room, "?studentName=maria+GARCIA");
    const none = await auditPage(room, "?studentName=Zoltan");
    const accented = await auditPage(room, "?studentName=%C4%91%E1%BA%B7ng");
    const byRosterId = await auditPage(room, `?studentName=${linh.rosterId}`);

    expect(optionsOf(first.page, "student")).toBeNull();
    expect(first.page).toContain('name="studentName"');
    // The field stops where the search does, before an address too long for the server.
    expect(first.page).toMatch(/name="studentName" type="text" value=""\s+maxlength="200"/);
    expect(first.page).toContain("Type a name or a roster id");
    // Only the classroom's teacher acted: the person filter is still a list.
    expect(optionsOf(first.page, "person")).toEqual(["", room.teacher.id]);
    expect(one.status).toBe(200);
    expect(one.page).toContain("1 entry");
    expect(one.page).toContain('value="Linh Nguyen"');
    expect(one.page).toContain(`<input type="hidden" name="student" value="${linh.id}">`);
    expect(one.page).toContain(`/audit.csv?student=${linh.id}`);
    // Several to choose from is no problem: offered calmly, the trail shown once one is chosen.
    expect(several.status).toBe(200);
    expect(several.page).toContain("2 students match “\u2068maria GARCIA\u2069” in the audit");
    expect(several.page).toContain('<div class="typed-matches">');
    expect(several.page).toContain('<p id="field-student-matches" role="status">');
    expect(several.page).toContain('<ul aria-labelledby="field-student-matches">');
    expect(several.page).toMatch(/aria-describedby="field-student-hint field-student-matches"/);
    expect(several.page).not.toContain('class="field-error"');
    expect(several.page).not.toContain('aria-invalid="true"');
    expect(several.page).not.toContain('role="alert"');
    expect(studentLinks(several.page).sort()).toEqual([maria.id, otherMaria.id].sort());
    expect(several.page).toContain(`roster id \u2068${maria.rosterId}\u2069`);
    expect(several.page).not.toContain("<table");
    expect(none.status).toBe(422);
    expect(none.page).toContain("No student in the audit trail matches “\u2068Zoltan\u2069”.");
    expect(accented.page).toContain(`value="${dang.id}"`);
    expect(byRosterId.page).toContain(`value="${linh.id}"`);
  });

  it("a typed name finds the start of a name or roster id, not letters inside one", async () => {
    const { room, linh } = await largeTrail();
    const typed = (words: string) => `?studentName=${encodeURIComponent(words)}`;

    const inside = await auditPage(room, typed("guyen"));
    const start = await auditPage(room, typed("NGU"));
    const rosterInside = await auditPage(room, typed(linh.rosterId.slice(2)));

    expect(inside.status).toBe(422);
    expect(inside.page).toContain("No student in the audit trail matches “\u2068guyen\u2069”.");
    expect(inside.page).toContain('aria-invalid="true"');
    expect(start.page).toContain(`value="${linh.id}"`);
    expect(rosterInside.status).toBe(422);
  });

  it("a name is found whichever way its accents are written, typed or stored", async () => {
    const { room, dang, jose } = await largeTrail();
    const typed = (words: string) => `?studentName=${encodeURIComponent(words)}`;

    const pastedDecomposed = await auditPage(room, typed("đặng".normalize("NFD")));
    const typedComposed = await auditPage(room, typed("josé ruiz"));

    expect(pastedDecomposed.status).toBe(200);
    expect(pastedDecomposed.page).toContain(`value="${dang.id}"`);
    expect(typedComposed.status).toBe(200);
    expect(typedComposed.page).toContain(`value="${jose.id}"`);
  });

  it("a page number past the last goes to the last page, filters kept", async () => {
    const { room, linh } = await largeTrail();
    const cookie = await testApp.cookieFor(room.administrator.id);

    const past = await testApp.request(`/audit?student=${linh.id}&page=40`, { cookie });
    const location = new URL(past.headers.get("location") ?? "", "http://localhost");

    expect(past.status).toBe(303);
    expect(location.pathname).toBe("/audit");
    expect(location.searchParams.get("student")).toBe(linh.id);
    expect(location.searchParams.get("page")).toBe("1");
    for (const page of ["0", "-1", "2.5", "abc", "99999999999999999999"]) {
      const odd = await testApp.request(`/audit?student=${linh.id}&page=${page}`, { cookie });
      expect([200, 303]).toContain(odd.status);
    }
  });

  it("a whole roster id picks its student though many others' ids begin with it", async () => {
    const { room, linh } = await largeTrail();
    const crowd = await testApp.db
      .selectFrom("people")
      .select("id")
      .where("district_id", "=", room.district.id)
      .where("family_name", "=", "Crowd")
      .limit(30)
      .execute();
    for (const [n, pupil] of crowd.entries()) {
      await testApp.db
        .updateTable("people")
        .set({ source_id: `stu-9${n}` })
        .where("id", "=", pupil.id)
        .execute();
    }
    await testApp.db
      .updateTable("people")
      .set({ source_id: "stu-9" })
      .where("id", "=", linh.id)
      .execute();

    const exact = await auditPage(room, "?studentName=stu-9");
    const inLink = await auditPage(room, "?student=stu-9");

    expect(exact.status).toBe(200);
    expect(exact.page).toContain(`<input type="hidden" name="student" value="${linh.id}">`);
    // A link written with the roster's id finds the same student.
    expect(inLink.status).toBe(200);
    expect(inLink.page).toContain("1 entry");
  });

  it("a chosen student stays chosen though another shares the name, until it changes", async () => {
    const { room, maria } = await largeTrail();
    const chosen = new URLSearchParams({ student: maria.id, studentName: "Maria Garcia" });

    const kept = await auditPage(room, `?${chosen.toString()}`);
    const cleared = await auditPage(room, `?student=${maria.id}&studentName=`);
    const retyped = await auditPage(room, `?student=${maria.id}&studentName=Linh`);

    expect(kept.status).toBe(200);
    expect(kept.page).toContain("1 entry");
    expect(kept.page).toContain(`/audit.csv?student=${maria.id}`);
    expect(cleared.page).toContain(`${auditChoicesOnOnePage + 5} entries`);
    expect(retyped.page).toContain('value="Linh Nguyen"');
  });

  it("a name matching more than are shown offers the first and asks for more of it", async () => {
    const { room } = await largeTrail();

    const crowd = await auditPage(room, "?studentName=crowd");

    expect(crowd.status).toBe(200);
    expect(crowd.page).toContain(`More than ${auditMatchesShown} students in the audit trail`);
    expect(studentLinks(crowd.page)).toHaveLength(auditMatchesShown);
  });

  it("the CSV filters by a typed name as the page does, for district administrators", async () => {
    const { room, linh } = await largeTrail();
    const cookie = await testApp.cookieFor(room.administrator.id);
    const principal = await createAdministrator(testApp.db, {
      districtId: room.district.id,
      schoolId: room.school.id,
    });
    // Listed by the roster at one school: that school's administrator, not the district's.
    await testApp.db
      .updateTable("people")
      .set({ source_id: `adm-${principal.id}` })
      .where("id", "=", principal.id)
      .execute();

    const one = await testApp.request("/audit.csv?studentName=Nguyen", { cookie });
    const several = await testApp.request("/audit.csv?studentName=Garcia", { cookie });

    expect(one.status).toBe(200);
    const lines = (await one.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(linh.id);
    expect(several.status).toBe(422);
    expect(await several.text()).toContain("2 students match");
    for (const person of [principal, room.teacher]) {
      const refused = await testApp.cookieFor(person.id);
      for (const path of ["/audit?studentName=Linh", "/audit.csv?studentName=Linh"]) {
        const response = await testApp.request(path, { cookie: refused });
        expect(response.status, path).toBe(403);
        expect(await response.text(), path).not.toContain("Nguyen");
      }
    }
  });

  it("past a page of people, the person filter finds a family member by name", async () => {
    const room = await createClassroom(testApp.db);
    const guardians = await addToRoster(
      testApp.db,
      room.district.id,
      Array.from({ length: auditChoicesOnOnePage + 1 }, (_, n) => ({
        role: "guardian" as const,
        givenName: n === 0 ? "Rosalind" : `Parent${n}`,
        familyName: "Family",
      })),
    );
    await recordViews(
      testApp.db,
      room.district.id,
      guardians.map((guardian) => ({ actor: guardian, studentId: room.student.id })),
    );
    const [rosalind] = guardians;

    const { page } = await auditPage(room);
    const found = await auditPage(room, "?personName=rosalind");
    const several = await auditPage(room, "?personName=parent1");

    expect(optionsOf(page, "person")).toBeNull();
    expect(optionsOf(page, "student")).toEqual(["", room.student.id]);
    expect(found.page).toContain("1 entry");
    expect(found.page).toContain(`<input type="hidden" name="person" value="${rosalind?.id}">`);
    // Parent1, Parent10 to Parent19, Parent100 to Parent199: each with their role.
    expect(several.page).toContain(`More than ${auditMatchesShown} people in the audit trail`);
    expect(several.page).toContain('<span class="hint">family member, roster id');
  });

  it("a district of thousands on the roster keeps the audit page small", async () => {
    const room = await createClassroom(testApp.db);
    const roster = await addToRoster(
      testApp.db,
      room.district.id,
      Array.from({ length: 6_000 }, (_, n) => ({
        role: n % 2 === 0 ? ("student" as const) : ("guardian" as const),
        givenName: `Person${n}`,
        familyName: "Roster",
      })),
    );
    const few = await auditPage(room);
    // A quarter of the roster's students read, each by one of its family members.
    const students = roster.filter((person) => person.role === "student").slice(0, 750);
    const guardians = roster.filter((person) => person.role === "guardian");
    await recordViews(
      testApp.db,
      room.district.id,
      students.map((student, n) => ({
        actor: guardians[n] ?? room.teacher,
        studentId: student.id,
      })),
    );

    const many = await auditPage(room);

    expect(new TextEncoder().encode(few.page).length).toBeLessThan(10_000);
    expect(new TextEncoder().encode(many.page).length).toBeLessThan(50_000);
    expect(optionsOf(many.page, "student")).toBeNull();
    expect(optionsOf(many.page, "person")).toBeNull();
    expect(many.page).toContain("750 entries");
  });
});
