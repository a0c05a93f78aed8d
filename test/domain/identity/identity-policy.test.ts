import { describe, expect, it } from "vitest";
import { may, mayViewIdentityAnswers } from "../../../src/domain/access/policy.ts";

describe("who may see and give a student's math identity answers", () => {
  it("the student and the plan's staff always see them; a family only with consent", () => {
    for (const relationship of ["self", "teacher", "administrator"] as const) {
      expect(mayViewIdentityAnswers(relationship, { familyMaySee: false })).toBe(true);
    }
    expect(mayViewIdentityAnswers("guardian", { familyMaySee: false })).toBe(false);
    expect(mayViewIdentityAnswers("guardian", { familyMaySee: true })).toBe(true);
  });

  it("only the student answers; the student and family send updates; staff read them", () => {
    const who = (action: Parameters<typeof may>[1]) =>
      (["administrator", "teacher", "self", "guardian"] as const).filter((relationship) =>
        may(relationship, action),
      );

    expect(who("answerIdentity")).toEqual(["self"]);
    expect(who("sendCheckInUpdate")).toEqual(["self", "guardian"]);
    expect(who("viewCheckInUpdates")).toEqual(["administrator", "teacher"]);
  });
});
