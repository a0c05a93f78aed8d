import { isLocale, type Locale } from "./translate.ts";

/** Chinese written in traditional characters, which our Simplified Chinese does not serve. */
const traditionalChinese = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * The supported locale a browser's Accept-Language header likes best, or null. Tags are tried
 * in the order of their q-values, each first as it is, then by its language alone ("es-MX").
 */
export function matchLocale(acceptLanguage: string | null | undefined): Locale | null {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map(parseRange)
    .filter((range) => range.tag !== "" && range.quality > 0)
    .sort((a, b) => b.quality - a.quality);

  for (const { tag } of wanted) {
    const language = tag.split("-")[0] ?? "";
    if (traditionalChinese.test(tag)) continue;
    if (isLocale(language)) return language;
  }

  return null;
}

function parseRange(range: string) {
  const [tag = "", ...parameters] = range.trim().split(";");
  const q = parameters.map((part) => part.trim()).find((part) => part.startsWith("q="));
  const quality = q ? Number(q.slice(2)) : 1;

  return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0 };
}
