import { html } from "hono/html";
import type { StatementSection } from "../../db/schema.ts";
import type { Actor } from "../../domain/access/actor.ts";
import { mayEditStatement, mayRetireStatement } from "../../domain/access/policy.ts";
import type { CoachReading } from "../../domain/language-coach/check-language.ts";
import { meetingTimesPath } from "../../domain/meetings/meeting-deps.ts";
import type { CarriedFrom } from "../../domain/next-year/read-carried-from.ts";
import type {
  CheckInView,
  CommentView,
  MeetingView,
  PlanView,
  StatementView,
} from "../../domain/plans/read-plan.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { agreedMeetingLine } from "./agreed-meetings.ts";
import { checkInUpdatesOnPlan } from "./check-in-update-page.ts";
import { identitySection } from "./identity-section.ts";
import { coachHint } from "./language-coach.ts";
import { page } from "./layout.ts";
import { carriedFromNotice, carriedMark } from "./next-year-carried.ts";
import { isolated, ownWords, sentence } from "./own-words.ts";
import { type FormState, problemSummary } from "./plan-fields.ts";
import {
  formatDay,
  formatInstant,
  progressKey,
  type ViewContext,
  voiceBadge,
  writtenIn,
} from "./plan-format.ts";
import {
  addStatementForm,
  agreeForm,
  checkInForm,
  closeForm,
  conferenceNoteForm,
  type FormsContext,
  meetingForm,
  planCommentForm,
  statementCommentForm,
} from "./plan-forms.ts";
import { historyList } from "./plan-history.ts";
import { archivedNotice, recordsLink } from "./records-pages.ts";

export interface PlanPageOptions extends ViewContext {
  actor: Actor;
  view: PlanView;
  /** A form that came back with problems, shown with what the person typed. */
  state?: FormState | undefined;
  /** Which change was just saved, for a short confirmation at the top. */
  saved?: string | undefined;
  /** The wording coach's reading of the words just saved, when they read as deficit-framed. */
  coached?: CoachReading | undefined;
  /** Last year's plan this one was carried forward from, and the statements copied from it. */
  carried?: CarriedFrom | undefined;
}

const savedNotices: Record<string, MessageKey> = {
  started: "plans.saved.started",
  statement: "plans.saved.statement",
  edited: "plans.saved.edited",
  retired: "plans.saved.retired",
  alreadyRetired: "plans.saved.alreadyRetired",
  // The same "add" form sent a second time (src/domain/forms/form-token.ts).
  already: "form.alreadySaved",
  comment: "plans.saved.comment",
  note: "plans.saved.note",
  meeting: "plans.saved.meeting",
  meetingCorrected: "plans.saved.meetingCorrected",
  meetingRemoved: "plans.saved.meetingRemoved",
  agreed: "plans.saved.agreed",
  checkIn: "plans.saved.checkIn",
  closed: "plans.saved.closed",
  // A closed plan carried forward for a student who has an open plan already: nothing copied.
  notCarried: "nextYear.notCarried",
};

/** The plan page: the practice's sections in order, then meetings, check-ins and the history. */
export function planPage(options: PlanPageOptions) {
  const { t, view } = options;
  const context: PageContext = { ...options, state: options.state };
  const title = t("plans.title", { name: isolate(view.student.name) });
  const saved = options.saved ?? "";
  const notice = Object.hasOwn(savedNotices, saved) ? savedNotices[saved] : undefined;

  const body = html`<h1>${sentence(title)}</h1>
    ${problemSummary(options, options.state)}
    ${notice ? html`<p class="notice" role="status">${t(notice)}</p>` : ""}
    ${options.coached ? coachAfterSave(options, options.coached) : ""}
    ${planStatus(context)}
    ${archivedNotice(t, view.plan)}
    ${notOnRosterNotice(context)}
    ${carriedFromNotice(t, options.locale, options.carried)}
    ${recordsLink(t, {
      studentId: view.student.id,
      studentName: view.student.name,
      relationship: view.relationship,
    })}
    ${visionSection(context)}
    ${progressSection(context)}
    ${actionSection(context)}
    ${identitySection(context, {
      identity: view.identity,
      studentName: view.student.name,
      planId: view.plan.id,
    })}
    ${view.staff ? conferenceSection(context) : ""}
    ${meetingsSection(context)}
    <p class="no-print"><a href="/plans/${view.plan.id}/meeting-times">${t("meetings.link")}</a>
      · <a href="/calendar">${t("calendar.link")}</a></p>
    ${checkInsSection(context)}
    ${commentsSection(context)}
    ${view.may.share ? shareSection(context) : ""}
    ${historySection(context)}
    <p class="no-print"><a href="/plans/${view.plan.id}/print">${t("plans.print.link")}</a></p>
    <p class="no-print"><a href="/plans/${view.plan.id}/plan.pdf" download
      >${t("pdf.download")}</a></p>
    ${closeForm(context)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

/** The coach's word on what was just saved: a note beside the confirmation, never an error. */
function coachAfterSave(view: ViewContext, reading: CoachReading) {
  return html`<div class="coach-saved">${coachHint(view, reading, "saved")}</div>`;
}

interface PageContext extends FormsContext {
  actor: Actor;
  carried?: CarriedFrom | undefined;
}

function planStatus(context: PageContext) {
  const { t, view, locale } = context;
  const next = view.nextCheckIn;

  return html`<p class="stage">${t("plans.stageIs", { stage: t(`plans.stage.${view.plan.stage}`) })}
    · ${isolated(view.school.name)}</p>
    ${
      next
        ? html`<p>${t("plans.nextCheckIn", { day: formatDay(next.dueOn, locale) })}
          ${next.overdue ? html`<strong class="overdue">${t("plans.overdue")}</strong>` : ""}</p>`
        : ""
    }`;
}

/**
 * A student the roster no longer lists: staff are told calmly, since only administrators can
 * still open the plan and what they write reaches nobody else until the roster lists the student
 * again (read-plan.ts says why the plan still takes changes).
 */
function notOnRosterNotice(context: PageContext) {
  const { t, view } = context;
  if (view.student.onRoster || !view.staff) return "";

  const name = isolate(view.student.name);
  return html`<p class="notice not-on-roster" role="note">
    ${sentence(t("plans.notOnRoster", { name }))}</p>`;
}

function visionSection(context: PageContext) {
  const { t, view } = context;
  const vision = view.school.mathVision.trim();

  return html`<section id="vision" class="card" aria-labelledby="vision-heading">
    <h2 id="vision-heading">${t("plans.vision.heading")}</h2>
    ${
      vision
        ? html`<p class="vision vision-text" ${ownWords(view.school.mathVisionLocale)}
          >${vision}</p>`
        : html`<p class="hint">${t("plans.vision.empty")}</p>`
    }
  </section>`;
}

function progressSection(context: PageContext) {
  const { t } = context;

  return html`<section id="progress" class="card" aria-labelledby="progress-heading">
    <h2 id="progress-heading">${t("plans.progressSection.heading")}</h2>
    <h3 id="strengths">${t("plans.strengths.heading")}</h3>
    <p class="hint">${t("plans.strengths.intro")}</p>
    ${statementList(context, "strength")}
    ${addStatementForm(context, "strength")}
    <h3 id="areas">${t("plans.areas.heading")}</h3>
    <p class="hint">${t("plans.areas.intro")}</p>
    ${statementList(context, "area")}
    ${addStatementForm(context, "area")}
  </section>`;
}

const actionHeadings: [StatementSection, MessageKey][] = [
  ["student_action", "plans.studentActions.heading"],
  ["teacher_action", "plans.teacherActions.heading"],
  ["family_action", "plans.familyActions.heading"],
];

function actionSection(context: PageContext) {
  const { t } = context;

  return html`<section id="actions" class="card" aria-labelledby="actions-heading">
    <h2 id="actions-heading">${t("plans.actionPlan.heading")}</h2>
    ${actionHeadings.map(
      ([section, heading]) => html`<h3 id="${section}">${t(heading)}</h3>
        ${statementList(context, section)}
        ${addStatementForm(context, section)}`,
    )}
  </section>`;
}

function statementList(context: PageContext, section: StatementSection) {
  const statements = context.view.statements.filter((s) => s.section === section);
  if (statements.length === 0) {
    return html`<p class="empty">${context.t("plans.statements.none")}</p>`;
  }

  return html`<ul class="statements">
    ${statements.map((statement) => statementItem(context, statement))}
  </ul>`;
}

function statementItem(context: PageContext, statement: StatementView) {
  const { t, view } = context;
  const bodyId = `statement-${statement.id}-body`;

  return html`<li class="statement" id="statement-${statement.id}">
    <p class="said-by">${voiceBadge(context, statement.voice, statement.authorName)}
      ${statement.edited ? html`<span class="hint">${t("plans.statements.edited")}</span>` : ""}
      ${carriedMark(context, statement.id)}</p>
    <p class="statement-body" id="${bodyId}" ${ownWords(statement.language)}>${statement.body}</p>
    ${writtenIn(context, statement.language)}
    ${statement.section === "area" ? helpingStrengths(context, statement) : ""}
    ${
      statement.progress
        ? html`<p class="progress">${t("plans.progressIs", {
            progress: t(`plans.progress.${statement.progress}`),
          })}</p>`
        : ""
    }
    ${statement.comments.length > 0 ? commentList(context, statement.comments) : ""}
    ${view.plan.stage === "closed" ? "" : statementControls(context, statement, bodyId)}
  </li>`;
}

function helpingStrengths(context: PageContext, area: StatementView) {
  const strengths = context.view.statements.filter((s) => area.helpedBy.includes(s.id));
  if (strengths.length === 0) return "";

  return html`<div class="helped-by"><p>${context.t("plans.areas.helpedBy")}</p>
    <ul>${strengths.map(
      (strength) => html`<li ${ownWords(strength.language)}>${strength.body}</li>`,
    )}</ul></div>`;
}

function statementControls(context: PageContext, statement: StatementView, bodyId: string) {
  const { t, view, actor } = context;
  const words = { authorId: statement.authorId, voice: statement.voice };
  const planPath = `/plans/${view.plan.id}`;
  const edit = mayEditStatement(actor, view.relationship, words)
    ? html`<a href="${planPath}/statements/${statement.id}/edit" aria-describedby="${bodyId}"
        >${t("plans.statements.edit")}</a>`
    : "";
  const retire = mayRetireStatement(actor, view.relationship, words)
    ? html`<form method="post" action="${planPath}/statements/${statement.id}/retire"
        class="inline"><button type="submit" class="link-button" aria-describedby="${bodyId}"
        >${t("plans.statements.retire")}</button></form>`
    : "";

  return html`<div class="statement-controls no-print">${edit} ${retire}
    ${statementCommentForm(context, statement)}</div>`;
}

function commentList(context: PageContext, comments: CommentView[]) {
  const when = (at: string) => formatInstant(at, context.locale, context.view.school.timeZone);

  return html`<ul class="comments">
    ${comments.map(
      (comment) => html`<li class="comment">
        <p class="said-by">${voiceBadge(context, comment.voice, comment.authorName)}
          <span class="hint">${when(comment.at)}</span></p>
        <p ${ownWords(comment.language)}>${comment.body}</p>
        ${writtenIn(context, comment.language)}
      </li>`,
    )}
  </ul>`;
}

function conferenceSection(context: PageContext) {
  const { t, view } = context;
  const notes = view.staff?.conferenceNotes ?? [];

  return html`<section id="conference-notes" class="card" aria-labelledby="conference-heading">
    <h2 id="conference-heading">${t("plans.conference.heading")}</h2>
    <p class="hint">${t("plans.conference.staffOnly")}</p>
    ${
      notes.length === 0
        ? html`<p class="empty">${t("plans.conference.none")}</p>`
        : html`<ul class="notes">${notes.map(
            (note) => html`<li>
              <p class="prompt">${t(note.prompt ? promptKey(note.prompt) : "plans.prompt.none")}</p>
              <p ${ownWords()}>${note.body}</p>
              <p class="hint">${isolated(note.authorName)} ·
                ${formatInstant(note.at, context.locale, view.school.timeZone)}</p>
            </li>`,
          )}</ul>`
    }
    ${conferenceNoteForm(context)}
  </section>`;
}

function promptKey(prompt: string): MessageKey {
  const keys: Record<string, MessageKey> = {
    confident: "plans.prompt.confident",
    proud: "plans.prompt.proud",
    hard_problem: "plans.prompt.hard_problem",
    get_better: "plans.prompt.get_better",
    math_at_home: "plans.prompt.math_at_home",
  };

  return keys[prompt] ?? "plans.prompt.none";
}

function meetingsSection(context: PageContext) {
  const { t, view } = context;

  return html`<section id="meetings" class="card" aria-labelledby="meetings-heading">
    <h2 id="meetings-heading">${t("plans.meetings.heading")}</h2>
    ${agreedMeetingList(context)}
    ${
      view.meetings.length === 0
        ? view.agreedMeetings.length === 0
          ? html`<p class="empty">${t("plans.meetings.none")}</p>`
          : ""
        : html`<ul class="meetings">
          ${view.meetings.map((meeting) => meetingItem(context, meeting))}
        </ul>`
    }
    ${meetingForm(context)}
    ${
      view.may.agree && (view.plan.stage === "draft" || view.plan.stage === "shared")
        ? html`<h3 id="agree">${t("plans.agree.heading")}</h3>
          <p class="hint">${t("plans.agree.intro")}</p>
          ${agreeForm(context)}`
        : ""
    }
    ${
      view.plan.agreed_at
        ? html`<p>${t("plans.agreedOn", {
            when: formatInstant(view.plan.agreed_at, context.locale, view.school.timeZone),
          })}</p>`
        : ""
    }
  </section>`;
}

/**
 * Meetings the family agreed a time for and that are still to come, apart from the meetings
 * recorded: the family was told the meeting is agreed, so the plan says so too.
 */
function agreedMeetingList(context: PageContext) {
  const { t, view } = context;
  if (view.agreedMeetings.length === 0) return "";

  return html`<ul class="agreed-meetings">
    ${view.agreedMeetings.map((meeting) => {
      const id = `agreed-${meeting.proposalId}`;
      const link = `${meetingTimesPath(view.plan.id)}#meeting-${meeting.proposalId}`;
      return html`<li id="${id}">
        <p><strong id="${id}-when">${sentence(agreedMeetingLine(context, meeting))}</strong></p>
        <p class="no-print"><a href="${link}" aria-describedby="${id}-when">${t(
          "plans.meetings.agreedLink",
        )}</a></p>
      </li>`;
    })}
  </ul>`;
}

function meetingItem(context: PageContext, meeting: MeetingView) {
  const { t, view, locale } = context;
  const whenId = `meeting-${meeting.id}-when`;
  const when = formatInstant(meeting.startsAt, locale, view.school.timeZone);
  const corrected = html`<span class="hint">${t("plans.meeting.corrected")}</span>`;
  const place = meeting.place && t("plans.meeting.place", { place: isolate(meeting.place) });

  return html`<li class="meeting" id="meeting-${meeting.id}">
    <p><strong id="${whenId}">${when}</strong> ${meeting.version > 1 ? corrected : ""}</p>
    ${place ? html`<p>${sentence(place)}</p>` : ""}
    ${
      meeting.videoUrl
        ? html`<p><a href="${meeting.videoUrl}" rel="noopener noreferrer">${t(
            "plans.meeting.video",
          )}</a></p>`
        : ""
    }
    ${
      meeting.attendees.length > 0
        ? html`<p>${sentence(
            t("plans.meeting.attended", {
              names: meeting.attendees.map((person) => isolate(person.name)).join(", "),
            }),
          )}</p>`
        : ""
    }
    ${meeting.notes ? html`<p ${ownWords()}>${meeting.notes}</p>` : ""}
    ${meetingControls(context, meeting, whenId)}
  </li>`;
}

/** Correct or remove a meeting record: for those who may record one, while the plan is open. */
function meetingControls(context: PageContext, meeting: MeetingView, whenId: string) {
  const { t, view } = context;
  if (!view.may.recordMeeting || !view.staff) return "";
  const path = `/plans/${view.plan.id}/meetings/${meeting.id}`;

  return html`<div class="statement-controls no-print">
    <a href="${path}/correct" aria-describedby="${whenId}">${t("plans.meeting.correct")}</a>
    <a href="${path}/remove" aria-describedby="${whenId}">${t("plans.meeting.remove")}</a>
  </div>`;
}

function checkInsSection(context: PageContext) {
  const { t, view } = context;
  const held = view.checkIns.filter((checkIn) => checkIn.heldAt);

  return html`<section id="check-ins" class="card" aria-labelledby="check-ins-heading">
    <h2 id="check-ins-heading">${t("plans.checkIns.heading")}</h2>
    ${
      held.length === 0
        ? html`<p class="empty">${t("plans.checkIns.none")}</p>`
        : html`<ul class="check-ins">${held.map((checkIn) => checkInItem(context, checkIn))}</ul>`
    }
    ${checkInUpdatesOnPlan(context, view)}
    ${checkInForm(context)}
  </section>`;
}

function checkInItem(context: PageContext, checkIn: CheckInView) {
  const { t, view, locale } = context;

  return html`<li class="check-in">
    <p><strong>${formatInstant(checkIn.heldAt ?? "", locale, view.school.timeZone)}</strong>
      · ${isolated(checkIn.recordedByName)}</p>
    ${
      checkIn.progress.length > 0
        ? html`<ul>${checkIn.progress.map(
            (entry) =>
              html`<li>${isolated(entry.body)}: <strong>${t(
                progressKey(entry.progress),
              )}</strong></li>`,
          )}</ul>`
        : ""
    }
    ${checkIn.note ? html`<p ${ownWords()}>${checkIn.note}</p>` : ""}
  </li>`;
}

function commentsSection(context: PageContext) {
  const { t, view } = context;

  return html`<section id="comments" class="card" aria-labelledby="comments-heading">
    <h2 id="comments-heading">${t("plans.comments.heading")}</h2>
    ${
      view.comments.length === 0
        ? html`<p class="empty">${t("plans.comments.none")}</p>`
        : commentList(context, view.comments)
    }
    ${planCommentForm(context)}
  </section>`;
}

/** The lead's "share with family" and sign-in card controls live behind this link. */
function shareSection(context: PageContext) {
  const { t, view } = context;

  return html`<section id="share" class="card no-print" aria-labelledby="share-heading">
    <h2 id="share-heading">${t("plans.share.heading")}</h2>
    <p class="hint">${t("plans.share.intro")}</p>
    <p><a href="/plans/${view.plan.id}/share">${t("plans.share.link")}</a></p>
  </section>`;
}

function historySection(context: PageContext) {
  const { t } = context;

  return html`<section id="history" class="card" aria-labelledby="history-heading">
    <h2 id="history-heading">${t("plans.history.heading")}</h2>
    ${historyList(context, context.view)}
  </section>`;
}
