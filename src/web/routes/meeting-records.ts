import { type Context, Hono } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import { AppError } from "../../domain/errors.ts";
import { correctMeeting } from "../../domain/plans/correct-meeting.ts";
import { MeetingConflict } from "../../domain/plans/meeting-conflict.ts";
import { openMeetingRecord } from "../../domain/plans/open-meeting-record.ts";
import { removeMeeting } from "../../domain/plans/remove-meeting.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formStateOf } from "../render.ts";
import { requireActor } from "../session.ts";
import {
  correctMeetingPage,
  meetingConflictPage,
  removeMeetingPage,
} from "../views/meeting-record-pages.ts";
import type { FormState } from "../views/plan-fields.ts";
import { list, readForm } from "./plans.ts";

type MeetingContext = Context<AppEnv>;

const formId = "correct-meeting";

/**
 * Correcting a recorded meeting and removing one recorded by mistake. Each route reads the
 * request, calls one service and redirects; a correction with problems comes back with what was
 * typed, and one made over a record someone changed meanwhile shows both (409).
 */
export function meetingRecordRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/plans/:planId/meetings/:meetingId/correct", async (c) => {
    const actor = requireActor(c.get("actor"));
    const opened = await openMeetingRecord(deps, actor, target(c));

    return c.html(correctMeetingPage({ ...viewOf(c), actor, ...opened }));
  });

  app.post("/plans/:planId/meetings/:meetingId/correct", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await readForm(c);
    const { planId, meetingId } = target(c);
    try {
      const input = { ...form, attendeeIds: list(form, "attendeeIds") };
      const { changed } = await correctMeeting(deps, actor, { planId, meetingId }, input);
      c.get("log").info({ planId, meetingId, changed }, "meeting record corrected");
      const saved = `saved=meetingCorrected&coached=${meetingId}`;
      return c.redirect(`/plans/${planId}?${saved}#meeting-${meetingId}`, 303);
    } catch (error) {
      return answerFailedCorrection(c, actor, { error, form });
    }
  });

  app.get("/plans/:planId/meetings/:meetingId/remove", async (c) => {
    const actor = requireActor(c.get("actor"));
    const opened = await openMeetingRecord(deps, actor, target(c));

    return c.html(removeMeetingPage({ ...viewOf(c), actor, ...opened }));
  });

  app.post("/plans/:planId/meetings/:meetingId/remove", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await readForm(c);
    const { planId, meetingId } = target(c);
    try {
      await removeMeeting(deps, actor, { planId, meetingId }, form);
    } catch (error) {
      if (!(error instanceof MeetingConflict)) throw error;
      const opened = await openMeetingRecord(deps, actor, target(c));
      return c.html(removeMeetingPage({ ...viewOf(c), actor, ...opened, changed: true }), 409);
    }
    c.get("log").info({ planId, meetingId }, "meeting record removed");

    return c.redirect(`/plans/${planId}?saved=meetingRemoved#meetings`, 303);
  });

  /** A correction with problems comes back as typed; one over a changed record shows both. */
  async function answerFailedCorrection(
    c: MeetingContext,
    actor: Actor,
    failure: { error: unknown; form: FormState["values"] },
  ) {
    const { error, form } = failure;
    if (error instanceof MeetingConflict) {
      const opened = await openMeetingRecord(deps, actor, target(c));
      const state = { formId, values: form, problems: [] };
      return c.html(meetingConflictPage({ ...viewOf(c), actor, ...opened, state }), 409);
    }
    if (!(error instanceof AppError) || error.kind !== "invalid_input") throw error;

    const state = formStateOf(error, formId, form);
    c.get("log").info({ problems: state.problems.length }, "form needs another look");
    const opened = await openMeetingRecord(deps, actor, target(c));
    return c.html(correctMeetingPage({ ...viewOf(c), actor, ...opened, state }), 422);
  }

  return app;
}

function target(c: MeetingContext) {
  return { planId: c.req.param("planId") ?? "", meetingId: c.req.param("meetingId") ?? "" };
}

function viewOf(c: MeetingContext) {
  return { t: c.get("t"), locale: c.get("locale") };
}
