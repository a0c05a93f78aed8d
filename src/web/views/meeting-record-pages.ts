import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { MeetingView, PlanView } from "../../domain/plans/read-plan.ts";
import type { AttendeeChoice } from "../../domain/plans/record-meeting.ts";
import { isWallTime, utcToWallTime, wallTimeToUtc } from "../../domain/plans/school-time.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { keepDraft } from "./keep-draft.ts";
import { page } from "./layout.ts";
import { isolated, ownWords, sentence } from "./own-words.ts";
import { type FormState, problemSummary, ticked, typed } from "./plan-fields.ts";
import { formatInstant, type ViewContext } from "./plan-format.ts";
import { meetingFields } from "./plan-forms.ts";

/*
 * The pages that correct a recorded meeting or remove one recorded by mistake. Both forms carry
 * the meeting's version, so a save over a record someone changed meanwhile is refused (see
 * domain/plans/meeting-conflict.ts) and shows the record as it is now.
 */

export interface MeetingPageOptions extends ViewContext {
  actor: Actor;
  view: PlanView;
  meeting: MeetingView;
  state?: FormState | undefined;
}

const correctionFormId = "correct-meeting";

/** The correction form, filled with what was recorded. */
export function correctMeetingPage(options: MeetingPageOptions) {
  const { t } = options;
  const title = t("plans.meetingCorrection.title");

  const body = html`<h1>${title}</h1>
    ${backToPlan(options)}
    ${problemSummary(options, options.state)}
    <p class="hint">${t("plans.meetingCorrection.intro")}</p>
    ${correctionForm(options)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/**
 * The record changed while the person was correcting it: what they typed beside the record as
 * it is now, and the form filled with what they typed, to save on top of the record now.
 */
export function meetingConflictPage(options: MeetingPageOptions & { state: FormState }) {
  const { t, state } = options;
  const title = t("plans.meetingConflict.title");
  const yours = typedMeeting(options, state);

  const body = html`<h1>${title}</h1>
    ${backToPlan(options)}
    <div class="problem" role="alert"><p>${t("plans.meetingConflict.lead")}</p></div>
    <div class="side-by-side">
      <section aria-labelledby="conflict-yours">
        <h2 id="conflict-yours">${t("plans.meetingConflict.yours")}</h2>
        ${meetingSummary(options, yours)}
      </section>
      <section aria-labelledby="conflict-current">
        <h2 id="conflict-current">${t("plans.meetingConflict.current")}</h2>
        ${meetingSummary(options, summaryOf(options, options.meeting))}
      </section>
    </div>
    <p class="hint">${t("plans.meetingConflict.mergeHint")}</p>
    ${correctionForm({ ...options, state: { ...state, values: { ...state.values, seen: "" } } })}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/** The confirmation step before a meeting record leaves the plan. */
export function removeMeetingPage(options: MeetingPageOptions & { changed?: boolean }) {
  const { t, view, meeting } = options;
  const title = t("plans.meetingRemoval.title");
  const path = `/plans/${view.plan.id}/meetings/${meeting.id}`;

  const body = html`<h1>${title}</h1>
    ${backToPlan(options)}
    ${
      options.changed
        ? html`<div class="problem" role="alert">
            <p>${t("plans.meetingConflict.removalLead")}</p></div>`
        : ""
    }
    <section class="card" aria-labelledby="removed-meeting">
      <h2 id="removed-meeting">${t("plans.meetingVersions.when", { when: when(options) })}</h2>
      ${meetingSummary(options, summaryOf(options, meeting))}
    </section>
    <p>${t("plans.meetingRemoval.lead")}</p>
    <p><a href="${path}/correct">${t("plans.meetingRemoval.correctInstead")}</a></p>
    <form method="post" action="${path}/remove" class="actions-row">
      <input type="hidden" name="seen" value="${String(meeting.version)}">
      <button type="submit">${t("plans.meetingRemoval.submit")}</button>
      <a class="button secondary" href="/plans/${view.plan.id}#meeting-${meeting.id}">${t(
        "form.cancel",
      )}</a>
    </form>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

function backToPlan(options: MeetingPageOptions) {
  const { t, view } = options;

  return html`<p><a href="/plans/${view.plan.id}">${sentence(
    t("plans.title", { name: isolate(view.student.name) }),
  )}</a></p>`;
}

function correctionForm(options: MeetingPageOptions) {
  const { t, view, meeting, state } = options;
  const formId = correctionFormId;
  const zone = view.school.timeZone;
  const recorded = {
    startsAt: utcToWallTime(meeting.startsAt, zone),
    place: meeting.place ?? "",
    videoLink: meeting.videoUrl ?? "",
    notes: meeting.notes ?? "",
    attendeeIds: meeting.attendees.map((person) => person.id),
  };
  // A form shown again keeps the version it started from; a merge starts from the record now.
  const seen = typed(state, formId, "seen") || String(meeting.version);
  const context = { t, locale: options.locale, view, state };
  const action = `/plans/${view.plan.id}/meetings/${meeting.id}/correct`;

  return html`<form method="post" action="${action}" class="stack"${keepDraft(t, formId)}>
    <input type="hidden" name="seen" value="${seen}">
    ${meetingFields(context, { formId, choices: correctionChoices(view, meeting), recorded })}
    <div class="actions-row">
      <button type="submit">${t("plans.meetingCorrection.submit")}</button>
      <a class="button secondary" href="/plans/${view.plan.id}#meeting-${meeting.id}">${t(
        "form.cancel",
      )}</a>
    </div>
  </form>`;
}

/** Who may be ticked: the plan's people now, and anyone recorded before who has left it since. */
function correctionChoices(view: PlanView, meeting: MeetingView): AttendeeChoice[] {
  const choices = view.staff?.attendeeChoices ?? [];
  const known = new Set(choices.map((choice) => choice.id));

  return [...choices, ...meeting.attendees.filter((person) => !known.has(person.id))];
}

interface MeetingSummary {
  when: string;
  place: string | null;
  videoLink: string | null;
  attendees: string[];
  notes: string | null;
}

function when(options: MeetingPageOptions) {
  return formatInstant(options.meeting.startsAt, options.locale, options.view.school.timeZone);
}

function summaryOf(options: MeetingPageOptions, meeting: MeetingView): MeetingSummary {
  return {
    when: formatInstant(meeting.startsAt, options.locale, options.view.school.timeZone),
    place: meeting.place,
    videoLink: meeting.videoUrl,
    attendees: meeting.attendees.map((person) => person.name),
    notes: meeting.notes,
  };
}

/** What the person typed, read the way the record reads (names for the people ticked). */
function typedMeeting(options: MeetingPageOptions, state: FormState): MeetingSummary {
  const field = (name: string) => typed(state, correctionFormId, name).trim();
  const startsAt = field("startsAt");
  const zone = options.view.school.timeZone;
  const choices = correctionChoices(options.view, options.meeting);
  const names = ticked(state, correctionFormId, "attendeeIds").map(
    (id) => choices.find((choice) => choice.id === id)?.name ?? "",
  );

  return {
    when: isWallTime(startsAt)
      ? formatInstant(wallTimeToUtc(startsAt, zone), options.locale, zone)
      : startsAt,
    place: field("place") || null,
    videoLink: field("videoLink") || null,
    attendees: names.filter(Boolean),
    notes: field("notes") || null,
  };
}

/** A meeting record as a list of what it says, field by field. */
function meetingSummary(context: ViewContext, meeting: MeetingSummary) {
  const { t } = context;
  const row = (label: string, value: unknown) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : "";
  // What people typed takes its own direction; the names are set apart from each other.
  const words = (text: string | null) => text && html`<span ${ownWords()}>${text}</span>`;
  const names = meeting.attendees.map(
    (name, index) => html`${index > 0 ? ", " : ""}${isolated(name)}`,
  );

  return html`<dl class="edit-trace">
    ${row(t("plans.field.startsAt"), meeting.when)}
    ${row(t("plans.field.place"), words(meeting.place))}
    ${row(t("plans.field.videoLink"), meeting.videoLink)}
    ${row(t("plans.field.attendees"), names.length > 0 && names)}
    ${row(t("plans.field.meetingNotes"), words(meeting.notes))}
  </dl>`;
}
