import { type Context, Hono } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import {
  linkLifetimeHours,
  listFamilyToShareWith,
  sharePlanWithFamily,
} from "../../domain/plans/share-plan-with-family.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formRefusal, renderPage, statusOf } from "../render.ts";
import { requireActor } from "../session.ts";
import type { FormState } from "../views/plan-fields.ts";
import { shareFormId, sharePageBody } from "../views/share-page.ts";

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

    try {
      const { sent } = await sharePlanWithFamily(deps, actor, planId, { guardianIds });
      c.get("log").info({ planId, emails: sent }, "plan shared with the family");
      return c.redirect(`/plans/${planId}/share?sent=${sent}`, 303);
    } catch (error) {
      const refusal = formRefusal(error, "invalid_input");
      const state = { formId: shareFormId, values: { guardianIds }, problems: refusal.problems };
      return sharePage(deps, c, { actor, sent: null, state, status: statusOf(refusal) });
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
  });

  return renderPage(c, {
    title: t("share.title", { studentName }),
    body,
    ...(options.status ? { status: options.status } : {}),
  });
}

/** The confirmation's count comes back in the address after the redirect. */
function sentCount(query: string | undefined) {
  const count = Number(query);

  return query !== undefined && Number.isInteger(count) && count >= 0 && count <= 20 ? count : null;
}
