import type { Context, MiddlewareHandler } from "hono";
import type { ChangeWatch } from "../db/change-watch.ts";
import type { PersonRole } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "./app.ts";
import { formTokenParts, withFormTokens } from "./form-tokens.ts";
import { plainPageAddress } from "./plain-page-address.ts";

/*
 * Rendered pages for signed-in staff, kept while nothing they could show has changed
 * (docs/decisions/0010-page-cache.md). A page is kept for the change generation it was rendered
 * under, read before rendering: a write during rendering moves the generation on and leaves the
 * page unreachable. Everything around the page still runs on a hit: the session and the
 * person's being active are checked, the audit trail is written, the privacy headers are set.
 * The student list and the program page are made from, and kept under, the address they read
 * (plain-page-address.ts): a made-up parameter finds the page already made for its viewer.
 */

/** Families and students are never served from here: their page views record things. */
const cachedRoles: ReadonlySet<PersonRole> = new Set(["teacher", "administrator"]);
/** The audit trail's own pages show the rows that every page view writes. */
const uncachedPaths = [/^\/audit(\.|\/|$)/];
/**
 * Pages say "today", "overdue" and "due tomorrow" from the clock: a kept page is at most this
 * old, so a day's turn shows within half a minute whatever the school's time zone.
 */
export const pageMaxAgeMs = 30_000;
const defaultBudgetBytes = 32 * 1024 * 1024;

interface KeptPage {
  generation: number;
  renderedAt: number;
  status: number;
  headers: [string, string][];
  /** Bytes, not an ArrayBuffer: @hono/node-server writes these straight to the socket. */
  body: Uint8Array<ArrayBuffer>;
  /** The body cut where its forms' one-time tokens go, filled afresh each time it is served. */
  tokenParts?: Uint8Array[] | undefined;
  bytes: number;
}

/** Kept pages, least recently used first, within a budget of bytes. */
export class PageStore {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;

  constructor(readonly budgetBytes = defaultBudgetBytes) {}

  get size() {
    return this.pages.size;
  }

  get usedBytes() {
    return this.bytes;
  }

  read(key: string, generation: number, now: number): KeptPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;

    const fresh = now >= page.renderedAt && now - page.renderedAt < pageMaxAgeMs;
    this.remove(key, page);
    if (page.generation !== generation || !fresh) return undefined;
    this.pages.set(key, page);
    this.bytes += page.bytes;
    return page;
  }

  keep(key: string, page: Omit<KeptPage, "bytes">) {
    const bytes = page.body.byteLength + key.length * 2 + 256;
    if (bytes > this.budgetBytes / 8) return;

    const old = this.pages.get(key);
    if (old) this.remove(key, old);
    this.pages.set(key, { ...page, bytes });
    this.bytes += bytes;
    for (const [oldestKey, oldest] of this.pages) {
      if (this.bytes <= this.budgetBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  clear() {
    this.pages.clear();
    this.bytes = 0;
  }

  private remove(key: string, page: KeptPage) {
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}

/** Serves staff GET pages from the store while the change generation stands still. */
export function pageCache(
  deps: Pick<AppDeps, "clock"> & { changes: ChangeWatch },
  store: PageStore = new PageStore(),
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!mayKeep(c)) return next();
    askPlainAddress(c);
    const generation = deps.changes.current();
    if (generation === null) return next();

    const key = pageKey(c);
    const now = deps.clock().getTime();
    const kept = store.read(key, generation, now);
    if (kept) {
      const body = kept.tokenParts ? withFormTokens(kept.tokenParts) : kept.body;
      c.res = new Response(body, { status: kept.status, headers: kept.headers });
      return;
    }

    await next();
    if (!keepable(c.res)) return;
    const body = new Uint8Array(await c.res.arrayBuffer());
    // Kept with its token marks; this answer and each later one get tokens of their own.
    const tokenParts = formTokenParts(body);
    c.set("unfilledFormTokens", false);
    c.res = new Response(tokenParts ? withFormTokens(tokenParts) : body, c.res);
    c.res.headers.delete("content-length");
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => {
      headers.push([name, value]);
    });
    const page = { generation, renderedAt: now, status: c.res.status, headers, body, tokenParts };
    store.keep(key, page);
  };
}

function mayKeep(c: Context<AppEnv>) {
  const actor = c.get("actor");
  if (c.req.method !== "GET" || !actor || !cachedRoles.has(actor.role)) return false;

  return !uncachedPaths.some((path) => path.test(c.req.path));
}

function keepable(response: Response) {
  const type = response.headers.get("content-type") ?? "";

  return (
    response.status === 200 && type.startsWith("text/html") && !response.headers.has("set-cookie")
  );
}

/**
 * Points the request at the address its page reads, written one way (plain-page-address.ts):
 * the page is then made from, and kept under, that address alone.
 */
function askPlainAddress(c: Context<AppEnv>) {
  const plain = plainPageAddress(c);
  if (plain === undefined) return;
  const url = new URL(plain, c.req.url);
  if (url.href === c.req.url) return;

  const { method, headers, signal } = c.req.raw;
  c.req.raw = new Request(url, { method, headers, signal });
}

/** Everything a staff page's words can depend on besides the data: who, which page, how. */
function pageKey(c: Context<AppEnv>) {
  return [
    c.req.url,
    c.req.header("cookie") ?? "",
    c.get("locale"),
    c.req.header("accept-language") ?? "",
    c.req.header("hx-request") ?? "",
    c.req.header("hx-target") ?? "",
  ].join("\u0000");
}
