import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseMeetingTime } from "../../../src/domain/meetings/answer-meeting.ts";
import { proposeMeeting } from "../../../src/domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../../src/domain/meetings/read-meeting-times.ts";
import { recordMeeting } from "../../../src/domain/plans/record-meeting.ts";
import {
  classroomForMeetings,
  emailsOfKind,
  meetingNow,
} from "../../domain/meetings/meeting-flow.ts";
import { pdfText } from "../../pdf/pdf-tools.ts";
import { createTestApp, type TestApp } from "../../support/app.ts";
import { dialects } from "../../support/databases.ts";
import { actorFor } from "../../support/factories.ts";

/*
 * A meeting's place and notes take any words, a script tag too, as a plan's statements do:
 * every page, email, calendar file and PDF shows them as text, so nothing typed can run.
 */

const script = "<script>alert(1)</script>";
const escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

describe.each(dialects)("a script tag in a meeting's place and notes, on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { clock: () => meetingNow });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const pageOf = async (path: string, personId: string) => {
    const response = await testApp.request(path, { cookie: await testApp.cookieFor(personId) });
    expect(response.status).toBe(200);
    return response;
  };

  it("a recorded meeting shows it as text on the plan page and in the plan's PDF", async () => {
    const room = await classroomForMeetings(testApp.db);
    await recordMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
      startsAt: "2025-10-20T09:00",
      place: `Room 12 ${script}`,
      notes: `We agreed ${script}`,
      attendeeIds: [room.guardian.id],
    });

    for (const personId of [room.teacher.id, room.guardian.id]) {
      const page = await (await pageOf(`/plans/${room.planId}`, personId)).text();
      expect(page).toContain(`Room 12 ${escaped}`);
      expect(page).toContain(`We agreed ${escaped}`);
      expect(page).not.toContain(script);
    }
    const pdf = await pageOf(`/plans/${room.planId}/plan.pdf`, room.guardian.id);
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain(`Room 12 ${script}`);
    expect(text).toContain(`We agreed ${script}`);
  });

  it("a proposed place shows as text on the pages, in the emails and the calendar", async () => {
    const room = await classroomForMeetings(testApp.db);
    const place = `Room 12 ${script}`;
    const { proposalId } = await proposeMeeting(testApp.deps, actorFor(room.teacher), room.planId, {
      firstTime: "2025-10-31T16:00",
      secondTime: "2025-11-03T16:00",
      place,
    });
    const family = actorFor(room.guardian);
    const [friday] =
      (await readMeetingTimes(testApp.deps, family, room.planId)).proposals[0]?.times ?? [];
    await chooseMeetingTime(testApp.deps, family, room.planId, proposalId, { timeId: friday?.id });

    const page = await (
      await pageOf(`/plans/${room.planId}/meeting-times`, room.guardian.id)
    ).text();
    expect(page).toContain(escaped);
    expect(page).not.toContain(script);
    const plan = await (await pageOf(`/plans/${room.planId}`, room.guardian.id)).text();
    expect(plan).toContain(escaped);
    expect(plan).not.toContain(script);

    const [proposed] = await emailsOfKind(testApp.db, room.district.id, "meeting.proposed");
    const invitations = await emailsOfKind(testApp.db, room.district.id, "meeting.invitation");
    for (const email of [proposed, ...invitations]) {
      expect(email?.row.html_body).toContain(escaped);
      expect(email?.row.html_body).not.toContain(script);
      expect(email?.row.text_body).toContain(place);
    }
    for (const invitation of invitations) {
      expect(invitation.calendar?.events[0]?.location).toBe(place);
    }
  });
});
