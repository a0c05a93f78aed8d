import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { answerIdentity, readIdentityCheck } from "../../domain/identity/answer-identity.ts";
import { setFamilyConsent } from "../../domain/identity/identity-consent.ts";
import {
  addIdentityStatement,
  readIdentityStatement,
  readSchoolIdentity,
  retireIdentityStatement,
  rewordIdentityStatement,
} from "../../domain/identity/word-identity-statements.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { formStateOf, readTextFields, renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { identityCheckPage } from "../views/identity-check-page.ts";
import {
  identityStatementEditPage,
  identityStatementsPage,
} from "../views/identity-statements-page.ts";
import type { FormState } from "../views/plan-fields.ts";

type IdentityContext = Context<AppEnv>;
type Status = ContentfulStatusCode;

const checkNotices: Record<string, MessageKey> = {
  answers: "identity.check.saved",
  consent: "identity.consent.saved",
};
const adminNotices: Record<string, MessageKey> = {
  saved: "identity.admin.saved",
  retired: "identity.admin.retiredNotice",
};

/** The student's math identity check, their consent, and the school's statements. */
export function identityRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/plans/:planId/identity", (c) => renderCheck(c, undefined));

  app.post("/plans/:planId/identity", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const form = await readTextFields(c);
    try {
      await answerIdentity(deps, actor, planId, form);
    } catch (error) {
      const state = formStateOf(error, "identity", form);
      c.get("log").info({ planId, problems: state.problems.length }, "identity check incomplete");
      return renderCheck(c, state, 422);
    }
    c.get("log").info({ planId }, "identity check answered");

    return c.redirect(`/plans/${planId}/identity?saved=answers`, 303);
  });

  app.post("/plans/:planId/identity/consent", async (c) => {
    const actor = requireActor(c.get("actor"));
    const planId = c.req.param("planId");
    const form = await readTextFields(c);
    await setFamilyConsent(deps, actor, planId, { familyMaySee: form.familyMaySee });

    return c.redirect(`/plans/${planId}/identity?saved=consent#consent-heading`, 303);
  });

  app.get("/school/identity", (c) => renderStatements(c, undefined));

  app.post("/school/identity", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await readTextFields(c);
    const schoolId = c.req.query("id") ?? "";
    try {
      await addIdentityStatement(deps, actor, { schoolId }, form);
    } catch (error) {
      return renderStatements(c, formStateOf(error, "add-identity", form), 422);
    }

    return c.redirect(`/school/identity?id=${encodeURIComponent(schoolId)}&saved=saved`, 303);
  });

  app.get("/school/identity/:statementId", (c) => renderStatementEdit(c, undefined));

  app.post("/school/identity/:statementId", async (c) => {
    const actor = requireActor(c.get("actor"));
    const form = await readTextFields(c);
    try {
      const { schoolId } = await rewordIdentityStatement(
        deps,
        actor,
        c.req.param("statementId"),
        form,
      );
      return c.redirect(`/school/identity?id=${encodeURIComponent(schoolId)}&saved=saved`, 303);
    } catch (error) {
      return renderStatementEdit(c, formStateOf(error, "reword-identity", form), 422);
    }
  });

  app.post("/school/identity/:statementId/retire", async (c) => {
    const actor = requireActor(c.get("actor"));
    const { schoolId } = await retireIdentityStatement(deps, actor, c.req.param("statementId"));

    return c.redirect(`/school/identity?id=${encodeURIComponent(schoolId)}&saved=retired`, 303);
  });

  async function renderCheck(
    c: IdentityContext,
    state: FormState | undefined,
    status: Status = 200,
  ) {
    const actor = requireActor(c.get("actor"));
    const check = await readIdentityCheck(deps, actor, c.req.param("planId") ?? "");
    const t = c.get("t");
    const body = identityCheckPage({
      t,
      locale: c.get("locale"),
      planId: check.plan.id,
      statements: check.statements,
      given: check.given,
      checkInOn: check.checkInOn,
      familyMaySee: check.familyMaySee,
      state,
      notice: noticeOf(checkNotices, c.req.query("saved")),
    });

    return renderPage(c, { title: t("identity.check.title"), body, status });
  }

  async function renderStatements(
    c: IdentityContext,
    state: FormState | undefined,
    status: Status = 200,
  ) {
    const actor = requireActor(c.get("actor"));
    const { school, schools, statements } = await readSchoolIdentity(
      deps,
      actor,
      c.req.query("id"),
    );
    const t = c.get("t");
    const body = identityStatementsPage({
      t,
      locale: c.get("locale"),
      school,
      schools,
      statements,
      state,
      notice: noticeOf(adminNotices, c.req.query("saved")),
    });

    return renderPage(c, { title: t("identity.admin.title"), body, status });
  }

  async function renderStatementEdit(
    c: IdentityContext,
    state: FormState | undefined,
    status: Status = 200,
  ) {
    const actor = requireActor(c.get("actor"));
    const statement = await readIdentityStatement(deps, actor, c.req.param("statementId") ?? "");
    const t = c.get("t");
    const body = identityStatementEditPage({
      t,
      locale: c.get("locale"),
      statementId: statement.id,
      texts: statement.texts,
      state,
    });

    return renderPage(c, { title: t("identity.admin.editTitle"), body, status });
  }

  return app;
}

function noticeOf(notices: Record<string, MessageKey>, saved: string | undefined) {
  return saved && Object.hasOwn(notices, saved) ? notices[saved] : undefined;
}
