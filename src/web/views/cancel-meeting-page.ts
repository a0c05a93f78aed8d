import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import { meetingTimesPath } from "../../domain/meetings/meeting-deps.ts";
import { formatMeetingTime } from "../../domain/meetings/meeting-time.ts";
import type {
  MeetingProposalView,
  MeetingTimesView,
} from "../../domain/meetings/read-meeting-times.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { page } from "./layout.ts";
import { sentence } from "./own-words.ts";
import type { ViewContext } from "./plan-format.ts";

export interface CancelMeetingPageOptions extends ViewContext {
  actor: Actor;
  view: MeetingTimesView;
  proposal: MeetingProposalView;
  /** The cancellation just sent was for the meeting before someone moved it: nothing changed. */
  changed?: boolean;
}

/**
 * The step before an agreed meeting is cancelled: cancelling emails everyone at once and takes
 * the meeting out of their calendars, so the person sees which meeting it is and who is told.
 * The form sends back the meeting's SEQUENCE, so a meeting moved meanwhile is not cancelled:
 * the page then comes back saying so, with the meeting as it is now.
 */
export function cancelMeetingPage(options: CancelMeetingPageOptions) {
  const { t, view, proposal } = options;
  const title = t("meetings.cancel.title");
  const back = `${meetingTimesPath(view.plan.id)}#meeting-${proposal.id}`;
  const when = formatMeetingTime(proposal.startsAt ?? "", options.locale, view.school.timeZone);

  const body = html`<h1>${title}</h1>
    ${meetingLinks(options)}
    ${
      options.changed
        ? html`<div class="problem" role="alert"><p>${t("meetings.cancel.changed", {
            when,
          })}</p></div>`
        : ""
    }
    ${agreedMeetingCard(options)}
    <p>${sentence(t("meetings.cancel.lead", { studentName: isolate(view.studentName) }))}</p>
    <form method="post" action="${meetingTimesPath(view.plan.id)}/${proposal.id}/cancel"
      class="actions-row">
      <input type="hidden" name="sequence" value="${String(proposal.sequence)}">
      <button type="submit" class="danger">${t("meetings.cancel.submit")}</button>
      <a class="button secondary" href="${back}">${t("meetings.cancel.keep")}</a>
    </form>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/** The ways back from a page about one agreed meeting: its meeting page and the plan. */
export function meetingLinks(options: ViewContext & { view: MeetingTimesView }) {
  const { t, view } = options;

  return html`<p><a href="${meetingTimesPath(view.plan.id)}">${sentence(
    t("meetings.title", { studentName: isolate(view.studentName) }),
  )}</a></p>
    <p><a href="/plans/${view.plan.id}">${t("meetings.back")}</a></p>`;
}

/** An agreed meeting as it is now: its time in the school's zone, where, and how long. */
export function agreedMeetingCard(
  options: ViewContext & { view: MeetingTimesView; proposal: MeetingProposalView },
) {
  const { t, view, proposal } = options;
  const when = formatMeetingTime(proposal.startsAt ?? "", options.locale, view.school.timeZone);
  const place = proposal.place && t("meetings.where.place", { place: isolate(proposal.place) });

  return html`<section class="card" aria-labelledby="agreed-meeting">
      <h2 id="agreed-meeting">${t("meetings.status.agreed", { when })}</h2>
      <p class="hint">${sentence(t("meetings.zone", { zone: isolate(view.school.timeZone) }))}</p>
      ${place ? html`<p>${sentence(place)}</p>` : ""}
      ${proposal.videoUrl ? html`<p>${t("meetings.where.video")}</p>` : ""}
      <p>${t("meetings.duration", { minutes: proposal.durationMinutes })}</p>
    </section>`;
}
