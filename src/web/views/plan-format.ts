import { html } from "hono/html";
import type { ActionProgress, Voice } from "../../db/schema.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import type { Translate } from "../../i18n/translate.ts";
import { dateTimeFormat, languageNameInSentence } from "../../lib/intl-formats.ts";

/** What every plan view needs to speak to the reader. */
export interface ViewContext {
  t: Translate;
  locale: string;
}

const progressKeys: Record<ActionProgress, MessageKey> = {
  not_started: "plans.progress.not_started",
  under_way: "plans.progress.under_way",
  done: "plans.progress.done",
  changed: "plans.progress.changed",
};

/** The words for an action's progress at a check-in; an unknown value reads as not started. */
export function progressKey(progress: string): MessageKey {
  return Object.hasOwn(progressKeys, progress)
    ? progressKeys[progress as ActionProgress]
    : "plans.progress.not_started";
}

/** A calendar day (YYYY-MM-DD) as the reader writes dates, e.g. "Mar 4, 2025". */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split("-").map(Number);
  const instant = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));

  return dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(instant);
}

/** An instant as the school's local date and time. */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(new Date(iso));
}

/**
 * An instant as formatInstant writes it, then the zone's short name (CST, GMT+7): for pages whose
 * readers' schools may sit in several zones.
 */
export function formatInstantWithZone(iso: string, locale: string, timeZone: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(
    new Date(iso),
  );
  const zoneName = parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;

  return `${formatInstant(iso, locale, timeZone)} ${zoneName}`;
}

/**
 * People's words stay as they wrote them; a reader of another language is told which language
 * they are in, so a family knows to ask rather than guess.
 */
export function writtenIn(view: ViewContext, language: string | null | undefined) {
  if (!language) return "";
  const written = new Intl.Locale(language).language;
  if (written === new Intl.Locale(view.locale).language) return "";

  const name = languageNameInSentence(view.locale, written);
  return html`<span class="written-in">${view.t("plans.writtenIn", { language: name })}</span>`;
}

/** Whose words these are, next to the name of the person who wrote them. */
export function voiceBadge(view: ViewContext, voice: Voice, authorName: string) {
  return html`<span class="voice voice-${voice}">${view.t(`voice.${voice}`)}</span><bdi
    class="author">${authorName}</bdi>`;
}
