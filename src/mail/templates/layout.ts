import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { matchLocale } from "../../i18n/match-locale.ts";
import { defaultLocale } from "../../i18n/translate.ts";
import { isolate, isolatedParts, withoutIsolates } from "../../lib/bidi-isolate.ts";

/*
 * One message, two parts: the HTML part and the plain-text part are rendered from the same
 * blocks, so they always say the same thing. The HTML is plain and inline-styled (mail programs
 * drop style sheets), with the language and direction set for screen readers and right-to-left
 * scripts. Every value is escaped. Names and people's words that templates put into sentences
 * are bidi isolates (src/lib/bidi-isolate.ts): the text part keeps the marks, text mail having
 * no markup; the HTML part turns them into <bdi>.
 */

export type EmailBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "quote"; text: string }
  | { kind: "list"; items: EmailListItem[] }
  | { kind: "button"; label: string; url: string; fallback: string };

export interface EmailListItem {
  text: string;
  /** Smaller lines under the item, such as whose words it is. */
  notes: string[];
}

export interface EmailMessage {
  /** The language the message was written in (a supported locale). */
  locale: string;
  subject: string;
  /** The line mail programs show after the subject in a list of messages. */
  preview: string;
  blocks: EmailBlock[];
  footer: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The locale a message for this person is written in: theirs if the app speaks it. Rosters give
 * regional tags ("es-MX", "vi-VN"), so the language alone is enough to match.
 */
export function emailLocale(preferred: string | null | undefined): string {
  return matchLocale(preferred) ?? defaultLocale;
}

const rightToLeft = ["ar", "fa", "he", "ur"];

export const directionOf = (locale: string) =>
  rightToLeft.includes(locale.split("-")[0] ?? "") ? "rtl" : "ltr";

export async function renderEmail(message: EmailMessage): Promise<RenderedEmail> {
  return {
    // A header, searched as it is spelled: a search for a name in the mailbox must find it.
    subject: withoutIsolates(message.subject),
    text: renderText(message),
    html: String(await renderHtml(message)),
  };
}

function renderText(message: EmailMessage): string {
  const parts = message.blocks.map(textOf);

  return `${[...parts, `-- \n${message.footer}`].join("\n\n")}\n`;
}

function textOf(block: EmailBlock): string {
  switch (block.kind) {
    case "heading":
      return `${block.text}\n${underline(block.level, block.text)}`;
    case "paragraph":
      return block.text;
    case "quote":
      // Someone's own words, each line taking its own direction whatever the reader's is.
      return block.text
        .split(/\r?\n/)
        .map((line) => (line.trim() ? `    ${isolate(line.trimEnd())}` : ""))
        .join("\n");
    case "list":
      return block.items.map(textListItem).join("\n");
    case "button":
      // The address stands alone on its line so that no mail program runs it into the words.
      return `${block.label}:\n${block.url}`;
  }
}

const textListItem = (item: EmailListItem) =>
  [`* ${item.text}`, ...item.notes.map((note) => `  (${note})`)].join("\n");

const underline = (level: 1 | 2 | 3, text: string) =>
  (level === 1 ? "=" : "-").repeat(Math.min([...withoutIsolates(text)].length, 60));

const colors = { ink: "#1d2433", soft: "#4a5468", accent: "#1f5fbf", wash: "#f4f6fa" };
const font = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif";

const styles = {
  body: `margin:0;padding:0;background:${colors.wash};`,
  preview: "display:none;max-height:0;overflow:hidden;",
  sheet: [
    "max-width:600px;margin:0 auto;padding:24px;background:#ffffff;",
    `color:${colors.ink};${font};font-size:16px;line-height:1.5;`,
  ].join(""),
  h1: "margin:0 0 16px;font-size:24px;",
  h2: "margin:24px 0 8px;font-size:20px;",
  h3: "margin:16px 0 8px;font-size:17px;",
  paragraph: "margin:0 0 16px;",
  quote: [
    "margin:0 0 16px;padding:12px 16px;background:#eef3fc;",
    `border-inline-start:4px solid ${colors.accent};`,
  ].join(""),
  list: "margin:0 0 16px;padding-inline-start:24px;",
  item: "margin:0 0 8px;",
  note: `color:${colors.soft};font-size:14px;`,
  buttonRow: "margin:24px 0 8px;",
  button: [
    `display:inline-block;padding:12px 20px;background:${colors.accent};color:#ffffff;`,
    "font-weight:700;text-decoration:none;border-radius:6px;",
  ].join(""),
  fallback: `margin:0 0 16px;color:${colors.soft};font-size:14px;`,
  address: `color:${colors.accent};word-break:break-all;`,
  rule: "border:none;border-top:1px solid #d5dbe5;margin:32px 0 16px;",
  footer: `margin:0;color:${colors.soft};font-size:14px;`,
};

function renderHtml(message: EmailMessage) {
  const dir = directionOf(message.locale);

  return html`<!doctype html>
<html lang="${message.locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${withoutIsolates(message.subject)}</title>
</head>
<body style="${styles.body}">
<div style="${styles.preview}">${words(message.preview)}</div>
<main style="${styles.sheet}">
${message.blocks.map(htmlOf)}
<hr style="${styles.rule}">
<footer><p style="${styles.footer}">${words(message.footer)}</p></footer>
</main>
</body>
</html>`;
}

function htmlOf(block: EmailBlock): HtmlEscapedString | Promise<HtmlEscapedString> {
  switch (block.kind) {
    case "heading":
      return heading(block.level, block.text);
    case "paragraph":
      return html`<p style="${styles.paragraph}">${lines(block.text)}</p>`;
    case "quote":
      return html`<blockquote dir="auto" style="${styles.quote}">${lines(block.text)}</blockquote>`;
    case "list":
      return html`<ul style="${styles.list}">${block.items.map(htmlListItem)}</ul>`;
    case "button":
      return html`<p style="${styles.buttonRow}">
<a href="${block.url}" style="${styles.button}">${words(block.label)}</a></p>
<p style="${styles.fallback}">${words(block.fallback)}<br>
<a href="${block.url}" style="${styles.address}">${block.url}</a></p>`;
  }
}

function heading(level: 1 | 2 | 3, text: string) {
  if (level === 1) return html`<h1 style="${styles.h1}">${words(text)}</h1>`;
  if (level === 2) return html`<h2 style="${styles.h2}">${words(text)}</h2>`;

  return html`<h3 style="${styles.h3}">${words(text)}</h3>`;
}

const htmlListItem = (item: EmailListItem) =>
  html`<li style="${styles.item}">${words(item.text)}${item.notes.map(
    (note) => html`<br><span style="${styles.note}">${words(note)}</span>`,
  )}</li>`;

/** Text of the message, its isolated names and words as <bdi>. */
function words(text: string) {
  return marked(text, (part) => part);
}

/** The same, keeping the line breaks a person typed (a vision is often a few short lines). */
function lines(text: string) {
  return marked(text, (part) =>
    part.split(/\r?\n/).map((line, index) => (index === 0 ? line : html`<br>${line}`)),
  );
}

function marked(text: string, render: (part: string) => unknown) {
  const parts = isolatedParts(text);

  return html`${parts.map((part) => {
    if (part.leftToRight) return html`<bdi dir="ltr">${render(part.text)}</bdi>`;

    return part.isolated ? html`<bdi>${render(part.text)}</bdi>` : render(part.text);
  })}`;
}
