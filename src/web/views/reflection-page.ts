import { html } from "hono/html";
import type { Actor } from "../../domain/access/actor.ts";
import type { FieldProblem } from "../../domain/errors.ts";
import type { TeamReflections } from "../../domain/reflections/read-team-reflections.ts";
import { reflectionLimit } from "../../domain/reflections/write-reflection.ts";
import { isolate, isolateYear } from "../../lib/bidi-isolate.ts";
import { formTokenField } from "../form-tokens.ts";
import { problemSummary, textAreaField } from "./form-fields.ts";
import { keepDraft } from "./keep-draft.ts";
import { page } from "./layout.ts";
import { isolated, ownWords, sentence } from "./own-words.ts";
import { formatInstant, type ViewContext } from "./plan-format.ts";

/** A form that came back refused, with what the person typed. */
export interface ReflectionFormState {
  formId: "reflection" | "decision";
  values: Record<string, string>;
  problems: FieldProblem[];
  message: string;
}

export interface ReflectionsPageOptions extends ViewContext {
  actor: Actor;
  team: TeamReflections;
  saved?: string | undefined;
  state?: ReflectionFormState | undefined;
}

/** Staff only: the team's reflections of this school year, and what it decided for next year. */
export function reflectionsPage(options: ReflectionsPageOptions) {
  const { t, team } = options;
  const title = t("reflections.title");
  const saved =
    options.saved === "already"
      ? t("form.alreadySaved")
      : options.saved === "reflection"
        ? t("reflections.saved")
        : options.saved === "decision"
          ? t("reflections.decision.saved")
          : null;
  const yearHeading = t("reflections.year", { year: isolateYear(team.schoolYear) });

  const body = html`<h1>${title}</h1>
    <p>${t("reflections.intro")}</p>
    ${saved ? html`<p class="notice" role="status">${saved}</p>` : ""}
    ${schoolChooser(options)}
    <h2>${isolated(team.school.name)}: ${sentence(yearHeading)}</h2>
    ${reflectionList(options)}
    ${reflectionForm(options)}
    ${decisionSection(options)}`;

  return page({ title, t, locale: options.locale, actor: options.actor, body });
}

function schoolChooser(options: ReflectionsPageOptions) {
  const { t, team } = options;
  if (team.schools.length < 2) return "";

  return html`<form method="get" action="/program/reflections" class="inline">
    <label for="school">${t("reflections.school")}</label>
    <select id="school" name="school">${team.schools.map(
      (
        school,
      ) => html`<option value="${school.id}" ${school.id === team.school.id ? "selected" : ""}
        >${school.name}</option>`,
    )}</select>
    <button type="submit">${t("reflections.chooseSchool")}</button>
  </form>`;
}

function reflectionList(options: ReflectionsPageOptions) {
  const { t, team } = options;

  return html`<section class="card" id="reflections" aria-labelledby="reflections-title">
    <h3 id="reflections-title">${t("reflections.list.title")}</h3>
    ${
      team.reflections.length === 0
        ? html`<p class="empty">${t("reflections.none")}</p>`
        : html`<ul class="notes">${team.reflections.map(
            (reflection) => html`<li>
              <p><strong>${
                reflection.student
                  ? sentence(t("reflections.onPlan", { name: isolate(reflection.student) }))
                  : t("reflections.onYear")
              }</strong></p>
              <p ${ownWords()}>${reflection.body}</p>
              <p class="hint">${byAuthor(options, reflection)}</p>
            </li>`,
          )}</ul>`
    }
  </section>`;
}

function reflectionForm(options: ReflectionsPageOptions) {
  const { t, team } = options;
  const state = options.state?.formId === "reflection" ? options.state : undefined;
  const chosenPlan = state?.values.planId ?? "";
  const planProblem = state?.problems.find((problem) => problem.field === "planId");

  return html`<form method="post" action="/program/reflections/${team.school.id}" class="card stack"
    aria-labelledby="write-title"${keepDraft(t, "reflection")}>
    <h3 id="write-title">${t("reflections.write.title")}</h3>
    ${formTokenField()}
    ${state ? problemSummary(t, state.problems, { message: state.message }) : ""}
    <div class="field">
      <label for="field-planId">${t("reflections.field.plan")}</label>
      <p class="hint" id="field-planId-hint">${t("reflections.plan.hint")}</p>
      ${planProblemText(planProblem?.message)}
      <select id="field-planId" name="planId" aria-describedby="field-planId-hint">
        <option value="">${t("reflections.plan.year")}</option>
        ${team.plans.map(
          (plan) => html`<option value="${plan.id}" ${plan.id === chosenPlan ? "selected" : ""}
            >${plan.student}</option>`,
        )}
      </select>
    </div>
    ${textAreaField({
      name: "body",
      label: t("reflections.field.body"),
      hint: t("reflections.body.hint"),
      value: state?.values.body,
      problems: state?.problems,
      maxlength: reflectionLimit,
      rows: 5,
    })}
    <button type="submit">${t("reflections.save")}</button>
  </form>`;
}

function decisionSection(options: ReflectionsPageOptions) {
  const { t, team } = options;
  const state = options.state?.formId === "decision" ? options.state : undefined;

  return html`<section class="card" id="decisions" aria-labelledby="decisions-title">
    <h3 id="decisions-title">${t("reflections.decisions.title")}</h3>
    ${
      team.decisions.length === 0
        ? html`<p class="empty">${t("reflections.decisions.none")}</p>`
        : html`<ul class="notes">${team.decisions.map(
            (decision) => html`<li><p ${ownWords()}>${decision.body}</p>
              <p class="hint">${byAuthor(options, decision)}</p></li>`,
          )}</ul>`
    }
    <form method="post" action="/program/reflections/${team.school.id}/decisions" class="stack"
      ${keepDraft(t, "decision")}>
      ${formTokenField()}
      ${
        state
          ? problemSummary(t, state.problems, { message: state.message, idPrefix: "decision" })
          : ""
      }
      ${textAreaField({
        name: "body",
        label: t("reflections.field.decision"),
        hint: t("reflections.decision.hint"),
        value: state?.values.body,
        problems: state?.problems,
        maxlength: reflectionLimit,
        rows: 4,
        idPrefix: "decision",
      })}
      <button type="submit">${t("reflections.decision.save")}</button>
    </form>
  </section>`;
}

/** Who wrote a reflection or a decision, and when. */
function byAuthor(options: ReflectionsPageOptions, said: { author: string; createdAt: string }) {
  const date = formatInstant(said.createdAt, options.locale, options.team.timeZone);

  return sentence(options.t("reflections.byAuthor", { name: isolate(said.author), date }));
}

function planProblemText(message: string | undefined) {
  if (!message) return "";

  return html`<p class="field-error" id="field-planId-problem">${message}</p>`;
}
