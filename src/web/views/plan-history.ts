import { html } from "hono/html";
import type { MeetingVersionView } from "../../domain/plans/meeting-versions.ts";
import type { HistoryEntry } from "../../domain/plans/plan-history.ts";
import type { PlanView } from "../../domain/plans/read-plan.ts";
import type { StatementVersionView } from "../../domain/plans/statement-versions.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { ownWords, sentence } from "./own-words.ts";
import { formatDay, formatInstant, type ViewContext } from "./plan-format.ts";

const eventMessages: Record<string, MessageKey> = {
  "plan.started": "plans.event.started",
  "plan.shared": "plans.event.shared",
  "plan.agreed": "plans.event.agreed",
  "plan.closed": "plans.event.closed",
  "statement.added": "plans.event.statementAdded",
  "statement.edited": "plans.event.statementEdited",
  "statement.retired": "plans.event.statementRetired",
  "comment.added": "plans.event.commentAdded",
  "conference_note.added": "plans.event.conferenceNoteAdded",
  "meeting.recorded": "plans.event.meetingRecorded",
  "meeting.corrected": "plans.event.meetingCorrected",
  "meeting.removed": "plans.event.meetingRemoved",
  "meeting.proposed": "meetings.history.proposed",
  "meeting.chosen": "meetings.history.chosen",
  "meeting.another_time_asked": "meetings.history.asked",
  "meeting.withdrawn": "meetings.history.withdrawn",
  "meeting.rescheduled": "meetings.history.rescheduled",
  "meeting.cancelled": "meetings.history.cancelled",
  "check_in.recorded": "plans.event.checkInRecorded",
};

/** Meetings the close ended (end-meetings-of-plan.ts) say the close did it. */
const endedWithPlanMessages: Record<string, MessageKey> = {
  "meeting.cancelled": "meetings.history.cancelledWithPlan",
  "meeting.withdrawn": "meetings.history.withdrawnWithPlan",
};

/** The plan's history, oldest first: who changed what, and when (the school's local time). */
export function historyList(context: ViewContext, view: Pick<PlanView, "history" | "school">) {
  if (view.history.length === 0) {
    return html`<p class="empty">${context.t("plans.history.none")}</p>`;
  }

  const when = (at: string) => formatInstant(at, context.locale, view.school.timeZone);

  return html`<ol class="history">
    ${view.history.map(
      (entry) => html`<li>
        <p><span class="hint">${when(entry.at)}</span>
          ${sentence(describe(context, entry, view.school.timeZone))}</p>
        ${entry.kind === "statement.edited" ? wordsBeforeAndAfter(context, entry) : ""}
        ${entry.versions ? versionList(context, entry.versions, view.school.timeZone) : ""}
        ${
          entry.meetingVersions
            ? meetingVersionList(context, entry.meetingVersions, view.school.timeZone)
            : ""
        }
      </li>`,
    )}
  </ol>`;
}

function describe(context: ViewContext, entry: HistoryEntry, timeZone: string): string {
  const details = entry.details;
  // No one closed it: the update that gave each student one open plan did (migration 014).
  if (entry.kind === "plan.closed" && details.reason === "secondOpenPlan") {
    return context.t("plans.event.closedSecondOpenPlan");
  }

  const day = (value: unknown) =>
    typeof value === "string" && value ? formatDay(value, context.locale) : "";

  const message =
    details.reason === "planClosed" && Object.hasOwn(endedWithPlanMessages, entry.kind)
      ? endedWithPlanMessages[entry.kind]
      : Object.hasOwn(eventMessages, entry.kind)
        ? eventMessages[entry.kind]
        : undefined;

  return context.t(message ?? "plans.event.other", {
    name: entry.actorName ? isolate(entry.actorName) : context.t("plans.history.someone"),
    section: String(details.section ?? "other"),
    day: day(details.firstCheckInOn ?? details.nextCheckInOn),
    when:
      typeof details.startsAt === "string"
        ? formatInstant(details.startsAt, context.locale, timeZone)
        : "",
    count: Number(details.actions ?? 0),
  });
}

/** An edit shows the words before and after, so no one's words change without a trace. */
function wordsBeforeAndAfter(context: ViewContext, entry: HistoryEntry) {
  return html`<dl class="edit-trace">
    <dt>${context.t("plans.history.before")}</dt>
    <dd ${ownWords()}>${String(entry.details.before ?? "")}</dd>
    <dt>${context.t("plans.history.after")}</dt>
    <dd ${ownWords()}>${String(entry.details.after ?? "")}</dd>
  </dl>`;
}

const versionMessages: Record<StatementVersionView["change"], MessageKey> = {
  written: "versions.written",
  edited: "versions.edited",
  retired: "versions.retired",
};

/** Every wording a statement had, who gave it and when: an action's whole story. */
function versionList(context: ViewContext, versions: StatementVersionView[], timeZone: string) {
  return html`<div class="statement-versions">
    <p class="hint">${context.t("versions.heading")}</p>
    <dl>${versions.map(
      (version) => html`<dt>${sentence(
        context.t(versionMessages[version.change], {
          version: version.version,
          name: isolate(version.changedByName),
          when: formatInstant(version.at, context.locale, timeZone),
        }),
      )}</dt>
      <dd ${ownWords()}>${version.body}</dd>`,
    )}</dl>
  </div>`;
}

const meetingVersionMessages: Record<MeetingVersionView["change"], MessageKey> = {
  recorded: "plans.meetingVersions.recorded",
  corrected: "plans.meetingVersions.corrected",
};

/** Every version of a corrected meeting's record, who made it and when: nothing is lost. */
function meetingVersionList(
  context: ViewContext,
  versions: MeetingVersionView[],
  timeZone: string,
) {
  const { t, locale } = context;
  const at = (iso: string) => formatInstant(iso, locale, timeZone);

  return html`<div class="statement-versions">
    <p class="hint">${t("plans.meetingVersions.heading")}</p>
    <dl>${versions.map(
      (version) => html`<dt>${sentence(
        t(meetingVersionMessages[version.change], {
          version: version.version,
          name: isolate(version.changedByName),
          when: at(version.at),
        }),
      )}</dt>
      <dd>${meetingVersionDetails(context, version, at)}</dd>`,
    )}</dl>
  </div>`;
}

/** What one version of a meeting record said; names and what people typed set apart. */
function meetingVersionDetails(
  { t }: ViewContext,
  version: MeetingVersionView,
  at: (iso: string) => string,
) {
  const line = (key: MessageKey, values: Record<string, string>) =>
    html`<p>${sentence(t(key, values))}</p>`;
  const names = version.attendees.map((name) => isolate(name)).join(", ");
  const link = version.videoUrl;

  return html`${line("plans.meetingVersions.when", { when: at(version.startsAt) })}
    ${version.place ? line("plans.meeting.place", { place: isolate(version.place) }) : ""}
    ${link ? line("plans.meetingVersions.video", { link: isolate(link) }) : ""}
    ${names ? line("plans.meeting.attended", { names }) : ""}
    ${version.notes ? html`<p class="statement-body" ${ownWords()}>${version.notes}</p>` : ""}`;
}
