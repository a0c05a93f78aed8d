import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { findSchool } from "../../db/plan-store.ts";
import { readMyCheckInUpdate } from "../../domain/check-ins/updates/read-check-in-updates.ts";
import { sendCheckInUpdate } from "../../domain/check-ins/updates/send-check-in-update.ts";
import { FormAlreadySaved } from "../../domain/forms/form-token.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formStateOf, readTextFields, renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { checkInUpdatePage } from "../views/check-in-update-page.ts";
import type { FormState } from "../views/plan-fields.ts";

type UpdateContext = Context<AppEnv>;

/** A student's or family member's update before a check-in, from their own sign-in. */
export function checkInUpdateRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/plans/:planId/check-in-update", (c) => render(c, undefined));

  app.post("/plans/:planId/check-in-update", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const form = await readTextFields(c);
    try {
      const { wentWell, wasHard, formToken } = form;
      const input = { wentWell, wasHard, progress: progressOf(form), formToken };
      const { updateId } = await sendCheckInUpdate(deps, actor, planId, input);
      c.get("log").info({ planId, updateId }, "check-in update sent");
    } catch (error) {
      if (error instanceof FormAlreadySaved) {
        return c.redirect(`/plans/${planId}/check-in-update?saved=already`, 303);
      }
      return render(c, formStateOf(error, "update", form), 422);
    }

    return c.redirect(`/plans/${planId}/check-in-update?saved=1`, 303);
  });

  async function render(
    c: UpdateContext,
    state: FormState | undefined,
    status: ContentfulStatusCode = 200,
  ) {
    const actor = requireActor(c.get("actor"));
    const mine = await readMyCheckInUpdate(deps, actor, c.req.param("planId") ?? "");
    const school = await findSchool(deps.db, mine.plan.district_id, mine.plan.school_id);
    const t = c.get("t");
    const body = checkInUpdatePage({
      t,
      locale: c.get("locale"),
      planId: mine.plan.id,
      timeZone: school?.time_zone ?? "UTC",
      dueOn: mine.dueOn,
      voice: mine.voice,
      studentName: mine.studentName,
      actions: mine.actions,
      sent: mine.sent,
      state,
      saved: c.req.query("saved") === "1",
      alreadySaved: c.req.query("saved") === "already",
    });

    return renderPage(c, { title: t("updates.title"), body, status });
  }

  return app;
}

/** Selects are named progress-<action id>; "no change to say" sends nothing for that action. */
function progressOf(form: Record<string, string>): Record<string, string> {
  const progress: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) {
    if (name.startsWith("progress-") && value) progress[name.slice("progress-".length)] = value;
  }

  return progress;
}
