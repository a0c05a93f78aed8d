import { safeFileName } from "../lib/file-name.ts";

/**
 * The Content-Disposition of a download named from `title` (safeFileName makes it safe): the
 * real name in UTF-8 as RFC 6266 / RFC 5987 `filename*`, and a plain ASCII `filename` (accents
 * folded, dashes and spaces made plain, anything else dropped) for the few clients that read no
 * other. A school year written "2025–2026" keeps its dash there: without it, "20252026".
 */
export function attachmentDisposition(
  title: string,
  file: { extension: string; fallback: string },
): string {
  const fileName = safeFileName(title, file);
  const asciiStem = fileName
    .slice(0, -(file.extension.length + 1))
    .normalize("NFKD")
    .replace(/\p{Pd}/gu, "-")
    .replace(/\p{Zs}/gu, " ")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s-]+|[\s-]+$/g, "");
  const fallback = /[A-Za-z0-9]/.test(asciiStem) ? asciiStem : file.fallback;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );

  return `attachment; filename="${fallback}.${file.extension}"; filename*=UTF-8''${encoded}`;
}
