import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { tryGetContext } from "hono/context-storage";
import { raw } from "hono/html";
import type { AppEnv } from "./app.ts";

/*
 * The one-time token of each "add" form (src/domain/forms/form-token.ts). A view writes a mark
 * where the token goes, and every answer sent fills each mark with a token of its own. Tokens
 * are not written while rendering because staff pages are kept rendered and served again to the
 * same person (page-cache.ts): two tabs would carry the same token, and the second tab's own
 * words would read as the first tab's form sent twice. The page cache fills the marks of the
 * pages it serves; the middleware below fills those of every other page.
 */

// A person's words reach a page escaped, so no typed text can ever read as this mark.
const mark = Buffer.from("<!--form-token-->");

/** Inside an "add" form: its one-time token, filled in when the page is sent. */
export function formTokenField() {
  tryGetContext<AppEnv>()?.set("unfilledFormTokens", true);

  return raw(mark.toString());
}

/** A page cut at its marks, to fill afresh each time it is sent; undefined without marks. */
export function formTokenParts(page: Uint8Array): Uint8Array[] | undefined {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (let at = bytes.indexOf(mark); at !== -1; at = bytes.indexOf(mark, from)) {
    parts.push(bytes.subarray(from, at));
    from = at + mark.length;
  }
  if (parts.length === 0) return undefined;
  parts.push(bytes.subarray(from));

  return parts;
}

/** The page with a fresh token between each two parts. */
export function withFormTokens(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const filled: Uint8Array[] = [];
  for (const [index, part] of parts.entries()) {
    if (index > 0) filled.push(Buffer.from(tokenInput()));
    filled.push(part);
  }

  return Buffer.concat(filled);
}

const tokenInput = () => `<input type="hidden" name="formToken" value="${randomUUID()}">`;

/** Fills the marks of a page rendered for this answer and not already filled by the cache. */
export function formTokens(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!c.get("unfilledFormTokens")) return;

    c.set("unfilledFormTokens", false);
    const page = new Uint8Array(await c.res.arrayBuffer());
    const parts = formTokenParts(page);
    c.res = new Response(parts ? withFormTokens(parts) : page, c.res);
    // The tokens make the page longer than it was rendered.
    c.res.headers.delete("content-length");
  };
}
