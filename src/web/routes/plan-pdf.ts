import { Readable } from "node:stream";
import { Hono } from "hono";
import { translator } from "../../i18n/translate.ts";
import { renderPlanPdf } from "../../pdf/plan-pdf.ts";
import { readPlanDocument } from "../../pdf/read-plan-document.ts";
import type { AppDeps, AppEnv } from "../app.ts";
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

    const fileName = translator(locale)("pdf.fileName", { name: view.student.name });
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", attachmentDisposition(`${fileName}.pdf`));

    return c.body(Readable.toWeb(document) as ReadableStream<Uint8Array>);
  });

  return app;
}

/**
 * An attachment header any browser reads: a plain ASCII name (accents folded, anything else
 * dropped) and the real name in UTF-8 as RFC 6266 / RFC 5987 `filename*`.
 */
export function attachmentDisposition(fileName: string): string {
  const cleaned = fileName.replace(/[\p{Cc}\p{Cf}"\\/:*?<>|]/gu, "").trim() || "plan.pdf";
  const ascii = cleaned
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/\s+/g, " ")
    .replace(/ - \.pdf$|\s+\.pdf$/, ".pdf")
    .trim();
  const fallback = ascii && ascii !== ".pdf" ? ascii : "plan.pdf";
  const encoded = encodeURIComponent(cleaned).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );

  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
