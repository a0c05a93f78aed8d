import { type Context, Hono } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import { AppError } from "../../domain/errors.ts";
import { FormAlreadySaved } from "../../domain/forms/form-token.ts";
import { askForAnotherTime, chooseMeetingTime } from "../../domain/meetings/answer-meeting.ts";
import {
  calendarFeedText,
  readCalendarFeedStatus,
  resetCalendarFeed,
} from "../../domain/meetings/calendar-feeds.ts";
import {
  cancelMeeting,
  readAgreedMeeting,
  rescheduleMeeting,
} from "../../domain/meetings/change-agreed-meeting.ts";
import { meetingTimesPath } from "../../domain/meetings/meeting-deps.ts";
import { proposeMeeting } from "../../domain/meetings/propose-meeting.ts";
import { readMeetingTimes } from "../../domain/meetings/read-meeting-times.ts";
import { withdrawMeetingTimes } from "../../domain/meetings/withdraw-meeting-times.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { publicMessageIn } from "../locale.ts";
import { formStateOf, readTextFields } from "../render.ts";
import { requireActor } from "../session.ts";
import { cancelMeetingPage } from "../views/cancel-meeting-page.ts";
import { calendarFeedPage } from "../views/meeting-calendar-page.ts";
import { meetingMovedPage } from "../views/meeting-moved-page.ts";
import { meetingTimesPage } from "../views/meeting-times-page.ts";
import type { FormState } from "../views/plan-fields.ts";

type MeetingContext = Context<AppEnv>;
type FormValues = Record<string, string>;

/**
 * The meeting page (propose, choose, ask for another time, move, cancel) and the private
 * calendar feed. Each route reads the request, calls one service and redirects.
 */
export function meetingRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/plans/:planId/meeting-times", async (c) => {
    const actor = requireActor(c.get("actor"));

    return renderPage(c, actor, { saved: c.req.query("saved") });
  });

  app.post("/plans/:planId/meeting-times", async (c) => {
    const form = await readTextFields(c);

    return submit(c, { formId: "propose", form }, async (actor, planId) => {
      try {
        const { proposalId, replaced } = await proposeMeeting(deps, actor, planId, form);
        c.get("log").info({ planId, proposalId, replaced }, "meeting times proposed");
        const saved = replaced > 0 ? "replaced" : "proposed";
        return `${meetingTimesPath(planId)}?saved=${saved}#meeting-${proposalId}`;
      } catch (error) {
        if (!(error instanceof FormAlreadySaved)) throw error;
        return `${meetingTimesPath(planId)}?saved=already#meeting-${error.savedId}`;
      }
    });
  });

  app.post("/plans/:planId/meeting-times/:proposalId/choose", async (c) => {
    const form = await readTextFields(c);
    const proposalId = c.req.param("proposalId");

    try {
      return await submit(c, { formId: `choose-${proposalId}`, form }, async (actor, planId) => {
        await chooseMeetingTime(deps, actor, planId, proposalId, form);
        return `${meetingTimesPath(planId)}?saved=chosen#meeting-${proposalId}`;
      });
    } catch (error) {
      // One tap, no words to keep: the page itself says why, with the times as they are now.
      if (!(error instanceof AppError) || error.kind !== "conflict") throw error;
      const refused = publicMessageIn(c.get("t"), error);
      return renderPage(c, requireActor(c.get("actor")), { refused, status: 409 });
    }
  });

  app.post("/plans/:planId/meeting-times/:proposalId/another-time", async (c) => {
    const form = await readTextFields(c);
    const proposalId = c.req.param("proposalId");

    return submit(c, { formId: `another-${proposalId}`, form }, async (actor, planId) => {
      await askForAnotherTime(deps, actor, planId, proposalId, form);
      return `${meetingTimesPath(planId)}?saved=asked#meeting-${proposalId}`;
    });
  });

  app.post("/plans/:planId/meeting-times/:proposalId/reschedule", async (c) => {
    const form = await readTextFields(c);
    const proposalId = c.req.param("proposalId");

    try {
      return await submit(
        c,
        { formId: `reschedule-${proposalId}`, form },
        async (actor, planId) => {
          const { moved } = await rescheduleMeeting(deps, actor, planId, proposalId, form);
          const saved = moved ? "rescheduled" : "unchanged";
          return `${meetingTimesPath(planId)}?saved=${saved}#meeting-${proposalId}`;
        },
      );
    } catch (error) {
      return answerChangedMeeting(c, { error, proposalId, form, step: "move" });
    }
  });

  // Cancelling emails everyone at once: a page shows which meeting, and who is told, first.
  app.get("/plans/:planId/meeting-times/:proposalId/cancel", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const proposalId = c.req.param("proposalId");
    try {
      const { view, proposal } = await readAgreedMeeting(deps, actor, planId, proposalId);
      return c.html(cancelMeetingPage({ ...viewOf(c), actor, view, proposal }));
    } catch (error) {
      return answerChangedMeeting(c, { error, proposalId, form: {}, step: "cancel" });
    }
  });

  app.post("/plans/:planId/meeting-times/:proposalId/cancel", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await readTextFields(c);
    const planId = c.req.param("planId");
    const proposalId = c.req.param("proposalId");
    try {
      await cancelMeeting(deps, actor, planId, proposalId, form);
    } catch (error) {
      return answerChangedMeeting(c, { error, proposalId, form, step: "cancel" });
    }

    return c.redirect(`${meetingTimesPath(planId)}?saved=cancelled#meeting-${proposalId}`, 303);
  });

  app.post("/plans/:planId/meeting-times/:proposalId/withdraw", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const proposalId = c.req.param("proposalId");
    await withdrawMeetingTimes(deps, actor, planId, proposalId);
    c.get("log").info({ planId, proposalId }, "meeting times withdrawn");

    return c.redirect(`${meetingTimesPath(planId)}?saved=withdrawn#meeting-${proposalId}`, 303);
  });

  app.get("/calendar", async (c) => {
    const actor = requireActor(c.get("actor"));
    const status = await readCalendarFeedStatus(deps, actor);

    return c.html(calendarFeedPage({ ...viewOf(c), actor, createdOn: status?.createdOn ?? null }));
  });

  app.post("/calendar", async (c) => {
    const actor = requireActor(c.get("actor"));
    const { formToken } = await readTextFields(c);
    try {
      const address = await resetCalendarFeed(deps, actor, { formToken });
      c.get("log").info({ personId: actor.personId }, "calendar feed reset");
      return c.html(calendarFeedPage({ ...viewOf(c), actor, createdOn: null, address }));
    } catch (error) {
      if (!(error instanceof FormAlreadySaved)) throw error;
      // A reload of the page that showed the new address: that address stays the one.
      const status = await readCalendarFeedStatus(deps, actor);
      const createdOn = status?.createdOn ?? null;
      return c.html(calendarFeedPage({ ...viewOf(c), actor, createdOn, alreadyReset: true }));
    }
  });

  // No session: a calendar app polls this address on its own. The secret is the credential.
  app.get("/calendar/:file", async (c) => {
    const file = c.req.param("file");
    const secret = file.endsWith(".ics") ? file.slice(0, -".ics".length) : "";
    const text = secret ? await calendarFeedText(deps, secret) : null;
    if (text === null) throw new AppError({ kind: "not_found", message: "calendar feed" });

    return c.body(text, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
    });
  });

  /**
   * A move or cancel refused because the meeting is not as the person's page showed it. While
   * it is still agreed, someone moved it: the person sees it as it is now, with what they sent,
   * to send again. Otherwise (cancelled, the plan closed) the meeting page says why, with its
   * way back to the plan.
   */
  async function answerChangedMeeting(
    c: MeetingContext,
    refused: { error: unknown; proposalId: string; form: FormValues; step: "move" | "cancel" },
  ) {
    const { error, proposalId } = refused;
    if (!(error instanceof AppError) || error.kind !== "conflict") throw error;
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId") ?? "";
    c.get("log").info({ planId, proposalId, step: refused.step }, "meeting changed meanwhile");

    const now = await readAgreedMeeting(deps, actor, planId, proposalId).catch((reread) => {
      if (reread instanceof AppError && reread.kind === "conflict") return reread;
      throw reread;
    });
    if (now instanceof AppError) {
      return renderPage(c, actor, { refused: publicMessageIn(c.get("t"), now), status: 409 });
    }
    const shown = { ...viewOf(c), actor, ...now };
    const page =
      refused.step === "move"
        ? meetingMovedPage({ ...shown, newTime: refused.form.newTime ?? "" })
        : cancelMeetingPage({ ...shown, changed: true });

    return c.html(page, 409);
  }

  async function renderPage(
    c: MeetingContext,
    actor: Actor,
    options: {
      state?: FormState;
      saved?: string | undefined;
      refused?: string;
      status?: 200 | 409 | 422;
    },
  ) {
    const view = await readMeetingTimes(deps, actor, c.req.param("planId") ?? "");
    const page = meetingTimesPage({
      ...viewOf(c),
      actor,
      view,
      state: options.state,
      saved: options.saved,
      refused: options.refused,
    });

    return c.html(page, options.status ?? 200);
  }

  /** Runs a form's service and redirects, or shows the page again with the form's problems. */
  async function submit(
    c: MeetingContext,
    options: { formId: string; form: FormValues },
    run: (actor: Actor, planId: string) => Promise<string>,
  ) {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId") ?? "";
    try {
      return c.redirect(await run(actor, planId), 303);
    } catch (error) {
      const state = formStateOf(error, options.formId, options.form);
      c.get("log").info({ planId, problems: state.problems.length }, "form needs another look");
      return renderPage(c, actor, { state, status: 422 });
    }
  }

  return app;
}

function viewOf(c: MeetingContext) {
  return { t: c.get("t"), locale: c.get("locale") };
}
