import type { Context } from "hono";
import type { AppEnv } from "./app.ts";

/**
 * Redirects after a sign-in or sign-out, carrying better-auth's Set-Cookie values (the session,
 * its cache, or their removal) on our own answer.
 */
export function redirectWithCookies(c: Context<AppEnv>, cookies: string[], location: string) {
  for (const cookie of cookies) c.header("set-cookie", cookie, { append: true });

  return c.redirect(location, 303);
}

/**
 * Where to go after signing in: a path on this site only. Anything else goes to the start page:
 * another host, "//host", and the tricks browsers read the same way ("/\\host", a tab or line
 * break inside "//"), which the URL parser folds into another origin before the check.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";

  const base = "http://next.invalid";
  const url = new URL(next, base);
  if (url.origin !== base) return "/";

  return `${url.pathname}${url.search}${url.hash}`;
}
