import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/web/client-address.ts";

function appWith(trustProxy: boolean) {
  const app = new Hono();
  app.get("/", (c) => c.text(clientAddress(c, { trustProxy })));

  return app;
}

const forwarded = { headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" } };

describe("the client address counted by rate limits", () => {
  it("behind a trusted proxy, a visitor is known by the first forwarded address", async () => {
    const response = await appWith(true).request("/", forwarded);

    expect(await response.text()).toBe("203.0.113.7");
  });

  it("without TRUST_PROXY, a visitor cannot pick their own address with a header", async () => {
    const response = await appWith(false).request("/", forwarded);

    expect(await response.text()).toBe("unknown");
  });
});
