import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";

const require = createRequire(import.meta.url);
const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../public");

/** The few files the pages load: our stylesheet, script and icon, and htmx from its package. */
export function staticFiles() {
  const files: Record<string, { path: string; type: string }> = {
    "app.css": { path: path.join(publicDir, "app.css"), type: "text/css; charset=utf-8" },
    "app.js": { path: path.join(publicDir, "app.js"), type: "text/javascript; charset=utf-8" },
    // Named in every page's head: a browser otherwise asks for /favicon.ico and logs a 404.
    "icon.svg": { path: path.join(publicDir, "icon.svg"), type: "image/svg+xml" },
    "htmx.min.js": {
      path: require.resolve("htmx.org/dist/htmx.min.js"),
      type: "text/javascript; charset=utf-8",
    },
  };
  const cache = new Map<string, Buffer>();
  const app = new Hono();

  app.get("/:name", (c) => {
    const file = files[c.req.param("name")];
    if (!file) return c.notFound();

    let body = cache.get(file.path);
    if (!body) {
      body = fs.readFileSync(file.path);
      cache.set(file.path, body);
    }

    return c.body(new Uint8Array(body), 200, {
      "content-type": file.type,
      "cache-control": "public, max-age=3600",
    });
  });

  return app;
}
