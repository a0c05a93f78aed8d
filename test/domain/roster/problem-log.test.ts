import { describe, expect, it } from "vitest";
import { listedProblemLimit, ProblemLog, say } from "../../../src/domain/roster/roster-report.ts";
import { translator } from "../../../src/i18n/translate.ts";

describe("the problems of a roster check", () => {
  it("list an unreadable file even after a thousand errors, which only count past the limit", () => {
    const log = new ProblemLog(translator("en"));
    for (let line = 2; line < listedProblemLimit + 12; line += 1) {
      log.error({
        file: "enrollments.csv",
        line,
        column: null,
        message: say("roster.row.sameId", { line: 1 }),
      });
    }

    const message = say("roster.source.damaged", { detail: "not enough bytes in the stream" });
    log.fail({ file: "enrollments.csv", line: null, column: null, message });

    expect(log.fatal).toBe(true);
    expect(log.unlistedErrors).toBe(10);
    expect(log.errors.at(-1)?.message).toBe(
      "The zip archive is damaged and cannot be read (not enough bytes in the stream).",
    );
    expect(log.errorCount).toBe(listedProblemLimit + 11);
  });

  it("forget a damaged file's problems, keep those found before it, list none found after", () => {
    const log = new ProblemLog(translator("en"));
    const problem = (file: string, line: number) => ({
      file,
      line,
      column: null,
      message: say("roster.row.sameId", { line: 1 }),
    });
    log.warn(problem("classes.csv", 2));
    for (let line = 2; line < listedProblemLimit + 52; line += 1) {
      log.error(problem("users.csv", line));
      log.warn(problem("users.csv", line));
    }
    log.error(problem("enrollments.csv", 7));

    log.forgetDamagedFile("users.csv");
    // Read after the damage: an enrollment naming a person the garbage hid, and the like.
    log.error(problem("enrollments.csv", 9));
    log.warn(problem("enrollments.csv", 10));

    expect(log.errors).toEqual([]);
    expect(log.unlistedErrors).toBe(1);
    expect(log.errorCount).toBe(1);
    expect(log.warnings.map((each) => each.file)).toEqual(["classes.csv"]);
    expect(log.unlistedWarnings).toBe(0);
  });
});
