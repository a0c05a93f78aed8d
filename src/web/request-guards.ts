import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../domain/errors.ts";
import type { AppEnv } from "./app.ts";

const formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads a posted form once, up front, so that a body the browser could never have sent (broken
 * multipart, a NUL character that PostgreSQL cannot store) gets a clear 400 instead of reaching a
 * service. Hono keeps the parsed body, so routes read it again for free. Large roster uploads
 * have their own size limit and streaming path, so /roster is left to its route.
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
        .some((value) => typeof value === "string" && hasNul(value))
    ) {
      throw new AppError({
        kind: "invalid_input",
        message: "form value with a NUL character",
        publicMessage: c.get("t")("error.controlCharacter"),
      });
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

const hasNul = (value: string) => value.includes("\u0000");

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
