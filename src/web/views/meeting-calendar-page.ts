import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import { formTokenField } from "../form-tokens.ts";
import { page } from "./layout.ts";
import { formatDay, type ViewContext } from "./plan-format.ts";

export interface CalendarPageOptions extends ViewContext {
  actor: Actor;
  /** The day the person's feed was made at their school, or null when they have none. */
  createdOn: string | null;
  /** The new address, shown only right after it was made. */
  address?: string | undefined;
  /** The page that showed a new address was sent again (a reload): nothing was reset. */
  alreadyReset?: boolean;
}

/** Where a person gets (or resets) the private address of their calendar feed. */
export function calendarFeedPage(options: CalendarPageOptions) {
  const { t } = options;
  const title = t("calendar.title");
  const hasFeed = Boolean(options.createdOn || options.address);
  const madeOn = options.createdOn ? formatDay(options.createdOn, options.locale) : null;

  const body = html`<h1>${title}</h1>
    <p>${t("calendar.intro")}</p>
    <p>${t("calendar.private")}</p>
    ${
      options.address
        ? html`<div class="card" role="status">
            <label for="calendar-address">${t("calendar.address")}</label>
            <input id="calendar-address" type="text" readonly value="${options.address}">
            <p class="hint">${t("calendar.shownOnce")}</p>
          </div>`
        : options.alreadyReset
          ? html`<p class="notice" role="status">${t("calendar.alreadyReset")}</p>`
          : madeOn
            ? html`<p>${t("calendar.hasFeed", { day: madeOn })}</p>`
            : ""
    }
    <form method="post" action="/calendar">
      ${formTokenField()}
      <button type="submit">${t(hasFeed ? "calendar.reset" : "calendar.create")}</button>
    </form>`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}
