import { describe, expect, it } from "vitest";
import { safeNext } from "../../src/web/session-cookies.ts";

describe("where someone goes after signing in", () => {
  it("a person returns to the page on this site they were sent away from", () => {
    expect(safeNext("/plans/42?tab=history#check-ins")).toBe("/plans/42?tab=history#check-ins");
    expect(safeNext("/students")).toBe("/students");
  });

  it("a person is never sent to another site, however the address is dressed up", () => {
    const tricks = [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "",
    ];

    expect(tricks.map(safeNext)).toEqual(tricks.map(() => "/"));
  });

  it("a person with no place to return to starts at the start page", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(["/a", "/b"])).toBe("/");
  });
});
