import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import { familyNoteLimit } from "../../domain/meetings/answer-meeting.ts";
import { meetingTimesPath } from "../../domain/meetings/meeting-deps.ts";
import { formatMeetingTime } from "../../domain/meetings/meeting-time.ts";
import { meetingLength } from "../../domain/meetings/propose-meeting.ts";
import type {
  MeetingProposalView,
  MeetingTimesView,
} from "../../domain/meetings/read-meeting-times.ts";
import { daysAhead } from "../../domain/plans/date-windows.ts";
import { limits } from "../../domain/plans/parse-plan-input.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { dateTimeFormat } from "../../lib/intl-formats.ts";
import { formTokenField } from "../form-tokens.ts";
import { keepDraft } from "./keep-draft.ts";
import { page } from "./layout.ts";
import { sentence } from "./own-words.ts";
import { type FormState, problemSummary, textArea, textInput, typed } from "./plan-fields.ts";
import { formatInstant, type ViewContext } from "./plan-format.ts";

export interface MeetingTimesPageOptions extends ViewContext {
  actor: Actor;
  view: MeetingTimesView;
  state?: FormState | undefined;
  saved?: string | undefined;
  /** Why a choice just made could not be saved (the times were withdrawn meanwhile). */
  refused?: string | undefined;
}

const savedNotices: Record<string, MessageKey> = {
  proposed: "meetings.saved.proposed",
  replaced: "meetings.saved.replaced",
  chosen: "meetings.saved.chosen",
  asked: "meetings.saved.asked",
  rescheduled: "meetings.saved.rescheduled",
  cancelled: "meetings.saved.cancelled",
  withdrawn: "meetings.saved.withdrawn",
  unchanged: "meetings.saved.unchanged",
  already: "form.alreadySaved",
};

/** What a part of the meeting page is drawn from; the page after a refused move shares it. */
export interface MeetingPageContext extends ViewContext {
  view: MeetingTimesView;
  state?: FormState | undefined;
}

type Context = MeetingPageContext;

/** The meeting page: the family picks a proposed time here; staff propose, move and cancel. */
export function meetingTimesPage(options: MeetingTimesPageOptions) {
  const { t, view } = options;
  const title = t("meetings.title", { studentName: isolate(view.studentName) });
  const saved = options.saved ?? "";
  const notice = Object.hasOwn(savedNotices, saved) ? savedNotices[saved] : undefined;

  const body = html`<h1>${sentence(title)}</h1>
    ${problemSummary(options, options.state)}
    ${options.refused ? refusal(options.refused) : ""}
    ${notice ? html`<p class="notice" role="status">${t(notice, noticeValues(view))}</p>` : ""}
    <p>${sentence(intro(options))}</p>
    <p class="hint">${sentence(t("meetings.zone", { zone: isolate(view.school.timeZone) }))}</p>
    ${
      view.proposals.length === 0
        ? html`<p class="empty">${t("meetings.none")}</p>`
        : view.proposals.map((proposal) => proposalCard(options, proposal))
    }
    ${view.may.propose ? proposeForm(options) : ""}
    <p><a href="/plans/${view.plan.id}">${t("meetings.back")}</a></p>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

const refusal = (text: string) =>
  html`<div class="problem" role="alert"><p>${sentence(text)}</p></div>`;

const isOpen = (proposal: MeetingProposalView) =>
  proposal.status === "proposed" || proposal.status === "asked";

// A family's note went to the person who proposed the times: the notice names them.
function noticeValues(view: MeetingTimesView) {
  const asked = view.proposals.find((proposal) => proposal.status === "asked");

  return { teacherName: isolate(asked?.proposedByName ?? view.proposals[0]?.proposedByName ?? "") };
}

function intro(context: Context) {
  const { t, view } = context;
  if (view.plan.closedAt) {
    return t("meetings.closedIntro", { day: dayOf(context, view.plan.closedAt) });
  }
  if (view.may.propose) return t("meetings.staffIntro");
  const open = view.proposals.find(isOpen);
  if (!view.may.answer || !open) return t("meetings.readerIntro");

  return t("meetings.familyIntro", {
    teacherName: isolate(open.proposedByName),
    studentName: isolate(view.studentName),
  });
}

const sentPrecisions: Intl.DateTimeFormatOptions[] = [
  {},
  { hour: "numeric", minute: "2-digit" },
  { hour: "numeric", minute: "2-digit", second: "2-digit" },
];

/** The day an instant falls on at the school, as the reader says it: "Thursday, December 4". */
function dayOf(context: Context, iso: string, precision: Intl.DateTimeFormatOptions = {}) {
  return dateTimeFormat(context.locale, {
    weekday: "long",
    month: "long",
    day: "numeric",
    ...precision,
    timeZone: context.view.school.timeZone,
  }).format(new Date(iso));
}

/**
 * A proposal is named by when its times were sent, so the family sees no internal numbers:
 * its day, or its time as well when another was sent the same day (or minute).
 */
function sentOn(context: Context, proposal: MeetingProposalView) {
  const named = (precision: Intl.DateTimeFormatOptions) => {
    const label = dayOf(context, proposal.proposedAt, precision);
    const alike = context.view.proposals.filter(
      (other) => dayOf(context, other.proposedAt, precision) === label,
    );
    return alike.length > 1 ? undefined : label;
  };

  const label = sentPrecisions.map(named).find((found) => found !== undefined);
  if (label !== undefined) return label;

  // Sent within the same second (a script, a double send): numbered in the page's order, so
  // every card keeps a name of its own for screen readers' list of regions.
  const finest = dayOf(context, proposal.proposedAt, sentPrecisions.at(-1));
  const alike = context.view.proposals.filter(
    (other) => dayOf(context, other.proposedAt, sentPrecisions.at(-1)) === finest,
  );
  return `${finest} (${alike.indexOf(proposal) + 1})`;
}

function proposalCard(context: Context, proposal: MeetingProposalView) {
  const { t } = context;
  const headingId = `meeting-${proposal.id}-heading`;
  const place = proposal.place && t("meetings.where.place", { place: isolate(proposal.place) });

  // Named with its status too: two sets sent within one second still differ in what became of them.
  const named = `${headingId} meeting-${proposal.id}-status`;

  return html`<section class="card" id="meeting-${proposal.id}" aria-labelledby="${named}">
    <h2 id="${headingId}">${sentence(
      t("meetings.proposal.heading", {
        day: sentOn(context, proposal),
        name: isolate(proposal.proposedByName),
      }),
    )}</h2>
    <p class="stage" id="meeting-${proposal.id}-status">${statusLine(context, proposal)}</p>
    ${place ? html`<p>${sentence(place)}</p>` : ""}
    ${
      proposal.videoUrl && proposal.joinable
        ? html`<p><a href="${proposal.videoUrl}" rel="noopener noreferrer">${t(
            "meetings.where.video",
          )}</a></p>`
        : ""
    }
    <p>${t("meetings.duration", { minutes: proposal.durationMinutes })}</p>
    ${
      proposal.familyNote
        ? html`<p>${sentence(t("meetings.familyNote", { note: isolate(proposal.familyNote) }))}</p>`
        : ""
    }
    ${answerForms(context, proposal) || proposedTimes(context, proposal)}
    ${withdrawForm(context, proposal)}
    ${changeForms(context, proposal)}
  </section>`;
}

function statusLine(context: Context, proposal: MeetingProposalView) {
  const { t } = context;
  if (proposal.status === "agreed" && proposal.startsAt) {
    return t("meetings.status.agreed", { when: when(context, proposal.startsAt) });
  }
  // The time that was agreed (and moved, perhaps) is what was cancelled, not the times proposed.
  if (proposal.status === "cancelled" && proposal.startsAt) {
    const cancelled = proposal.endedWithPlan
      ? "meetings.status.cancelledWithPlan"
      : "meetings.status.cancelledAt";
    return t(cancelled, { when: when(context, proposal.startsAt) });
  }
  if (proposal.status === "withdrawn" && proposal.endedWithPlan) {
    return t("meetings.status.withdrawnWithPlan");
  }

  return t(`meetings.status.${proposal.status}`, { when: "" });
}

const when = (context: Context, iso: string) =>
  formatMeetingTime(iso, context.locale, context.view.school.timeZone);

/** One button per time, so the family chooses with a single tap; or a note asking for another. */
function answerForms(context: Context, proposal: MeetingProposalView) {
  const { t, view } = context;
  if (!view.may.answer || !isOpen(proposal)) return "";
  const action = `${meetingTimesPath(view.plan.id)}/${proposal.id}`;
  const formId = `another-${proposal.id}`;
  const asking = context.state?.formId === formId;

  return html`<h3>${t("meetings.choose.heading")}</h3>
    <ul class="choices time-choices">${proposal.times.map(
      (time) => html`<li><form method="post" action="${action}/choose">
        <input type="hidden" name="timeId" value="${time.id}">
        <button type="submit">${t("meetings.choose.button", {
          when: when(context, time.startsAt),
        })}</button></form></li>`,
    )}</ul>
    <details class="add-form"${asking ? html` open` : ""}>
      <summary>${t("meetings.another.summary")}</summary>
      <form method="post" action="${action}/another-time" class="stack"${keepDraft(t, formId)}>
        ${textArea(context, {
          formId,
          name: "note",
          label: "meetings.field.note",
          coach: true,
          hint: "meetings.hint.note",
          hintValues: { max: familyNoteLimit },
          state: context.state,
        })}
        <div><button type="submit" class="secondary">${t("meetings.another.submit")}</button></div>
      </form>
    </details>`;
}

/**
 * The times as proposed, for everyone but a family member still choosing from them. A cancelled
 * meeting's card says which time was cancelled instead (statusLine).
 */
function proposedTimes(context: Context, proposal: MeetingProposalView) {
  const { t } = context;
  if (proposal.times.length === 0 || proposal.status === "cancelled") return "";

  return html`<h3>${t("meetings.times.heading")}</h3>
    <ul class="times">${proposal.times.map((time) =>
      time.chosen
        ? html`<li><strong>${t("meetings.times.chosen", {
            when: when(context, time.startsAt),
          })}</strong></li>`
        : html`<li>${when(context, time.startsAt)}</li>`,
    )}</ul>`;
}

/** Staff take back times no one has chosen yet, and go on to propose new ones. */
function withdrawForm(context: Context, proposal: MeetingProposalView) {
  const { t, view } = context;
  if (!view.may.propose || !isOpen(proposal)) return "";
  const action = `${meetingTimesPath(view.plan.id)}/${proposal.id}/withdraw`;

  return html`<form method="post" action="${action}">
      <button type="submit" class="secondary">${t("meetings.withdraw.submit")}</button>
    </form>
    <p><a href="#propose">${t("meetings.proposeNew")}</a></p>`;
}

/** Staff move or cancel an agreed meeting; every calendar gets the change. */
function changeForms(context: Context, proposal: MeetingProposalView) {
  const { t, view } = context;
  if (!view.may.propose || proposal.status !== "agreed") return "";
  const action = `${meetingTimesPath(view.plan.id)}/${proposal.id}`;
  const formId = `reschedule-${proposal.id}`;

  return html`<details class="add-form"${context.state?.formId === formId ? html` open` : ""}>
      <summary>${t("meetings.reschedule.summary")}</summary>
      ${rescheduleForm(context, proposal)}
    </details>
    <p class="meeting-cancel">
      <a href="${action}/cancel" aria-describedby="meeting-${proposal.id}-status">${t(
        "meetings.cancel.link",
      )}</a>
    </p>`;
}

/**
 * The move form. It sends back the meeting's SEQUENCE as the page showed it, so a move made
 * after someone else's is refused rather than silently undoing theirs; a form shown again
 * keeps the one it was first opened with.
 */
export function rescheduleForm(context: Context, proposal: MeetingProposalView) {
  const { t, view, state } = context;
  const formId = `reschedule-${proposal.id}`;
  const seen = typed(state, formId, "sequence") || String(proposal.sequence);
  const action = `${meetingTimesPath(view.plan.id)}/${proposal.id}/reschedule`;

  return html`<form method="post" action="${action}" class="stack">
      <input type="hidden" name="sequence" value="${seen}">
      ${textInput(context, {
        formId,
        name: "newTime",
        type: "datetime-local",
        label: "meetings.field.newTime",
        hint: "meetings.hint.time",
        hintValues: { zone: view.school.timeZone },
        ...timesAhead(view),
        state,
      })}
      <div><button type="submit">${t("meetings.reschedule.submit")}</button></div>
    </form>`;
}

/** Times are proposed from today at the school to a year on (meeting-problems.ts). */
function timesAhead(view: MeetingTimesView) {
  const { earliest, latest } = daysAhead(view.today);

  return { min: `${earliest}T00:00`, max: `${latest}T23:59` };
}

function proposeForm(context: Context) {
  const { t, view, state } = context;
  const formId = "propose";
  const time = (name: string, label: MessageKey) =>
    textInput(context, {
      formId,
      name,
      type: "datetime-local",
      label,
      hint: "meetings.hint.time",
      hintValues: { zone: view.school.timeZone },
      ...timesAhead(view),
      state,
    });

  const replaced = view.proposals.filter(isOpen);
  const replacedIds = replaced.map((proposal) => `propose-replaces-${proposal.id}`).join(" ");

  return html`<section class="card" id="propose" aria-labelledby="propose-heading">
    <h2 id="propose-heading">${t("meetings.propose.heading")}</h2>
    ${replaced.map(
      (proposal) =>
        html`<p class="hint" id="propose-replaces-${proposal.id}">${sentence(
          t("meetings.propose.replaces", {
            name: isolate(proposal.proposedByName),
            when: formatInstant(proposal.proposedAt, context.locale, view.school.timeZone),
          }),
        )}</p>`,
    )}
    <form method="post" action="${meetingTimesPath(view.plan.id)}" class="stack"${keepDraft(
      t,
      formId,
    )}>
      ${formTokenField()}
      ${time("firstTime", "meetings.field.firstTime")}
      ${time("secondTime", "meetings.field.secondTime")}
      ${time("thirdTime", "meetings.field.thirdTime")}
      ${textInput(context, {
        formId,
        name: "place",
        label: "meetings.field.place",
        hint: "meetings.hint.place",
        hintValues: { max: limits.place },
        maxLength: limits.place,
        state,
      })}
      ${textInput(context, {
        formId,
        name: "videoLink",
        type: "url",
        label: "meetings.field.videoLink",
        hint: "meetings.hint.videoLink",
        state,
      })}
      ${textInput(context, {
        formId,
        name: "durationMinutes",
        type: "number",
        label: "meetings.field.duration",
        hint: "meetings.hint.duration",
        hintValues: meetingLength,
        value: String(meetingLength.usual),
        min: String(meetingLength.min),
        max: String(meetingLength.max),
        state,
      })}
      <div><button type="submit"${
        replacedIds ? html` aria-describedby="${replacedIds}"` : ""
      }>${t("meetings.propose.submit")}</button></div>
    </form>
  </section>`;
}
