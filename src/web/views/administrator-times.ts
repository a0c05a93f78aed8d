import { html } from "hono/html";
import type { AdministratorTimeZone } from "../../domain/school/read-administrator-time-zone.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { sentence } from "./own-words.ts";
import { formatInstantWithZone, type ViewContext } from "./plan-format.ts";

/*
 * Times on the district-wide pages an administrator reads (the roster's imports, Sent mail): on
 * the clock of their school, each named with its zone, and the page says whose zone it is.
 */

export interface ZonedViewContext extends ViewContext {
  zone: AdministratorTimeZone;
}

/** An instant on the administrator's clock; the markup keeps it in ISO for machines. */
export function zonedTime({ locale, zone }: ZonedViewContext, iso: string) {
  return html`<time datetime="${iso}">${formatInstantWithZone(iso, locale, zone.timeZone)}</time>`;
}

/** Which zone the page's times are in, and whose it is. */
export function timeZoneNote({ t, zone }: ZonedViewContext) {
  const said =
    zone.basis === "none"
      ? t("time.zone.none")
      : t(`time.zone.${zone.basis}`, {
          school: isolate(zone.schoolName ?? ""),
          zone: isolate(zone.timeZone),
        });

  return html`<p class="hint">${sentence(said)}</p>`;
}
