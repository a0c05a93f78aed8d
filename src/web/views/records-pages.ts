import { html } from "hono/html";
import { may, type Relationship } from "../../domain/access/policy.ts";
import type { FieldProblem } from "../../domain/errors.ts";
import type { Translate } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { inputField, problemSummary } from "./form-fields.ts";
import { sentence } from "./own-words.ts";

/** The page a family member (or the student) downloads the child's records from. */
export function recordsPage(options: {
  t: Translate;
  studentId: string;
  name: string;
  self: boolean;
  administrator: boolean;
  deleted?: Record<string, number> | undefined;
}) {
  const { t, studentId } = options;
  const base = `/students/${encodeURIComponent(studentId)}/records`;
  const name = isolate(options.name);
  const title = options.self ? t("records.titleSelf") : t("records.title", { name });

  return html`<h1>${sentence(title)}</h1>
    <p>${sentence(t("records.intro", { name }))}</p>
    <p><a class="button" href="${base}.json" download>${t("records.json")}</a></p>
    <p><a class="button" href="${base}.pdf" download>${t("records.pdf")}</a></p>
    <p class="hint">${t("records.notIncluded")}</p>
    ${
      options.administrator
        ? html`<section aria-labelledby="admin-tools">
            <h2 id="admin-tools">${t("records.adminTools")}</h2>
            <p><a href="/students/${studentId}/delete">${t("records.delete.link")}</a></p>
          </section>`
        : ""
    }`;
}

/** An administrator confirms a deletion by typing the student's name. */
export function deleteStudentPage(options: {
  t: Translate;
  studentId: string;
  name: string;
  plans: number;
  statements: number;
  typed: string;
  problems: FieldProblem[];
}) {
  const { t, name } = options;

  return html`<h1>${sentence(t("records.delete.title", { name: isolate(name) }))}</h1>
    <p>${t("records.delete.intro")}</p>
    <p>${t("records.delete.holds", { plans: options.plans, statements: options.statements })}</p>
    <p class="hint">${t("records.delete.backups")}</p>
    ${problemSummary(t, options.problems)}
    <form method="post" action="/students/${options.studentId}/delete" class="stack card">
      ${inputField({
        name: "confirmName",
        label: t("records.delete.name"),
        hint: t("records.delete.nameHint", { name }),
        value: options.typed,
        problems: options.problems,
        autocomplete: "off",
        required: true,
      })}
      <div><button type="submit" class="danger">${t("records.delete.submit")}</button></div>
    </form>`;
}

/** What an administrator sees once a student's records are gone. */
export function studentDeletedPage(options: { t: Translate; counts: Record<string, number> }) {
  const plans = options.counts.plans ?? 0;
  const statements = options.counts.statements ?? 0;

  return html`<h1>${options.t("records.delete.link")}</h1>
    <p class="notice" role="status">${options.t("records.delete.done", { plans, statements })}</p>
    <p><a href="/students">${options.t("nav.students")}</a></p>`;
}

/** The notice on an archived plan's page: readable, never changed again. */
export function archivedNotice(t: Translate, plan: { archived_at: string | null }) {
  if (!plan.archived_at) return "";

  return html`<p class="notice archived" role="note">${t("records.archived.banner")}</p>`;
}

/** The link from a plan to the student's records, for those who may download them. */
export function recordsLink(
  t: Translate,
  options: { studentId: string; studentName: string; relationship: Relationship },
) {
  if (!may(options.relationship, "exportRecords")) return "";
  const label =
    options.relationship === "self"
      ? t("records.linkSelf")
      : sentence(t("records.link", { name: isolate(options.studentName) }));

  const address = `/students/${options.studentId}/records`;

  return html`<p class="no-print"><a href="${address}">${label}</a></p>`;
}
