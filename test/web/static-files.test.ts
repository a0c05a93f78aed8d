import { html } from "hono/html";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/translate.ts";
import { staticFiles } from "../../src/web/static-files.ts";
import { page } from "../../src/web/views/layout.ts";

describe("the files every page loads", () => {
  it("the icon every page names is served, so no browser asks for a missing favicon", async () => {
    const icon = await staticFiles().request("/icon.svg");
    const shell = { title: "Plans", t: translator("en"), locale: "en", actor: null, body: html`` };
    const head = String(await page(shell));

    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(await icon.text()).toContain("<svg");
    expect(head).toContain('<link rel="icon" href="/static/icon.svg" type="image/svg+xml">');
  });
});
