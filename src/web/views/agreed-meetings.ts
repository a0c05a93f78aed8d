import { formatMeetingTime } from "../../domain/meetings/meeting-time.ts";
import type { AgreedMeetingView } from "../../domain/meetings/read-meeting-times.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import type { ViewContext } from "./plan-format.ts";

/**
 * An agreed meeting as the plan page and its print layout say it, in the school's time zone:
 * "Agreed: Tuesday, December 9, 2026 at 4:00 PM, Room 12". The place is an isolate; a page
 * shows the line with sentence() (own-words.ts).
 */
export function agreedMeetingLine(
  context: ViewContext & { view: { school: { timeZone: string } } },
  meeting: AgreedMeetingView,
) {
  const { t, locale } = context;
  const when = formatMeetingTime(meeting.startsAt, locale, context.view.school.timeZone);
  const where = meeting.place ? isolate(meeting.place) : t("plans.meetings.videoCall");

  return t("plans.meetings.agreed", { when, where });
}
