import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMeetingTime } from "../../../src/domain/meetings/meeting-time.ts";
import { classroomForMeetings, meetingNow } from "../../domain/meetings/meeting-flow.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";

function form(values: Record<string, string>) {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(values).toString(),
    redirect: "manual" as const,
  };
}

describe.each(dialects)("the meeting page on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it("a proposal with a past time comes back naming the field, with what was typed", async () => {
    const room = await classroomForMeetings(testApp.db);
    const cookie = await testApp.cookieFor(room.teacher.id);

    const response = await testApp.request(`/plans/${room.planId}/meeting-times`, {
      ...form({
        firstTime: "2025-10-01T09:00",
        secondTime: "2025-11-03T16:00",
        place: "Room <12>",
      }),
      cookie,
    });

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('href="#propose-firstTime"');
    expect(page).toContain("First time has to be later than now.");
    expect(page).toContain('value="2025-11-03T16:00"');
    expect(page).toContain('value="Room &lt;12&gt;"');
    const rows = await testApp.db
      .selectFrom("meeting_proposals")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(rows).toEqual([]);
  });

  it("a family's note asking for another time reaches the teacher as text", async () => {
    const room = await classroomForMeetings(testApp.db);
    const teacherCookie = await testApp.cookieFor(room.teacher.id);
    const proposed = await testApp.request(`/plans/${room.planId}/meeting-times`, {
      ...form({
        firstTime: "2025-10-31T16:00",
        secondTime: "2025-11-03T16:00",
        videoLink: "https://video.example/room/7",
      }),
      cookie: teacherCookie,
    });
    expect(proposed.status).toBe(303);
    const proposalId = proposed.headers.get("location")?.split("#meeting-")[1] ?? "";

    const asked = await testApp.request(
      `/plans/${room.planId}/meeting-times/${proposalId}/another-time`,
      {
        ...form({ note: "<script>alert(1)</script> Mornings, please" }),
        cookie: await testApp.cookieFor(room.guardian.id),
      },
    );
    expect(asked.status).toBe(303);

    const page = await (
      await testApp.request(`/plans/${room.planId}/meeting-times`, { cookie: teacherCookie })
    ).text();
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Mornings, please");
    expect(page).not.toContain("<script>alert(1)</script>");
    expect(page).toContain("The family asked for another time.");
  });

  it("an empty note is refused in the family's language, naming the field", async () => {
    const room = await classroomForMeetings(testApp.db);
    const proposed = await testApp.request(`/plans/${room.planId}/meeting-times`, {
      ...form({ firstTime: "2025-10-31T16:00", secondTime: "2025-11-03T16:00", place: "Room 1" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    const proposalId = proposed.headers.get("location")?.split("#meeting-")[1] ?? "";

    const response = await testApp.request(
      `/plans/${room.planId}/meeting-times/${proposalId}/another-time`,
      { ...form({ note: "   " }), cookie: await testApp.cookieFor(room.guardian.id) },
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain(`href="#another-${proposalId}-note"`);
    // Gloria reads Spanish: the problem is named in her language.
    expect(page).toContain("Una nota breve para el maestro o la maestra");
  });

  /** Ana's proposal from the tester's report: two January mornings in Room 12. */
  async function proposeInJanuary(room: Awaited<ReturnType<typeof classroomForMeetings>>) {
    const response = await testApp.request(`/plans/${room.planId}/meeting-times`, {
      ...form({ firstTime: "2026-01-11T10:00", secondTime: "2026-01-12T10:00", place: "Room 12" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });
    expect(response.status).toBe(303);

    return response.headers.get("location")?.split("#meeting-")[1] ?? "";
  }

  const pageFor = async (planId: string, cookie: string) =>
    (await testApp.request(`/plans/${planId}/meeting-times`, { cookie })).text();

  const inNewYork = (iso: string, locale: string) =>
    formatMeetingTime(iso, locale, "America/New_York");

  it("the teacher's card shows the times she proposed, then the family's choice", async () => {
    const room = await classroomForMeetings(testApp.db);
    const proposalId = await proposeInJanuary(room);
    const teacherCookie = await testApp.cookieFor(room.teacher.id);

    const before = await pageFor(room.planId, teacherCookie);
    expect(before).toContain("Times proposed");
    expect(before).toContain(inNewYork("2026-01-11T15:00:00.000Z", "en"));
    expect(before).toContain(inNewYork("2026-01-12T15:00:00.000Z", "en"));

    const familyPage = await pageFor(room.planId, await testApp.cookieFor(room.guardian.id));
    const timeId = /name="timeId" value="([^"]+)"/.exec(familyPage)?.[1] ?? "";
    const chosen = await testApp.request(
      `/plans/${room.planId}/meeting-times/${proposalId}/choose`,
      { ...form({ timeId }), cookie: await testApp.cookieFor(room.guardian.id) },
    );
    expect(chosen.status).toBe(303);
    const after = await pageFor(room.planId, teacherCookie);
    expect(after).toContain(
      `${inNewYork("2026-01-11T15:00:00.000Z", "en")} (the family&#39;s choice)`,
    );
  });

  it("a teacher who reads Spanish sees the proposed times in Spanish", async () => {
    const room = await classroomForMeetings(testApp.db);
    await proposeInJanuary(room);
    await testApp.db
      .updateTable("people")
      .set({ preferred_locale: "es" })
      .where("id", "=", room.teacher.id)
      .execute();

    const page = await pageFor(room.planId, await testApp.cookieFor(room.teacher.id));

    expect(page).toContain("Horarios propuestos");
    expect(page).toContain(inNewYork("2026-01-11T15:00:00.000Z", "es"));
  });

  it("after the family asks for another time, the teacher withdraws the times", async () => {
    const room = await classroomForMeetings(testApp.db);
    const proposalId = await proposeInJanuary(room);
    const familyCookie = await testApp.cookieFor(room.guardian.id);
    const teacherCookie = await testApp.cookieFor(room.teacher.id);
    await testApp.request(`/plans/${room.planId}/meeting-times/${proposalId}/another-time`, {
      ...form({ note: "Afternoons, please" }),
      cookie: familyCookie,
    });
    const asked = await pageFor(room.planId, teacherCookie);
    expect(asked).toContain(`action="/plans/${room.planId}/meeting-times/${proposalId}/withdraw"`);
    expect(asked).toContain('href="#propose"');

    const withdrawn = await testApp.request(
      `/plans/${room.planId}/meeting-times/${proposalId}/withdraw`,
      { ...form({}), cookie: teacherCookie },
    );

    expect(withdrawn.status).toBe(303);
    const staffPage = await pageFor(room.planId, teacherCookie);
    expect(staffPage).toContain("These times were withdrawn; the family no longer sees them.");
    expect(staffPage).not.toContain(`${proposalId}/withdraw`);
    const familyPage = await pageFor(room.planId, familyCookie);
    expect(familyPage).not.toContain(`id="meeting-${proposalId}"`);
    expect(familyPage).not.toContain("Room 12");
  });

  it("two open proposals have cards with different names", async () => {
    const room = await classroomForMeetings(testApp.db);
    await proposeInJanuary(room);
    await proposeInJanuary(room);

    const page = await pageFor(room.planId, await testApp.cookieFor(room.teacher.id));

    const headings = [...page.matchAll(/<h2 id="meeting-[^"]+-heading">(.+?)<\/h2>/gs)].map(
      (match) => match[1],
    );
    expect(headings).toHaveLength(2);
    expect(new Set(headings).size).toBe(2);
    expect(headings[0]).toContain("Proposal 2");
  });

  it("a spring-forward gap time comes back naming the field, with what was typed", async () => {
    const room = await classroomForMeetings(testApp.db);

    const response = await testApp.request(`/plans/${room.planId}/meeting-times`, {
      ...form({ firstTime: "2027-03-14T02:30", secondTime: "2027-03-15T10:00", place: "Room 12" }),
      cookie: await testApp.cookieFor(room.teacher.id),
    });

    expect(response.status).toBe(422);
    const page = (await response.text()).replace(/\s/g, " ");
    expect(page).toContain('href="#propose-firstTime"');
    expect(page).toContain(
      "First time: 2:30 AM does not exist on March 14 in New York: clocks move forward; " +
        "choose another time.",
    );
    expect(page).toContain('value="2027-03-14T02:30"');
    const rows = await testApp.db
      .selectFrom("meeting_proposals")
      .select("id")
      .where("plan_id", "=", room.planId)
      .execute();
    expect(rows).toEqual([]);
  });
});
