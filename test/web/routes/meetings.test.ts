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

    const familyCookie = await testApp.cookieFor(room.guardian.id);
    const anotherTime = `/plans/${room.planId}/meeting-times/${proposalId}/another-time`;

    for (const note of ["   ", "\u200B\u2060 \u200F"]) {
      const response = await testApp.request(anotherTime, {
        ...form({ note }),
        cookie: familyCookie,
      });
      expect(response.status).toBe(422);
      const page = await response.text();
      expect(page).toContain(`href="#another-${proposalId}-note"`);
      // Gloria reads Spanish: the problem is named in her language.
      expect(page).toContain(
        "Por favor, completa «Una nota breve para quien propuso los horarios»",
      );
    }

    const asked = await testApp.request(anotherTime, {
      ...form({ note: "Por las mañanas" }),
      cookie: familyCookie,
    });
    const thanked = await testApp.request(asked.headers.get("location") ?? "", {
      cookie: familyCookie,
    });
    const teacherName = `${room.teacher.givenName} ${room.teacher.familyName}`;
    expect(await thanked.text()).toContain(
      `Gracias. \u2068${teacherName}\u2069 ya recibió tu nota.`,
    );
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

  it("proposals are named by when they were sent, with no internal numbers", async () => {
    const room = await classroomForMeetings(testApp.db);
    const earlier = await proposeInJanuary(room);
    await proposeInJanuary(room);
    const sentAt = (at: string) =>
      testApp.db
        .updateTable("meeting_proposals")
        .set({ created_at: at })
        .where("id", "=", earlier)
        .execute();
    const headings = async () => {
      const page = await pageFor(room.planId, await testApp.cookieFor(room.teacher.id));
      return [...page.matchAll(/<h2 id="meeting-[^"]+-heading">(.+?)<\/h2>/gs)].map((match) =>
        (match[1] ?? "").replace(/<[^>]+>/g, "").replace(/\s+/g, " "),
      );
    };

    // Sent the evening before, each card has its day; on the same day, its time as well.
    await sentAt("2025-10-19T22:00:00.000Z");
    const apart = await headings();
    expect(apart[0]).toMatch(/^Times proposed on Monday, October 20 by Tamara/);
    expect(apart[1]).toMatch(/^Times proposed on Sunday, October 19 by Tamara/);
    await sentAt("2025-10-20T13:00:00.000Z");
    const sameDay = await headings();
    expect(sameDay[0]).toMatch(/^Times proposed on Monday, October 20(,| at) 11:00\sAM by/);
    expect(sameDay[1]).toMatch(/^Times proposed on Monday, October 20(,| at) 9:00\sAM by/);
    expect(sameDay.join(" ")).not.toMatch(/Proposal/);
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
