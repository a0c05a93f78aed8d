import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../domain/errors.ts";
import type { AppEnv } from "./app.ts";

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads a posted form once, up front, so that a body the browser could never have sent (broken
 * multipart) gets a clear 400 instead of reaching a service. Hono keeps the parsed body, so routes
 * read it again for free. Large roster uploads have their own size limit and streaming path, so
 * /roster is left to its route.
 *
 * Invisible control characters in typed text (pasted from another program: a NUL that
 * PostgreSQL cannot store, a bell, a vertical tab that the PDF draws as a box) are taken out
 * before any route reads the form, so the words are saved as the person sees them instead of the
 * whole form being refused and typed again. Tabs and line breaks stay.
 */
export function formBodyGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    const isForm = formTypes.some((formType) => type.toLowerCase().startsWith(formType));
    if (c.req.method !== "POST" || !isForm || c.req.path.startsWith("/roster")) return next();

    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody({ all: true });
    } catch (error) {
      throw new AppError({
        kind: "invalid_input",
        message: `unreadable form body: ${String(error)}`,
        publicMessage: c.get("t")("error.unreadableForm"),
      });
    }

    if (
      Object.values(body)
        .flat()
        .some((value) => typeof value === "string" && hasControlCharacter(value))
    ) {
      body = await withoutControlCharacters(c);
    }
    // Past the origin check and readable: a refused save may show these words back.
    c.set("postedForm", body);

    await next();
  };
}

/** Every form but a roster upload fits in a megabyte; a larger body is refused unread. */
export function formSizeLimit(): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw new AppError({ kind: "invalid_input", message: "form body over 1 MB" });
    },
  });

  // A GET or HEAD has no body to read; looking for one makes the Node server build a whole
  // Request object, a fifth of the cost of serving a kept page.
  return (c, next) =>
    c.req.path.startsWith("/roster") || ["GET", "HEAD"].includes(c.req.method)
      ? next()
      : limit(c, next);
}

// C0 controls but tab, line feed and carriage return; DEL; the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const hasControlCharacter = (value: string) => value.search(controlCharacters) !== -1;

/**
 * Replaces the form Hono keeps for this request (`bodyCache.formData`, a promise at run time)
 * with one whose text is cleaned, and returns it parsed: every later `parseBody` reads the clean
 * form. Files are kept as they are.
 */
async function withoutControlCharacters(c: Context<AppEnv>) {
  const cache = c.req.bodyCache as unknown as { formData?: Promise<FormData> };
  const posted = await cache.formData;
  if (!posted) throw new Error("the posted form was not kept by the request");

  const cleaned = new FormData();
  posted.forEach((value, name) => {
    cleaned.append(name, typeof value === "string" ? value.replace(controlCharacters, "") : value);
  });
  cache.formData = Promise.resolve(cleaned);

  return c.req.parseBody({ all: true });
}

/** Pages for a signed-in person never stay in a shared browser's cache after sign-out. */
export function privatePages(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    // Set on the answer's own headers: c.header() would rebuild the answer around its body as
    // a stream, which the Node server then writes slower than the bytes it started as.
    if (c.get("actor") && !c.res.headers.has("cache-control")) {
      c.res.headers.set("cache-control", "private, no-store");
    }
  };
}
