import { type Context, Hono } from "hono";
import type { Actor } from "../../domain/access/actor.ts";
import { AppError } from "../../domain/errors.ts";
import { FormAlreadySaved } from "../../domain/forms/form-token.ts";
import { readTeamReflections } from "../../domain/reflections/read-team-reflections.ts";
import { recordTeamDecision } from "../../domain/reflections/record-team-decision.ts";
import { writeReflection } from "../../domain/reflections/write-reflection.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formText } from "../render.ts";
import { requireActor } from "../session.ts";
import { type ReflectionFormState, reflectionsPage } from "../views/reflection-page.ts";

/** The school team's reflections and decisions: staff only, read and written on one page. */
export function reflectionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/program/reflections", async (c) => {
    const actor = requireActor(c.get("actor"));

    return render(c, actor, { schoolId: c.req.query("school"), saved: c.req.query("saved") });
  });

  app.post("/program/reflections/:schoolId", async (c) => {
    const actor = requireActor(c.get("actor"));
    const schoolId = c.req.param("schoolId");
    const body = await c.req.parseBody();
    const form = { planId: formText(body, "planId"), body: formText(body, "body") };
    const formToken = formText(body, "formToken");
    try {
      await writeReflection(deps, actor, { schoolId, form: { ...form, formToken } });
    } catch (error) {
      if (error instanceof FormAlreadySaved) {
        return c.redirect(already(schoolId, "reflections"), 303);
      }
      const state = refusedForm(error, { formId: "reflection", values: form });
      return render(c, actor, { schoolId, state }, 422);
    }
    c.get("log").info({ schoolId }, "reflection written");

    return c.redirect(`/program/reflections?school=${schoolId}&saved=reflection#reflections`, 303);
  });

  app.post("/program/reflections/:schoolId/decisions", async (c) => {
    const actor = requireActor(c.get("actor"));
    const schoolId = c.req.param("schoolId");
    const body = await c.req.parseBody();
    const form = { body: formText(body, "body") };
    const formToken = formText(body, "formToken");
    try {
      await recordTeamDecision(deps, actor, { schoolId, form: { ...form, formToken } });
    } catch (error) {
      if (error instanceof FormAlreadySaved) {
        return c.redirect(already(schoolId, "decisions"), 303);
      }
      const state = refusedForm(error, { formId: "decision", values: form });
      return render(c, actor, { schoolId, state }, 422);
    }
    c.get("log").info({ schoolId }, "team decision recorded");

    return c.redirect(`/program/reflections?school=${schoolId}&saved=decision#decisions`, 303);
  });

  async function render(
    c: Context<AppEnv>,
    actor: Actor,
    options: {
      schoolId: string | undefined;
      saved?: string | undefined;
      state?: ReflectionFormState;
    },
    status: 200 | 422 = 200,
  ) {
    const team = await readTeamReflections(deps, actor, options.schoolId);
    const view = { t: c.get("t"), locale: c.get("locale"), actor, team };

    return c.html(reflectionsPage({ ...view, saved: options.saved, state: options.state }), status);
  }

  return app;
}

/** Where the same form, sent again after it saved, lands: the saved list, with a note. */
const already = (schoolId: string, list: "reflections" | "decisions") =>
  `/program/reflections?school=${schoolId}&saved=already#${list}`;

/** A refusal the form can show (a field problem, a plan without check-ins); others go on up. */
function refusedForm(
  error: unknown,
  form: { formId: "reflection" | "decision"; values: Record<string, string> },
): ReflectionFormState {
  if (!(error instanceof AppError)) throw error;
  if (error.kind !== "invalid_input" && error.kind !== "conflict") throw error;

  return { ...form, problems: error.problems, message: error.publicMessage };
}
