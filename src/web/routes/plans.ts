import { type Context, Hono } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import { mayEditStatement } from "../../domain/access/policy.ts";
import { AppError } from "../../domain/errors.ts";
import { FormAlreadySaved } from "../../domain/forms/form-token.ts";
import { coachRuleBook } from "../../domain/language-coach/coach-rules.ts";
import { coachSavedWords } from "../../domain/language-coach/coach-wording.ts";
import { readCarriedFrom } from "../../domain/next-year/read-carried-from.ts";
import { addConferenceNote } from "../../domain/plans/add-conference-note.ts";
import { addStatement } from "../../domain/plans/add-statement.ts";
import { agreePlan } from "../../domain/plans/agree-plan.ts";
import { closePlan } from "../../domain/plans/close-plan.ts";
import { commentOnPlan } from "../../domain/plans/comment-on-plan.ts";
import { commentOnStatement } from "../../domain/plans/comment-on-statement.ts";
import { editStatement } from "../../domain/plans/edit-statement.ts";
import { readStudentList, type StudentListAsk } from "../../domain/plans/list-students.ts";
import { assertPlanOpen } from "../../domain/plans/plan-event.ts";
import { readPlan } from "../../domain/plans/read-plan.ts";
import { recordCheckIn } from "../../domain/plans/record-check-in.ts";
import { recordMeeting } from "../../domain/plans/record-meeting.ts";
import { retireStatement } from "../../domain/plans/retire-statement.ts";
import { startPlan } from "../../domain/plans/start-plan.ts";
import { listGradesWithPlans } from "../../domain/program/grade-plans.ts";
import { noteFamilyView } from "../../domain/program/note-family-view.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formStateOf } from "../render.ts";
import { requireActor } from "../session.ts";
import type { FormState } from "../views/plan-fields.ts";
import { planPage } from "../views/plan-page.ts";
import { planPrintPage } from "../views/plan-print.ts";
import { statementEditPage } from "../views/plan-statement-edit.ts";
import { schoolClassesPage, schoolDirectoryPage, studentsPage } from "../views/plan-students.ts";
import { answerFailedEdit } from "./plan-conflict.ts";

type PlanContext = Context<AppEnv>;
type FormValues = Record<string, string | string[]>;

/**
 * The student list and the plan pages. Each route reads the request, calls one service and
 * redirects (post/redirect/get); a form with problems comes back with what the person typed.
 */
export function planRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/students", async (c) => {
    const actor = requireActor(c.get("actor"));
    const list = await readStudentList(deps, actor, studentListAsk(c));
    // A school out of the administrator's reach is not found: their own directory says so.
    const status = "problem" in list && list.problem ? 404 : 200;
    if (list.step === "schools") {
      return c.html(schoolDirectoryPage({ ...viewOf(c), actor, list }), status);
    }
    if (list.step === "classes") {
      return c.html(schoolClassesPage({ ...viewOf(c), actor, list }), status);
    }
    const { groups, chosen } = list;
    // A teacher downloads their own students' plans here; the school team from /program.
    const grades = actor.role === "teacher" ? await listGradesWithPlans(deps, actor) : [];

    return c.html(studentsPage({ ...viewOf(c), actor, groups, grades, chosen }));
  });

  app.post("/students/:studentId/plans", async (c) => {
    const actor = requireActor(c.get("actor"));
    const { planId, started } = await startPlan(deps, actor, {
      studentId: c.req.param("studentId"),
    });
    c.get("log").info({ planId, started }, "plan start asked");

    return c.redirect(started ? `/plans/${planId}?saved=started` : `/plans/${planId}`, 303);
  });

  app.get("/plans/:planId", async (c) => {
    const actor = requireActor(c.get("actor"));
    const view = await readPlan(deps, actor, c.req.param("planId"));
    await noteFamilyView(deps, actor, view);
    const carried = await readCarriedFrom(deps, view.plan.id);
    const savedId = c.req.query("coached");
    const coached = coachSavedWords(coachRuleBook(deps.config.dataDir), {
      view,
      savedId,
      locale: c.get("locale"),
    });

    const saved = c.req.query("saved");
    return c.html(planPage({ ...viewOf(c), actor, view, saved, coached, carried }));
  });

  app.get("/plans/:planId/print", async (c) => {
    const actor = requireActor(c.get("actor"));
    const view = await readPlan(deps, actor, c.req.param("planId"));

    return c.html(planPrintPage({ ...viewOf(c), actor, view }));
  });

  app.post("/plans/:planId/statements", async (c) => {
    const form = await readForm(c);
    const formId = `add-${text(form, "section") || "strength"}`;
    const anchor = (savedId: string) => `#statement-${savedId}`;

    return submit(c, { formId, form, anchor }, async (actor, planId) => {
      const helpedBy = list(form, "helpedBy");
      const input = { section: form.section, body: form.body, helpedBy, formToken: form.formToken };
      const { statementId } = await addStatement(deps, actor, planId, input);
      return `/plans/${planId}?saved=statement&coached=${statementId}#statement-${statementId}`;
    });
  });

  app.get("/plans/:planId/statements/:statementId/edit", async (c) => {
    const actor = requireActor(c.get("actor"));

    return renderEditPage(c, actor, undefined);
  });

  app.post("/plans/:planId/statements/:statementId/edit", async (c) => {
    const form = await readForm(c);
    const statementId = c.req.param("statementId");

    try {
      return await submit(c, { formId: "edit", form, editPage: true }, async (actor, planId) => {
        const input = { body: form.body, helpedBy: list(form, "helpedBy"), seen: form.seen };
        await editStatement(deps, actor, { planId, statementId }, input);
        return `/plans/${planId}?saved=edited&coached=${statementId}#statement-${statementId}`;
      });
    } catch (error) {
      const planId = c.req.param("planId");
      return answerFailedEdit(c, deps, { error, actor: c.get("actor"), planId });
    }
  });

  app.post("/plans/:planId/statements/:statementId/retire", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const target = { planId, statementId: c.req.param("statementId") };
    const { alreadyRetired } = await retireStatement(deps, actor, target);
    const saved = alreadyRetired ? "alreadyRetired" : "retired";

    return c.redirect(`/plans/${planId}?saved=${saved}`, 303);
  });

  app.post("/plans/:planId/comments", async (c) => {
    const form = await readForm(c);
    const statementId = text(form, "statementId");
    const formId = statementId ? `comment-${statementId}` : "comment";
    const anchor = () => (statementId ? `#statement-${statementId}` : "#comments");

    return submit(c, { formId, form, anchor }, async (actor, planId) => {
      const input = { body: form.body, formToken: form.formToken };
      if (!statementId) {
        const { commentId } = await commentOnPlan(deps, actor, planId, input);
        return `/plans/${planId}?saved=comment&coached=${commentId}#comments`;
      }
      const { commentId } = await commentOnStatement(deps, actor, { planId, statementId }, input);
      return `/plans/${planId}?saved=comment&coached=${commentId}#statement-${statementId}`;
    });
  });

  app.post("/plans/:planId/conference-notes", async (c) => {
    const form = await readForm(c);
    const anchor = () => "#conference-notes";

    return submit(c, { formId: "conference-note", form, anchor }, async (actor, planId) => {
      const input = { prompt: form.prompt, body: form.body, formToken: form.formToken };
      const { noteId } = await addConferenceNote(deps, actor, planId, input);
      return `/plans/${planId}?saved=note&coached=${noteId}#conference-notes`;
    });
  });

  app.post("/plans/:planId/meetings", async (c) => {
    const form = await readForm(c);
    const anchor = () => "#meetings";

    return submit(c, { formId: "meeting", form, anchor }, async (actor, planId) => {
      const input = {
        formToken: form.formToken,
        startsAt: form.startsAt,
        place: form.place,
        videoLink: form.videoLink,
        notes: form.notes,
        attendeeIds: list(form, "attendeeIds"),
      };
      const { meetingId } = await recordMeeting(deps, actor, planId, input);
      return `/plans/${planId}?saved=meeting&coached=${meetingId}#meetings`;
    });
  });

  app.post("/plans/:planId/agree", async (c) => {
    const form = await readForm(c);

    return submit(c, { formId: "agree", form }, async (actor, planId) => {
      await agreePlan(deps, actor, planId, { firstCheckInOn: form.firstCheckInOn });
      return `/plans/${planId}?saved=agreed#check-ins`;
    });
  });

  app.post("/plans/:planId/check-ins", async (c) => {
    const form = await readForm(c);
    const anchor = () => "#check-ins";

    return submit(c, { formId: "check-in", form, anchor }, async (actor, planId) => {
      const input = {
        formToken: form.formToken,
        progress: progressOf(form),
        note: form.note,
        nextCheckInOn: form.nextCheckInOn,
      };
      const { checkInId } = await recordCheckIn(deps, actor, planId, input);
      return `/plans/${planId}?saved=checkIn&coached=${checkInId}#check-ins`;
    });
  });

  app.post("/plans/:planId/close", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    await closePlan(deps, actor, planId);

    return c.redirect(`/plans/${planId}?saved=closed`, 303);
  });

  /**
   * Runs a form's service and redirects, or shows the form again with its problems. An "add"
   * form sent again after it saved lands on the plan where `anchor` points, with a note.
   */
  async function submit(
    c: PlanContext,
    options: {
      formId: string;
      form: FormValues;
      editPage?: boolean;
      anchor?: (savedId: string) => string;
    },
    run: (actor: Actor, planId: string) => Promise<string>,
  ) {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId") ?? "";
    try {
      return c.redirect(await run(actor, planId), 303);
    } catch (error) {
      if (error instanceof FormAlreadySaved) {
        const anchor = options.anchor?.(error.savedId) ?? "";
        return c.redirect(`/plans/${planId}?saved=already${anchor}`, 303);
      }
      const state = formStateOf(error, options.formId, options.form);
      c.get("log").info({ planId, problems: state.problems.length }, "form needs another look");
      if (options.editPage) return renderEditPage(c, actor, state, 422);
      const view = await readPlan(deps, actor, planId);
      return c.html(planPage({ ...viewOf(c), actor, view, state }), 422);
    }
  }

  async function renderEditPage(
    c: PlanContext,
    actor: Actor,
    state: FormState | undefined,
    status: 200 | 422 = 200,
  ) {
    const view = await readPlan(deps, actor, c.req.param("planId") ?? "");
    const statementId = c.req.param("statementId");
    const statement = view.statements.find((candidate) => candidate.id === statementId);
    if (!statement) throw new AppError({ kind: "not_found", message: `statement ${statementId}` });
    // A closed or archived plan refuses the save, so the edit page says so before anyone types.
    assertPlanOpen(view.plan, actor);
    if (!mayEditStatement(actor, view.relationship, statement)) {
      throw new AppError({
        kind: "forbidden",
        message: `${actor.personId} may not edit statement ${statementId}`,
        publicMessage: c.get("t")("plans.problem.notYourWords"),
      });
    }

    return c.html(statementEditPage({ ...viewOf(c), actor, view, statement, state }), status);
  }

  return app;
}

function viewOf(c: PlanContext) {
  return { t: c.get("t"), locale: c.get("locale") };
}

/** A class (`none`: the students in no class), a school, and words typed to find a class. */
function studentListAsk(c: PlanContext): StudentListAsk {
  const asked = c.req.query("class");
  const schoolId = c.req.query("school") || undefined;
  const typed = c.req.query("find");

  return {
    ...(asked !== undefined && { classChoice: asked === "none" ? null : asked }),
    ...(schoolId !== undefined && { schoolId }),
    ...(typed !== undefined && { typed }),
  };
}

/** The form's text fields; several values under one name (checkboxes) stay a list. */
export async function readForm(c: PlanContext): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const form: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === "string") form[name] = value;
    else if (Array.isArray(value)) {
      form[name] = value.filter((item): item is string => typeof item === "string");
    }
  }

  return form;
}

function text(form: FormValues, name: string): string {
  const value = form[name];

  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

export function list(form: FormValues, name: string): string[] {
  const value = form[name];

  return Array.isArray(value) ? value : value ? [value] : [];
}

/** Check-in selects are named progress-<action id>. */
function progressOf(form: FormValues): Record<string, string> {
  const progress: Record<string, string> = {};
  for (const name of Object.keys(form)) {
    if (name.startsWith("progress-")) progress[name.slice("progress-".length)] = text(form, name);
  }

  return progress;
}
