import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../domain/errors.ts";
import { meetingTimesPath } from "../domain/meetings/meeting-deps.ts";
import { english, type MessageKey } from "../i18n/catalog.ts";
import type { Translate } from "../i18n/translate.ts";
import type { AppEnv } from "./app.ts";
import { statusForKind } from "./errors.ts";
import { publicMessageIn } from "./locale.ts";
import { safeNext } from "./session-cookies.ts";
import { type TypedWords, typedWordsPage } from "./views/plan-conflict-page.ts";

/** A form where people write their own words: the fields that hold them, and its page. */
interface WordsForm {
  /** The address the form posts to; its first group is the plan's (or school's) id. */
  action: RegExp;
  fields: Record<string, MessageKey>;
  page: (id: string) => string;
}

const planPage = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
const meetingTimesPage = (planId: string) => meetingTimesPath(encodeURIComponent(planId));
const reflectionsPage = (schoolId: string) =>
  `/program/reflections?school=${encodeURIComponent(schoolId)}`;

/**
 * Every form that takes people's free text, by the address it posts to. Its view marks the form
 * with keepDraft (views/keep-draft.ts) for the browser's side of the same promise.
 */
const wordsForms: WordsForm[] = [
  {
    action: /^\/plans\/([^/]+)\/statements(?:\/[^/]+\/edit)?$/,
    fields: { body: "plans.conflict.yours" },
    page: planPage,
  },
  {
    action: /^\/plans\/([^/]+)\/comments$/,
    fields: { body: "plans.field.comment" },
    page: planPage,
  },
  {
    action: /^\/plans\/([^/]+)\/conference-notes$/,
    fields: { body: "plans.field.conferenceNote" },
    page: planPage,
  },
  {
    action: /^\/plans\/([^/]+)\/meetings(?:\/[^/]+\/correct)?$/,
    fields: {
      place: "plans.field.place",
      videoLink: "plans.field.videoLink",
      notes: "plans.field.meetingNotes",
    },
    page: planPage,
  },
  {
    action: /^\/plans\/([^/]+)\/check-ins$/,
    fields: { note: "plans.field.checkInNote" },
    page: planPage,
  },
  {
    action: /^\/plans\/([^/]+)\/check-in-update$/,
    fields: { wentWell: "updates.field.wentWell", wasHard: "updates.field.wasHard" },
    page: (planId) => `${planPage(planId)}/check-in-update`,
  },
  {
    action: /^\/plans\/([^/]+)\/meeting-times$/,
    fields: { place: "meetings.field.place", videoLink: "meetings.field.videoLink" },
    page: meetingTimesPage,
  },
  {
    action: /^\/plans\/([^/]+)\/meeting-times\/[^/]+\/another-time$/,
    fields: { note: "meetings.field.note" },
    page: meetingTimesPage,
  },
  {
    action: /^\/program\/reflections\/([^/]+)$/,
    fields: { body: "reflections.field.body" },
    page: reflectionsPage,
  },
  {
    action: /^\/program\/reflections\/([^/]+)\/decisions$/,
    fields: { body: "reflections.field.decision" },
    page: reflectionsPage,
  },
];

/**
 * The answer to a form of words whose save was refused for any reason the form itself cannot
 * show (the plan closed or archived meanwhile, no longer allowed, the words or plan gone, the
 * sign-in ended, a fault of ours): what the person typed, read only, to copy, and why. Nothing
 * when the request was not such a form or held no words: the plain error page answers then.
 */
export function answerUnsavedWords(c: Context<AppEnv>, error: unknown) {
  const posted = c.get("postedForm");
  if (c.req.method !== "POST" || !posted) return undefined;
  const form = formPostedTo(c.req.path);
  if (!form) return undefined;

  const t = c.get("t");
  const typed = wordsOf(t, form.fields, posted);
  if (typed.length === 0) return undefined;

  const signedOut = error instanceof AppError && error.kind === "unauthenticated";
  const back = safeNext(form.page);
  const status: ContentfulStatusCode = error instanceof AppError ? statusForKind[error.kind] : 500;
  c.get("log").info({ status, fields: typed.length }, "save refused; typed words shown again");
  // The person's own words: no cache keeps them, signed in or not.
  c.header("cache-control", "no-store");
  const page = typedWordsPage({
    t,
    locale: c.get("locale"),
    actor: c.get("actor"),
    reason: reasonFor(t, error),
    typed,
    back,
    signIn: signedOut ? `/sign-in?next=${encodeURIComponent(back)}` : undefined,
  });

  return c.html(page, status);
}

function formPostedTo(path: string) {
  for (const form of wordsForms) {
    const id = form.action.exec(path)?.[1];
    if (id) return { fields: form.fields, page: form.page(id) };
  }

  return undefined;
}

/** The posted fields that hold words, each with its label; empty ones are left out. */
function wordsOf(
  t: Translate,
  fields: Record<string, MessageKey>,
  posted: Record<string, unknown>,
): TypedWords[] {
  return Object.entries(fields).flatMap(([name, label]) => {
    const value = posted[name];
    const text = Array.isArray(value) ? value.find((each) => typeof each === "string") : value;
    return typeof text === "string" && text.trim() !== "" ? [{ label: t(label), text }] : [];
  });
}

/** Why nothing was saved, in words for the person rather than a status. */
function reasonFor(t: Translate, error: unknown) {
  // The page says once that nothing was saved: a reason only says why.
  if (!(error instanceof AppError)) return t("plans.unsaved.fault");
  if (error.kind === "unauthenticated") return t("plans.unsaved.signedOut");

  // A bare "not found" or "no access" would only puzzle someone who was just on the page; a
  // service that knows more (a meeting record removed meanwhile) says it instead.
  const bare = error.publicMessage === english[`error.${error.kind}`];
  if ((error.kind === "not_found" || error.kind === "forbidden") && bare) {
    return t("plans.unsaved.gone");
  }

  return publicMessageIn(t, error);
}
