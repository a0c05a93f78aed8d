import { type Context, Hono } from "hono";
import { AppError } from "../../domain/errors.ts";
import { dayIn } from "../../domain/plans/school-time.ts";
import {
  countStudentRecords,
  deleteStudentRecords,
} from "../../domain/records/delete-student-records.ts";
import {
  openStudentRecords,
  readStudentRecords,
  type StudentRecords,
} from "../../domain/records/read-student-records.ts";
import { studentRecordsPdf } from "../../domain/records/records-pdf.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import type { AppDeps, AppEnv } from "../app.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { formText, renderPage } from "../render.ts";
import { requireActor } from "../session.ts";
import { deleteStudentPage, recordsPage, studentDeletedPage } from "../views/records-pages.ts";

/**
 * A child's records for their family (and the student): a page with two downloads, a data file
 * and a readable PDF. For administrators, deleting a student's records on request.
 */
export function recordsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get("/students/:studentId/records", async (c) => {
    const actor = requireActor(c.get("actor"));
    const opened = await openStudentRecords(deps, actor, c.req.param("studentId"));
    const t = c.get("t");
    const body = recordsPage({
      t,
      studentId: opened.studentId,
      name: opened.name,
      self: opened.relationship === "self",
      administrator: opened.relationship === "administrator",
    });
    const title =
      opened.relationship === "self"
        ? t("records.titleSelf")
        : t("records.title", { name: isolate(opened.name) });

    return renderPage(c, { title, body });
  });

  app.get("/students/:studentId/records.json", async (c) => {
    const actor = requireActor(c.get("actor"));
    const records = await readStudentRecords(deps, actor, c.req.param("studentId"));

    return c.body(JSON.stringify(records, null, 2), 200, {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": attachment(records, "json"),
    });
  });

  app.get("/students/:studentId/records.pdf", async (c) => {
    const actor = requireActor(c.get("actor"));
    const records = await readStudentRecords(deps, actor, c.req.param("studentId"));
    const pdf = await studentRecordsPdf(records, c.get("locale"));

    return c.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": attachment(records, "pdf"),
    });
  });

  app.get("/students/:studentId/delete", async (c) => {
    const actor = requireActor(c.get("actor"));
    const studentId = c.req.param("studentId");
    const held = await countStudentRecords(deps, actor, studentId);

    return renderDeletePage(c, { studentId, held, typed: "", problems: [] });
  });

  app.post("/students/:studentId/delete", async (c) => {
    const actor = requireActor(c.get("actor"));
    const studentId = c.req.param("studentId");
    const form = await c.req.parseBody();
    try {
      const counts = await deleteStudentRecords(deps, actor, studentId, form);
      c.get("log").info({ counts }, "student records deleted on request");
      const t = c.get("t");
      return renderPage(c, {
        title: t("records.delete.link"),
        body: studentDeletedPage({ t, counts }),
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== "invalid_input") throw error;
      const held = await countStudentRecords(deps, actor, studentId);
      const typed = formText(form, "confirmName");
      return renderDeletePage(c, { studentId, held, typed, problems: error.problems }, 422);
    }
  });

  return app;
}

/** Named after the day the download was made, at the student's school. */
function attachment(records: StudentRecords, extension: string) {
  const day = dayIn(records.timeZone, new Date(records.madeAt));
  return attachmentDisposition(`records-${day}`, {
    extension,
    fallback: "records",
  });
}

function renderDeletePage(
  c: Context<AppEnv>,
  options: {
    studentId: string;
    held: Awaited<ReturnType<typeof countStudentRecords>>;
    typed: string;
    problems: AppError["problems"];
  },
  status: 200 | 422 = 200,
) {
  const t = c.get("t");
  const body = deleteStudentPage({
    t,
    studentId: options.studentId,
    name: options.held.name,
    plans: options.held.plans,
    statements: options.held.statements,
    typed: options.typed,
    problems: options.problems,
  });

  return renderPage(c, {
    title: t("records.delete.title", { name: isolate(options.held.name) }),
    body,
    status,
  });
}
