import type { Context } from "hono";
import { Hono } from "hono";
import { readGradePlans, recordGradePlanReads } from "../../domain/program/grade-plans.ts";
import { translator } from "../../i18n/translate.ts";
import { startPlanBook } from "../../pdf/plan-pdf.ts";
import { plansPdfStream } from "../../pdf/plans-pdf-stream.ts";
import { readPlanDocuments } from "../../pdf/read-plan-document.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { requireActor } from "../session.ts";

/**
 * The plans of a whole grade as one PDF, streamed as it is drawn: a teacher's own students from
 * their list of students, or the program page's plans (its teacher and class filters kept).
 */
export function gradePlansPdfRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/students/plans.pdf", (c) => gradePlansPdf(deps, c, { grade: c.req.query("grade") }));
  app.get("/program/plans.pdf", (c) => gradePlansPdf(deps, c, c.req.query()));

  return app;
}

async function gradePlansPdf(
  deps: AppDeps,
  c: Context<AppEnv>,
  query: Record<string, string | undefined>,
) {
  const actor = requireActor(c.get("actor"));
  const locale = c.get("locale");
  const grade = await readGradePlans(deps, actor, query);
  const t = translator(locale);
  const log = c.get("log");
  const named = { grade: grade.grade, year: grade.schoolYear };
  const fileName = t("pdf.grade.fileName", named);
  c.header("Content-Type", "application/pdf");
  const file = { extension: "pdf", fallback: "plans" };
  c.header("Content-Disposition", attachmentDisposition(fileName, file));
  c.header("Cache-Control", "no-store");
  // A HEAD asks whether the file is there, not for the seconds of drawing it.
  if (c.req.method === "HEAD") return c.body(null);

  log.info({ plans: grade.plans }, "grade plans pdf started");

  const body = plansPdfStream({
    book: startPlanBook({
      locale,
      title: t("pdf.grade.title", named),
      schoolYear: grade.schoolYear,
    }),
    documents: recordGradePlanReads(deps, actor, {
      grade: grade.grade,
      plans: readPlanDocuments(deps, actor, grade.planIds, locale),
    }),
    stoppedNotice: t("pdf.grade.stopped"),
    onError: (error) => log.error({ err: error }, "grade plans pdf stopped early"),
  });

  return c.body(body);
}
