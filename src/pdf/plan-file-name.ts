import { translator } from "../i18n/translate.ts";
import { safeFileName } from "../lib/file-name.ts";

/** A plan's PDF is named after its student, whose name may hold anything a roster holds. */
export const planPdfFile = { extension: "pdf", fallback: "plan" };

/** "Math Action Plan - {name}" in the reader's language, before it is made a safe file name. */
export const planPdfTitle = (locale: string, studentName: string) =>
  translator(locale)("pdf.fileName", { name: studentName });

/** The plan's PDF file name, as a download or an email attachment carries it. */
export const planPdfFileName = (locale: string, studentName: string) =>
  safeFileName(planPdfTitle(locale, studentName), planPdfFile);
