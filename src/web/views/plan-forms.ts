import { html } from "hono/html";
import type { StatementSection } from "../../db/schema.ts";
import { formatMeetingTime } from "../../domain/meetings/meeting-time.ts";
import { conferencePrompts } from "../../domain/plans/add-conference-note.ts";
import { sectionLabels } from "../../domain/plans/add-statement.ts";
import { daysAhead } from "../../domain/plans/date-windows.ts";
import { limits } from "../../domain/plans/parse-plan-input.ts";
import type { PlanView, StatementView } from "../../domain/plans/read-plan.ts";
import { progressValues } from "../../domain/plans/record-check-in.ts";
import type { AttendeeChoice } from "../../domain/plans/record-meeting.ts";
import { addDays } from "../../domain/plans/school-time.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { formTokenField } from "../form-tokens.ts";
import { keepDraft } from "./keep-draft.ts";
import { ownWords, sentence } from "./own-words.ts";
import {
  checkboxes,
  type FormState,
  fieldId,
  problemOf,
  select,
  textArea,
  textInput,
  ticked,
  typed,
} from "./plan-fields.ts";
import type { ViewContext } from "./plan-format.ts";

/*
 * The forms on a plan page. Each posts to its own route and comes back here with what the
 * person typed when something needs another look.
 */

export interface FormsContext extends ViewContext {
  view: PlanView;
  state: FormState | undefined;
}

/** The wording of the "add" form per section and voice: a student writes about "my" math. */
const addLabels: Record<string, MessageKey> = {
  "student:strength": "plans.add.strength.student",
  "family:strength": "plans.add.strength.family",
  "teacher:strength": "plans.add.strength.teacher",
  "student:area": "plans.add.area.student",
  "family:area": "plans.add.area.family",
  "teacher:area": "plans.add.area.teacher",
  "student:student_action": "plans.add.studentAction.student",
  "teacher:student_action": "plans.add.studentAction.teacher",
  "teacher:teacher_action": "plans.add.teacherAction.teacher",
  "family:family_action": "plans.add.familyAction.family",
  "teacher:family_action": "plans.add.familyAction.teacher",
};

/**
 * The hint under the words, in the voice of who writes them: a student about their own math, a
 * family about their child, a teacher about the student (their words show under a Teacher badge).
 */
const addHints: Record<string, MessageKey> = {
  "student:strength": "plans.hint.strength.student",
  "family:strength": "plans.hint.strength.family",
  "teacher:strength": "plans.hint.strength.teacher",
  "student:area": "plans.hint.area.student",
  "family:area": "plans.hint.area.family",
  "teacher:area": "plans.hint.area.teacher",
};

const planPath = (view: PlanView) => `/plans/${view.plan.id}`;

/** "Add a strength" and the like, folded away until opened (or when it needs another look). */
export function addStatementForm(context: FormsContext, section: StatementSection) {
  const { view, state } = context;
  if (!view.sections.includes(section)) return "";
  const formId = `add-${section}`;
  const summary = addLabels[`${view.voice}:${section}`] ?? sectionLabels[section];
  const hint = addHints[`${view.voice}:${section}`] ?? "plans.hint.action";

  return html`<details class="add-form"${state?.formId === formId ? html` open` : ""}>
    <summary>${context.t(summary)}</summary>
    <form method="post" action="${planPath(view)}/statements" class="stack"${keepDraft(
      context.t,
      formId,
    )}>
      <input type="hidden" name="section" value="${section}">
      ${formTokenField()}
      ${textArea(context, {
        formId,
        name: "body",
        label: sectionLabels[section],
        hint,
        coach: true,
        hintValues: { max: limits.statement },
        state,
      })}
      ${section === "area" ? helpedByChoices(context, formId, []) : ""}
      <div><button type="submit">${context.t("plans.add.submit")}</button></div>
    </form>
  </details>`;
}

/** The strengths on the plan an area can name as the ones that will help with it. */
export function helpedByChoices(context: FormsContext, formId: string, checked: string[]) {
  const strengths = context.view.statements.filter((s) => s.section === "strength");
  if (strengths.length === 0) {
    return html`<p class="hint">${context.t("plans.hint.noStrengthsYet")}</p>`;
  }

  return checkboxes(context, {
    formId,
    name: "helpedBy",
    label: "plans.field.helpedBy",
    hint: "plans.hint.helpedBy",
    state: context.state,
    checked,
    choices: strengths.map((strength) => ({
      value: strength.id,
      label: html`<span ${ownWords(strength.language)}>${strength.body}</span>`,
    })),
  });
}

/** Answering one statement: the way a teacher responds to a student's or family's words. */
export function statementCommentForm(context: FormsContext, statement: StatementView) {
  const { view, state } = context;
  if (!view.may.comment || view.plan.stage === "closed") return "";
  const formId = `comment-${statement.id}`;

  return html`<details class="comment-form"${state?.formId === formId ? html` open` : ""}>
    <summary>${context.t("plans.comment.onStatement")}</summary>
    <form method="post" action="${planPath(view)}/comments" class="stack"${keepDraft(
      context.t,
      formId,
    )}>
      <input type="hidden" name="statementId" value="${statement.id}">
      ${formTokenField()}
      ${textArea(context, {
        formId,
        name: "body",
        label: "plans.field.commentOn",
        coach: true,
        hint: "plans.hint.comment",
        hintValues: { max: limits.comment },
        state,
      })}
      <div><button type="submit">${context.t("plans.comment.submit")}</button></div>
    </form>
  </details>`;
}

export function planCommentForm(context: FormsContext) {
  const { view, state } = context;
  if (!view.may.comment || view.plan.stage === "closed") return "";

  return html`<form method="post" action="${planPath(view)}/comments" class="stack"${keepDraft(
    context.t,
    "comment",
  )}>
    ${formTokenField()}
    ${textArea(context, {
      formId: "comment",
      name: "body",
      label: "plans.field.comment",
      coach: true,
      hint: "plans.hint.comment",
      hintValues: { max: limits.comment },
      state,
    })}
    <div><button type="submit">${context.t("plans.comment.submit")}</button></div>
  </form>`;
}

export function conferenceNoteForm(context: FormsContext) {
  const { view, state } = context;
  if (!view.may.writeStaffNotes || view.plan.stage === "closed") return "";
  const prompts = conferencePrompts.map((prompt) => ({
    value: prompt,
    label: context.t(`plans.prompt.${prompt}`),
  }));
  const choices = [...prompts, { value: "", label: context.t("plans.prompt.none") }];

  return html`<p>${context.t("plans.conference.guide")}</p>
  <ul>${prompts.map((prompt) => html`<li>${prompt.label}</li>`)}</ul>
  <form method="post" action="${planPath(view)}/conference-notes" class="stack"${keepDraft(
    context.t,
    "conference-note",
  )}>
    ${formTokenField()}
    ${select(context, {
      formId: "conference-note",
      name: "prompt",
      label: "plans.field.prompt",
      state,
      choices,
      value: conferencePrompts[0],
    })}
    ${textArea(context, {
      formId: "conference-note",
      name: "body",
      label: "plans.field.conferenceNote",
      coach: true,
      hint: "plans.hint.conferenceNote",
      hintValues: { max: limits.conferenceNote },
      state,
    })}
    <div><button type="submit">${context.t("plans.conference.submit")}</button></div>
  </form>`;
}

export function meetingForm(context: FormsContext) {
  const { view, state } = context;
  if (!view.may.recordMeeting || view.plan.stage === "closed" || !view.staff) return "";
  const formId = "meeting";

  return html`<details class="add-form"${state?.formId === formId ? html` open` : ""}>
    <summary>${context.t("plans.meeting.add")}</summary>
    <form method="post" action="${planPath(view)}/meetings" class="stack"${keepDraft(
      context.t,
      formId,
    )}>
      ${formTokenField()}
      ${meetingFields(context, { formId, choices: view.staff.attendeeChoices })}
      <div><button type="submit">${context.t("plans.meeting.submit")}</button></div>
    </form>
  </details>`;
}

const attendeeRoles: Record<string, MessageKey> = {
  student: "plans.role.student",
  guardian: "plans.role.guardian",
  teacher: "plans.role.teacher",
  administrator: "plans.role.administrator",
};

/** A meeting as its record says, in the form's own terms (the school's wall-clock time). */
export interface RecordedMeeting {
  startsAt: string;
  place: string;
  videoLink: string;
  notes: string;
  attendeeIds: string[];
}

/**
 * The fields of a meeting record: empty to record one, or filled with what was recorded to
 * correct it. A form that came back shows what was typed instead.
 */
export function meetingFields(
  context: FormsContext,
  options: { formId: string; choices: AttendeeChoice[]; recorded?: RecordedMeeting },
) {
  const { view, state } = context;
  const { formId, recorded } = options;
  const choices = options.choices.map((person) => ({
    value: person.id,
    label: sentence(
      context.t("plans.meeting.attendeeChoice", {
        name: isolate(person.name),
        role: context.t(attendeeRoles[person.role] ?? "plans.role.teacher"),
      }),
    ),
  }));

  return html`${textInput(context, {
    formId,
    name: "startsAt",
    type: "datetime-local",
    label: "plans.field.startsAt",
    hint: "plans.hint.startsAt",
    hintValues: { zone: view.school.timeZone },
    ...(recorded ? { value: recorded.startsAt } : {}),
    min: `${view.meetingDays.earliest}T00:00`,
    max: `${view.meetingDays.latest}T23:59`,
    state,
  })}
    ${textInput(context, {
      formId,
      name: "place",
      label: "plans.field.place",
      hint: "plans.hint.place",
      hintValues: { max: limits.place },
      maxLength: limits.place,
      ...(recorded ? { value: recorded.place } : {}),
      state,
    })}
    ${textInput(context, {
      formId,
      name: "videoLink",
      type: "url",
      label: "plans.field.videoLink",
      hint: "plans.hint.videoLink",
      ...(recorded ? { value: recorded.videoLink } : {}),
      state,
    })}
    ${checkboxes(context, {
      formId,
      name: "attendeeIds",
      label: "plans.field.attendees",
      state,
      choices,
      ...(recorded ? { checked: recorded.attendeeIds } : {}),
    })}
    ${textArea(context, {
      formId,
      name: "notes",
      label: "plans.field.meetingNotes",
      coach: true,
      hint: "plans.hint.meetingNotes",
      hintValues: { max: limits.meetingNotes },
      maxLength: limits.meetingNotes,
      ...(recorded ? { value: recorded.notes } : {}),
      state,
    })}`;
}

export function agreeForm(context: FormsContext) {
  const { view, state } = context;
  const stage = view.plan.stage;
  if (!view.may.agree || (stage !== "draft" && stage !== "shared")) return "";

  return html`<form method="post" action="${planPath(view)}/agree" class="stack">
    ${textInput(context, {
      formId: "agree",
      name: "firstCheckInOn",
      type: "date",
      label: "plans.field.firstCheckInOn",
      hint: "plans.hint.firstCheckInOn",
      value: view.suggestedCheckInOn,
      ...checkInDays(view),
      state,
    })}
    <div><button type="submit">${context.t("plans.agree.submit")}</button></div>
  </form>`;
}

export function checkInForm(context: FormsContext) {
  const { view, state } = context;
  const stage = view.plan.stage;
  if (!view.may.checkIn || (stage !== "agreed" && stage !== "checking_in")) return "";
  const formId = "check-in";
  const actions = view.statements.filter((s) => s.progress !== null);
  const progressChoices = progressValues.map((value) => ({
    value,
    label: context.t(`plans.progress.${value}`),
  }));

  return html`<details class="add-form"${state?.formId === formId ? html` open` : ""}>
    <summary>${context.t("plans.checkIn.add")}</summary>
    <form method="post" action="${planPath(view)}/check-ins" class="stack"${keepDraft(
      context.t,
      formId,
    )}>
      ${formTokenField()}
      ${progressProblem(state, formId)}
      ${actions.map((action) =>
        select(context, {
          formId,
          name: `progress-${action.id}`,
          label: "plans.field.progressOn",
          labelValues: { action: action.body },
          state,
          choices: progressChoices,
          value: action.progress ?? "not_started",
        }),
      )}
      ${textArea(context, {
        formId,
        name: "note",
        label: "plans.field.checkInNote",
        coach: true,
        hint: "plans.hint.checkInNote",
        hintValues: { max: limits.checkInNote },
        state,
      })}
      ${textInput(context, {
        formId,
        name: "nextCheckInOn",
        type: "date",
        label: "plans.field.nextCheckInOn",
        hint: "plans.hint.nextCheckInOn",
        value: view.suggestedCheckInOn,
        ...checkInDays(view),
        state,
      })}
      <div><button type="submit">${context.t("plans.checkIn.submit")}</button></div>
    </form>
  </details>`;
}

/** A check-in planned by hand falls after today and within a year (plan-school.ts). */
function checkInDays(view: PlanView) {
  const { latest } = daysAhead(view.today);

  return { min: addDays(view.today, 1), max: latest };
}

export function closeForm(context: FormsContext) {
  const { view } = context;
  if (!view.may.close || view.plan.stage === "closed") return "";

  // Closing cannot be undone: the button that does it is one step behind the one that offers it.
  // It also cancels the meetings still to come, so the step names each one before it goes.
  const cancelled = view.agreedMeetings.map((meeting, index) => ({
    id: `close-cancels-${index + 1}`,
    when: formatMeetingTime(meeting.startsAt, context.locale, view.school.timeZone),
  }));
  const described = ["close-hint", "close-confirm", ...cancelled.map((each) => each.id)];

  return html`<details class="add-form close-plan">
    <summary>${context.t("plans.close.submit")}</summary>
    <form method="post" action="${planPath(view)}/close">
      <p class="hint" id="close-hint">${context.t("plans.close.hint")}</p>
      <p class="hint" id="close-confirm">${context.t("plans.close.confirm")}</p>
      ${cancelled.map(
        (meeting) =>
          html`<p class="hint" id="${meeting.id}"><strong>${context.t(
            "plans.close.cancelsMeeting",
            { when: meeting.when },
          )}</strong></p>`,
      )}
      <button type="submit" class="secondary" aria-describedby="${described.join(" ")}">${context.t(
        "plans.close.yes",
      )}</button>
    </form>
  </details>`;
}

/** The edit form for one's own statement; an area also re-chooses the strengths that help. */
export function editStatementForm(context: FormsContext, statement: StatementView) {
  const { view, state } = context;
  const formId = "edit";
  const checked = state?.formId === formId ? ticked(state, formId, "helpedBy") : statement.helpedBy;

  const action = `${planPath(view)}/statements/${statement.id}/edit`;

  // The version the person started from: a form shown again keeps it, so a save never
  // silently lands on words that changed meanwhile (see domain/plans/plan-conflict.ts).
  const seen = state?.formId === formId ? typed(state, formId, "seen") : "";

  return html`<form method="post" action="${action}" class="stack">
    <input type="hidden" name="seen" value="${seen || statement.version}">
    ${textArea(context, {
      formId,
      name: "body",
      label: sectionLabels[statement.section],
      hint: "plans.hint.ownWords",
      coach: true,
      hintValues: { max: limits.statement },
      value: statement.body,
      state,
    })}
    ${statement.section === "area" ? helpedByChoices(context, formId, checked) : ""}
    <div class="actions-row">
      <button type="submit">${context.t("form.save")}</button>
      <a class="button secondary" href="${planPath(view)}#statement-${statement.id}">${context.t(
        "form.cancel",
      )}</a>
    </div>
  </form>`;
}

/** A problem with the progress as a whole (an action that left the plan meanwhile). */
function progressProblem(state: FormState | undefined, formId: string) {
  const problem = problemOf(state, formId, "progress");
  if (!problem) return "";

  return html`<p class="field-error" id="${fieldId(formId, "progress")}">${problem}</p>`;
}
