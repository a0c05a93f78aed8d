import { describe, expect, it } from "vitest";
import { RowIds } from "../../../src/domain/roster/row-ids.ts";

const uuidVersion7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("ids for the rows an import makes", () => {
  it("are UUIDs of version 7 carrying the import's time", () => {
    const importedAt = Date.parse("2026-12-05T09:30:00.000Z");
    const ids = new RowIds(() => importedAt);
    const id = ids.next();

    expect(id).toMatch(uuidVersion7);
    const time = Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(time).toBe(importedAt);
  });

  it("come in increasing order and never twice, within an import and across imports", () => {
    const first = new RowIds();
    const made = Array.from({ length: 20_000 }, () => first.next());
    const second = new RowIds();
    made.push(...Array.from({ length: 20_000 }, () => second.next()));

    expect(new Set(made).size).toBe(made.length);
    const ofFirst = made.slice(0, 20_000);
    expect([...ofFirst].sort()).toEqual(ofFirst);
    for (const id of made) expect(id).toMatch(uuidVersion7);
  });
});
