import { Readable } from "node:stream";
import { Hono } from "hono";
import { planPdfFile, planPdfTitle } from "../../pdf/plan-file-name.ts";
import { renderPlanPdf } from "../../pdf/plan-pdf.ts";
import { readPlanDocument } from "../../pdf/read-plan-document.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { requireActor } from "../session.ts";

/** The plan as a PDF in the reader's language, for exactly the people who may read the plan. */
export function planPdfRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/plans/:planId/plan.pdf", async (c) => {
    const actor = requireActor(c.get("actor"));
    const locale = c.get("locale");
    const { view, identity } = await readPlanDocument(deps, actor, c.req.param("planId"), locale);
    const document = renderPlanPdf({ view, identity, locale });
    c.get("log").info({ planId: view.plan.id }, "plan pdf made");

    const title = planPdfTitle(locale, view.student.name);
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", attachmentDisposition(title, planPdfFile));

    return c.body(Readable.toWeb(document) as ReadableStream<Uint8Array>);
  });

  return app;
}
