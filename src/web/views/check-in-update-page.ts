import { html } from "hono/html";
import type { ActionProgress, Voice } from "../../db/schema.ts";
import { may } from "../../domain/access/policy.ts";
import type { CheckInUpdateView } from "../../domain/check-ins/updates/read-check-in-updates.ts";
import { updateLimit } from "../../domain/check-ins/updates/send-check-in-update.ts";
import type { PlanView } from "../../domain/plans/read-plan.ts";
import { progressValues } from "../../domain/plans/record-check-in.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { formTokenField } from "../form-tokens.ts";
import { keepDraft } from "./keep-draft.ts";
import { isolated, sentence } from "./own-words.ts";
import { type FormState, problemSummary, select, textArea } from "./plan-fields.ts";
import {
  formatDay,
  formatInstant,
  progressKey,
  type ViewContext,
  voiceBadge,
} from "./plan-format.ts";

/*
 * A student's or family member's update before a check-in, from their own link, and the list of
 * updates the teacher reads at the check-in, each in its author's voice.
 */

export interface CheckInUpdatePageOptions extends ViewContext {
  planId: string;
  timeZone: string;
  dueOn: string | null;
  /** Whose update it is: a family member is addressed as the family, about the student. */
  voice: Voice;
  studentName: string;
  actions: { id: string; body: string; progress: ActionProgress | null }[];
  sent: { wentWell: string | null; wasHard: string | null; at: string } | null;
  state?: FormState | undefined;
  saved?: boolean;
  /** The same form was sent again after it saved: nothing was written twice. */
  alreadySaved?: boolean;
}

export function checkInUpdatePage(options: CheckInUpdatePageOptions) {
  const { t, locale } = options;
  const back = html`<p><a href="/plans/${options.planId}">${t("identity.check.back")}</a></p>`;
  if (!options.dueOn) {
    return html`<h1>${t("updates.title")}</h1><p>${t("updates.noCheckIn")}</p>${back}`;
  }

  const family = options.voice === "family";
  const studentName = isolate(options.studentName);
  const day = formatDay(options.dueOn, locale);
  const saved = family ? t("updates.savedFamily", { studentName }) : t("updates.saved");
  const intro = family
    ? t("updates.introFamily", { day, studentName })
    : t("updates.intro", { day });

  return html`<h1>${t("updates.title")}</h1>
    ${problemSummary(options, options.state)}
    ${options.saved ? html`<p class="notice" role="status">${sentence(saved)}</p>` : ""}
    ${options.alreadySaved ? notice(t("form.alreadySaved")) : ""}
    <p class="hint">${sentence(intro)}</p>
    ${
      options.sent
        ? html`<p class="hint">${t("updates.sentAt", {
            when: formatInstant(options.sent.at, locale, options.timeZone),
          })}</p>`
        : ""
    }
    <form method="post" action="/plans/${options.planId}/check-in-update" class="stack"${keepDraft(
      t,
      "update",
    )}>
      ${formTokenField()}
      ${textArea(options, {
        formId: "update",
        name: "wentWell",
        label: "updates.field.wentWell",
        hint: "updates.hint.words",
        hintValues: { max: updateLimit },
        state: options.state,
        value: options.sent?.wentWell ?? "",
      })}
      ${textArea(options, {
        formId: "update",
        name: "wasHard",
        label: "updates.field.wasHard",
        hint: "updates.hint.words",
        hintValues: { max: updateLimit },
        state: options.state,
        value: options.sent?.wasHard ?? "",
      })}
      ${actionProgress(options)}
      <div><button type="submit">${t("updates.submit")}</button></div>
    </form>
    ${back}`;
}

function actionProgress(options: CheckInUpdatePageOptions) {
  const { t } = options;
  const family = options.voice === "family";
  if (options.actions.length === 0) {
    return html`<p class="hint">${t(family ? "updates.noActionsFamily" : "updates.noActions")}</p>`;
  }
  const choices = [
    { value: "", label: t("updates.progress.unchanged") },
    ...progressValues.map((value) => ({ value, label: t(progressKey(value)) })),
  ];

  return html`<fieldset id="update-progress">
    <legend>${t(family ? "updates.field.progressFamily" : "updates.field.progress")}</legend>
    ${options.actions.map((action) =>
      select(options, {
        formId: "update",
        name: `progress-${action.id}`,
        label: "updates.progressOn",
        labelValues: { action: action.body },
        state: options.state,
        choices,
        value: action.progress ?? "",
      }),
    )}
  </fieldset>`;
}

/** The updates for the check-in that is due, on the plan page of the plan's staff. */
export function checkInUpdateList(
  context: ViewContext,
  options: { updates: CheckInUpdateView[]; timeZone: string },
) {
  const { t, locale } = context;
  const updates = options.updates;

  return html`<div id="check-in-updates" class="check-in-updates">
    <h3>${t("updates.heading")}</h3>
    ${
      updates.length === 0
        ? html`<p class="empty">${t("updates.none")}</p>`
        : html`<ul class="updates">${updates.map(
            (update) => html`<li class="check-in-update">
              <p class="said-by">${voiceBadge(context, update.voice, update.authorName)}
                <span class="hint">${formatInstant(update.at, locale, options.timeZone)}</span></p>
              ${saying(update.wentWell, (words) => t("updates.wentWell", { words }))}
              ${saying(update.wasHard, (words) => t("updates.wasHard", { words }))}
              ${
                update.progress.length > 0
                  ? html`<ul>${update.progress.map((entry) => progressItem(t, entry))}</ul>`
                  : ""
              }
            </li>`,
          )}</ul>`
    }
  </div>`;
}

/**
 * In the plan page's check-ins: staff read the updates for the check-in that is due; the
 * student and the family get the link to send theirs.
 */
export function checkInUpdatesOnPlan(context: ViewContext, view: PlanView) {
  if (!view.nextCheckIn || view.plan.stage === "closed") return "";
  if (may(view.relationship, "viewCheckInUpdates")) {
    return checkInUpdateList(context, {
      updates: view.checkInUpdates ?? [],
      timeZone: view.school.timeZone,
    });
  }
  if (!may(view.relationship, "sendCheckInUpdate")) return "";

  return html`<p class="no-print"><a href="/plans/${view.plan.id}/check-in-update">${context.t(
    "updates.link",
  )}</a></p>`;
}

/** One of an update's answers, when it was given: the writer's words set apart in the sentence. */
function saying(words: string | null | undefined, say: (words: string) => string) {
  return words ? html`<p>${sentence(say(isolate(words)))}</p>` : "";
}

/** How one action is going, as the student or family marked it. */
function progressItem(t: Translate, entry: { body: string; progress: string }) {
  return html`<li>${isolated(entry.body)}: <strong>${t(progressKey(entry.progress))}</strong></li>`;
}

const notice = (text: string) => html`<p class="notice" role="status">${text}</p>`;
