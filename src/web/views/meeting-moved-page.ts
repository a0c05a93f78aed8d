import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import { meetingTimesPath } from "../../domain/meetings/meeting-deps.ts";
import { formatMeetingTime } from "../../domain/meetings/meeting-time.ts";
import type {
  MeetingProposalView,
  MeetingTimesView,
} from "../../domain/meetings/read-meeting-times.ts";
import { agreedMeetingCard, meetingLinks } from "./cancel-meeting-page.ts";
import { page } from "./layout.ts";
import { rescheduleForm } from "./meeting-times-page.ts";
import type { ViewContext } from "./plan-format.ts";

export interface MeetingMovedPageOptions extends ViewContext {
  actor: Actor;
  view: MeetingTimesView;
  /** The meeting as it is now, moved by someone else since the person's page was opened. */
  proposal: MeetingProposalView;
  /** The new time the person typed, kept for them to send again. */
  newTime: string;
}

/**
 * A move sent from a page opened before someone else moved the meeting is not saved: the
 * person sees the meeting's time now, and the move form with the time they typed, ready to
 * send again over the meeting as it is now (its SEQUENCE now), or to leave it where it is.
 */
export function meetingMovedPage(options: MeetingMovedPageOptions) {
  const { t, view, proposal } = options;
  const title = t("meetings.moved.title");
  const when = formatMeetingTime(proposal.startsAt ?? "", options.locale, view.school.timeZone);
  const formId = `reschedule-${proposal.id}`;
  const values = { newTime: options.newTime, sequence: String(proposal.sequence) };
  const context = { ...options, state: { formId, values, problems: [] } };

  const body = html`<h1>${title}</h1>
    ${meetingLinks(options)}
    <div class="problem" role="alert"><p>${t("meetings.moved.lead", { when })}</p></div>
    ${agreedMeetingCard(options)}
    <p class="hint">${t("meetings.moved.tryAgain")}</p>
    ${rescheduleForm(context, proposal)}
    <p><a class="button secondary" href="${meetingTimesPath(view.plan.id)}#meeting-${proposal.id}"
      >${t("meetings.cancel.keep")}</a></p>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}
