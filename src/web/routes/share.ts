import { type Context, Hono } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import type { AppError } from "../../domain/errors.ts";
import {
  linkLifetimeHours,
  listFamilyToShareWith,
  sharePlanWithFamily,
} from "../../domain/plans/share-plan-with-family.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { publicMessageIn } from "../locale.ts";
import { formRefusal, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import type { FormState } from "../views/plan-fields.ts";
import { languageField, shareFormId, sharePageBody } from "../views/share-page.ts";

/** Sharing a plan with the family: the teacher picks family members, the app emails them. */
export function shareRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/plans/:planId/share", async (c) => {
    const actor = requireActor(c.get("actor"));
    const sent = sentCount(c.req.query("sent"));

    return sharePage(deps, c, { actor, sent, state: undefined });
  });

  app.post("/plans/:planId/share", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const body = await c.req.parseBody({ all: true });
    const guardianIds = [body.guardianIds ?? []].flat().filter((id) => typeof id === "string");
    const languages = languagesOf(body);

    try {
      const { sent } = await sharePlanWithFamily(deps, actor, planId, { guardianIds, languages });
      c.get("log").info({ planId, emails: sent }, "plan shared with the family");
      return c.redirect(`/plans/${planId}/share?sent=${sent}`, 303);
    } catch (error) {
      const refusal = formRefusal(error, "invalid_input", "conflict");
      // The reason is the domain's log message: ids and field names, never a person's name.
      c.get("log").warn({ planId, kind: refusal.kind, reason: refusal.message }, "plan not shared");
      const values = { guardianIds, ...languageFields(languages) };
      const state = { formId: shareFormId, values, problems: refusal.problems };
      const refused = refusal.problems.length > 0 ? null : refusalMessage(c.get("t"), refusal);
      return sharePage(deps, c, { actor, sent: null, state, refused, status: statusOf(refusal) });
    }
  });

  return app;
}

async function sharePage(
  deps: AppDeps,
  c: Context<AppEnv>,
  options: {
    actor: Actor;
    sent: number | null;
    state: FormState | undefined;
    refused?: string | null;
    status?: ReturnType<typeof statusOf>;
  },
) {
  const planId = c.req.param("planId") ?? "";
  const { studentName, studentId, family } = await listFamilyToShareWith(
    deps,
    options.actor,
    planId,
  );
  const t = c.get("t");
  const body = sharePageBody({
    t,
    locale: c.get("locale"),
    planId,
    studentName,
    studentId,
    family,
    linkLifetimeHours,
    sent: options.sent,
    keptMail: !deps.config.smtpUrl,
    state: options.state,
    refused: options.refused ?? null,
  });

  return renderPage(c, {
    title: t("share.title", { studentName: isolate(studentName) }),
    body,
    ...(options.status ? { status: options.status } : {}),
  });
}

/** The confirmation's count comes back in the address after the redirect. */
function sentCount(query: string | undefined) {
  const count = Number(query);

  return query !== undefined && Number.isInteger(count) && count >= 0 && count <= 20 ? count : null;
}

/** The page's language choices, named language-<family member id>. */
function languagesOf(body: Record<string, unknown>): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith(languageField) && typeof value === "string") {
      languages[name.slice(languageField.length)] = value;
    }
  }

  return languages;
}

const languageFields = (languages: Record<string, string>) =>
  Object.fromEntries(Object.entries(languages).map(([id, value]) => [languageField + id, value]));

/**
 * What the teacher reads when the share was refused without a field to point at: the domain's
 * own words (a closed plan, an email the outbox could not take), else that nothing was sent.
 */
function refusalMessage(t: Translate, refusal: AppError) {
  const message = publicMessageIn(t, refusal);

  return message === t("error.invalid_input") ? t("share.problem.notSent") : message;
}
