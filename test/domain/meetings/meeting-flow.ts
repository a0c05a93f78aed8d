import type { Kysely } from "kysely";
import type { Database } from "../../../src/db/schema.ts";
import { startPlan } from "../../../src/domain/plans/start-plan.ts";
import { parseCalendar } from "../../calendar/parse-calendar.ts";
import { actorFor, createClassroom } from "../../support/factories.ts";
import { planDeps } from "../../support/plans.ts";

/** Monday 20 October 2025, 11:00 in New York: two weeks before the clocks go back. */
export const meetingNow = new Date("2025-10-20T15:00:00.000Z");

/**
 * A classroom whose people have addresses and languages: Gloria (the guardian) reads Spanish,
 * Sam (the student) Arabic, Tamara (the teacher) English. The teacher has started a plan.
 */
export async function classroomForMeetings(
  db: Kysely<Database>,
  options: { timeZone?: string; guardianLocale?: string } = {},
) {
  const room = await createClassroom(db, { timeZone: options.timeZone ?? "America/New_York" });
  const addresses = [
    { id: room.guardian.id, email: `gloria-${room.guardian.id}@family.example`, locale: "es-MX" },
    { id: room.student.id, email: `sam-${room.student.id}@student.example`, locale: "ar" },
    { id: room.teacher.id, email: `tamara-${room.teacher.id}@school.example`, locale: "en" },
  ];
  for (const person of addresses) {
    await db
      .updateTable("people")
      .set({
        email: person.email,
        preferred_locale:
          person.id === room.guardian.id
            ? (options.guardianLocale ?? person.locale)
            : person.locale,
      })
      .where("id", "=", person.id)
      .execute();
  }
  const { planId } = await startPlan(planDeps(db, meetingNow), actorFor(room.teacher), {
    studentId: room.student.id,
  });

  return { ...room, planId, emailOf: (id: string) => addresses.find((a) => a.id === id)?.email };
}

/** The outbox's emails of one kind, oldest first, with their calendar parsed. */
export async function emailsOfKind(db: Kysely<Database>, districtId: string, kind: string) {
  const rows = await db
    .selectFrom("outbox_emails")
    .selectAll()
    .where("district_id", "=", districtId)
    .where("kind", "=", kind)
    .orderBy("created_at")
    .orderBy("to_address")
    .execute();

  return rows.map((row) => {
    const parts = row.attachments_json ? JSON.parse(row.attachments_json) : null;
    const content: string | undefined = parts?.calendar?.content;
    return {
      row,
      calendarMethod: parts?.calendar?.method as string | undefined,
      calendarText: content,
      calendar: content ? parseCalendar(content) : null,
    };
  });
}
