import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseMeetingTime } from "../../src/domain/meetings/answer-meeting.ts";
import { proposeMeeting } from "../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../src/domain/meetings/read-meeting-times.ts";
import { agreePlan } from "../../src/domain/plans/agree-plan.ts";
import { closePlan } from "../../src/domain/plans/close-plan.ts";
import { closeSchoolYear } from "../../src/domain/school-year/close-school-year.ts";
import { classroomForMeetings, meetingNow } from "../domain/meetings/meeting-flow.ts";
import { createTestApp, type TestApp, testBaseUrl } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { actorFor } from "../support/factories.ts";
import { planDeps } from "../support/plans.ts";
import { foldedWithinOctets, parseCalendar } from "./parse-calendar.ts";

describe.each(dialects)("a private calendar feed on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** A plan with an agreed meeting on Monday 3 November and a check-in due 14 November. */
  async function planWithMeeting() {
    const room = await classroomForMeetings(testApp.db);
    const teacher = actorFor(room.teacher);
    await agreePlan(testApp.deps, teacher, room.planId, { firstCheckInOn: "2025-11-14" });
    const { proposalId } = await proposeMeeting(testApp.deps, teacher, room.planId, {
      firstTime: "2025-10-31T16:00",
      secondTime: "2025-11-03T16:00",
      place: "Salón 12; edificio B",
    });
    const view = await readMeetingTimes(testApp.deps, actorFor(room.guardian), room.planId);
    await chooseMeetingTime(testApp.deps, actorFor(room.guardian), room.planId, proposalId, {
      timeId: view.proposals[0]?.times[1]?.id,
    });

    return { ...room, proposalId };
  }

  async function newFeedAddress(cookie: string) {
    const response = await testApp.request("/calendar", { method: "POST", cookie });
    const page = await response.text();
    const address = /value="(http[^"]+\.ics)"/.exec(page)?.[1];
    if (!address) throw new Error(`no feed address on the page (${response.status})`);

    return address.replace(testBaseUrl, "");
  }

  it("a family member's calendar app reads the agreed meeting and the check-in day", async () => {
    const room = await planWithMeeting();
    const cookie = await testApp.cookieFor(room.guardian.id);

    const path = await newFeedAddress(cookie);
    const response = await testApp.request(path);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(foldedWithinOctets(text)).toBe(true);
    const calendar = parseCalendar(text);
    expect(calendar.method).toBeNull();
    expect(calendar.timeZones).toEqual(["America/New_York"]);
    const meeting = calendar.events.find((event) => !event.allDay);
    expect(meeting).toMatchObject({
      uid: `meeting-${room.proposalId}@localhost`,
      startWallTime: "2025-11-03T16:00",
      start: "2025-11-03T21:00:00.000Z",
      location: "Salón 12; edificio B",
    });
    // Gloria reads Spanish: the feed speaks it too.
    expect(meeting?.summary).toContain("Reunión del plan de matemáticas");
    const checkIn = calendar.events.find((event) => event.allDay);
    expect(checkIn?.startWallTime.slice(0, 10)).toBe("2025-11-14");
  });

  it("after a reset the old address finds nothing and only the new one works", async () => {
    const room = await planWithMeeting();
    const cookie = await testApp.cookieFor(room.guardian.id);
    const oldPath = await newFeedAddress(cookie);

    const newPath = await newFeedAddress(cookie);

    expect(newPath).not.toBe(oldPath);
    expect((await testApp.request(oldPath)).status).toBe(404);
    expect((await testApp.request(newPath)).status).toBe(200);
    const rows = await testApp.db
      .selectFrom("calendar_feeds")
      .selectAll()
      .where("person_id", "=", room.guardian.id)
      .execute();
    const secret = newPath.slice("/calendar/".length, -".ics".length);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it("reloading the page that shows a new address keeps that address", async () => {
    const room = await planWithMeeting();
    const cookie = await testApp.cookieFor(room.guardian.id);
    const form = await (await testApp.request("/calendar", { cookie })).text();
    const token = /name="formToken" value="([0-9a-f-]{36})"/.exec(form)?.[1];
    expect(token).toBeDefined();
    const send = () =>
      testApp.request("/calendar", {
        method: "POST",
        cookie,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ formToken: token ?? "" }).toString(),
      });
    const shown = await (await send()).text();
    const address = /value="(http[^"]+\.ics)"/.exec(shown)?.[1] ?? "";
    expect(address).toContain("/calendar/");

    const reloaded = await send();

    expect(reloaded.status).toBe(200);
    const page = await reloaded.text();
    expect(page).not.toMatch(/\.ics"/);
    // The family member reads Spanish.
    expect(page).toContain("solo se muestra una vez");
    expect((await testApp.request(address.replace(testBaseUrl, ""))).status).toBe(200);
  });

  it("a teacher's feed holds the meetings of the students they teach", async () => {
    const room = await planWithMeeting();
    const cookie = await testApp.cookieFor(room.teacher.id);

    const text = await (await testApp.request(await newFeedAddress(cookie))).text();

    const uids = parseCalendar(text).events.map((event) => event.uid);
    expect(uids).toContain(`meeting-${room.proposalId}@localhost`);
  });

  it("a teacher's feed keeps a closed plan's past meeting and drops its check-in", async () => {
    const room = await planWithMeeting();
    const afterTheMeeting = new Date("2025-11-10T15:00:00.000Z");
    await closePlan(planDeps(testApp.db, afterTheMeeting), actorFor(room.teacher), room.planId);
    const cookie = await testApp.cookieFor(room.teacher.id);

    const text = await (await testApp.request(await newFeedAddress(cookie))).text();

    const events = parseCalendar(text).events;
    expect(events.map((event) => event.uid)).toEqual([`meeting-${room.proposalId}@localhost`]);
    expect(events.some((event) => event.summary.startsWith("Plan check-in"))).toBe(false);
  });

  it("once the year is closed, the feed drops the plan's coming meeting and check-in", async () => {
    const room = await planWithMeeting();
    const teacherFeed = await newFeedAddress(await testApp.cookieFor(room.teacher.id));
    const familyFeed = await newFeedAddress(await testApp.cookieFor(room.guardian.id));
    expect(parseCalendar(await (await testApp.request(teacherFeed)).text()).events).toHaveLength(2);

    await closeSchoolYear(testApp.deps, actorFor(room.administrator), {
      schoolId: room.school.id,
      label: "2025–2026",
      confirm: "yes",
    });

    for (const feed of [teacherFeed, familyFeed]) {
      const response = await testApp.request(feed);
      expect(response.status).toBe(200);
      expect(parseCalendar(await response.text()).events).toEqual([]);
    }
  });

  it("a family member no longer active gets nothing from an address they had", async () => {
    const room = await planWithMeeting();
    const path = await newFeedAddress(await testApp.cookieFor(room.guardian.id));

    await testApp.db
      .updateTable("people")
      .set({ active: 0 })
      .where("id", "=", room.guardian.id)
      .execute();

    expect((await testApp.request(path)).status).toBe(404);
  });
});
