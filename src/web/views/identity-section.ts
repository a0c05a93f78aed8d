import { html } from "hono/html";
import type { IdentityView } from "../../domain/identity/read-identity.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { identityChart } from "./identity-chart.ts";
import { sentence } from "./own-words.ts";
import type { ViewContext } from "./plan-format.ts";

/** The plan page's "Math identity over time": the chart for those who may see it. */
export function identitySection(
  context: ViewContext,
  options: { identity: IdentityView | undefined; studentName: string; planId: string },
) {
  const { t } = context;
  const { identity, studentName } = options;
  if (!identity) return "";

  return html`<section id="identity" class="card" aria-labelledby="identity-heading">
    <h2 id="identity-heading">${t("identity.section.heading")}</h2>
    ${identityBody(context, identity, studentName)}
    ${
      identity.mayAnswer
        ? html`<p class="no-print"><a href="/plans/${options.planId}/identity">${t(
            "identity.section.answer",
          )}</a></p>`
        : ""
    }
  </section>`;
}

function identityBody(context: ViewContext, identity: IdentityView, studentName: string) {
  const { t } = context;
  if (!identity.visible) {
    return html`<p class="hint">${sentence(
      t("identity.section.hidden", { name: isolate(studentName) }),
    )}</p>`;
  }
  if (identity.checks.length === 0) {
    return html`<p class="empty">${t("identity.section.none")}</p>`;
  }

  return html`<p class="hint">${sentence(
    t("identity.section.intro", { name: isolate(studentName) }),
  )}</p>
    ${identityChart({ ...context, identity, studentName, idPrefix: "identity" })}`;
}

/** The same chart on paper; left out while there is nothing the reader may see. */
export function identityPrintSection(
  context: ViewContext,
  options: { identity: IdentityView | undefined; studentName: string },
) {
  const { identity, studentName } = options;
  if (!identity?.visible || identity.checks.length === 0) return "";

  return html`<section aria-labelledby="print-identity">
    <h2 id="print-identity">${context.t("identity.section.heading")}</h2>
    <p class="hint">${sentence(
      context.t("identity.section.intro", { name: isolate(studentName) }),
    )}</p>
    ${identityChart({ ...context, identity, studentName, idPrefix: "print-identity" })}
  </section>`;
}
