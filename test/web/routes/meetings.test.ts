import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
