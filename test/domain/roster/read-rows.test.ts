import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readRosterRowChunks, readRosterRows } from "../../../src/domain/roster/parse-roster.ts";
import { readRosterSource } from "../../../src/domain/roster/read-roster-source.ts";
import { rosterFileSpecs } from "../../../src/domain/roster/roster-files.ts";
import { ProblemLog, say } from "../../../src/domain/roster/roster-report.ts";
import { translator } from "../../../src/i18n/translate.ts";

/*
 * The check reads a file's rows a chunk of text at a time (readRosterRowChunks): each chunk's
 * rows must be those read one at a time, and each row's problems logged as the row is visited,
 * so that the check's own problems of a row come right after the reading's.
 */

const header =
  "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role";

function enrollments(rows: number) {
  const lines = [header];
  for (let at = 1; at <= rows; at += 1) {
    if (at % 997 === 0) lines.push(`e-${at},active`);
    else if (at % 1499 === 0) lines.push("");
    else lines.push(`e-${at},active,,c-${at % 50},sch-1,"s-${at}, ""the ${at}th""",student`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

const visitProblem = say("roster.value.oneName");

let folder: string | undefined;
afterEach(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

async function sourceWith(text: string) {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-read-rows-"));
  fs.writeFileSync(path.join(folder, "enrollments.csv"), text);
  return readRosterSource(folder);
}

describe("reading a roster file's rows a chunk at a time", () => {
  it("gives the rows and problems of reading them one at a time, in the order visited", async () => {
    const source = await sourceWith(enrollments(20_000));
    const options = { source, file: "enrollments.csv", spec: rosterFileSpecs.enrollments };
    const visited = (log: ProblemLog, seen: string[]) => (row: { line: number; get: Get }) => {
      // The check's own problem with a row, logged as it visits it.
      if (row.line % 10 === 0)
        log.error({ file: "x", line: row.line, column: null, message: visitProblem });
      seen.push(`${row.line}:${row.get("sourcedId")}:${row.get("userSourcedId")}`);
    };

    const oneLog = new ProblemLog(translator("en"));
    const one: string[] = [];
    const visitOne = visited(oneLog, one);
    for await (const row of readRosterRows({ ...options, log: oneLog })) visitOne(row);
    const chunkLog = new ProblemLog(translator("en"));
    const chunked: string[] = [];
    const visitChunk = visited(chunkLog, chunked);
    let chunks = 0;
    for await (const rows of readRosterRowChunks({ ...options, log: chunkLog })) {
      chunks += 1;
      for (const row of rows) visitChunk(row);
    }

    expect(chunks).toBeGreaterThan(1);
    expect(chunks).toBeLessThan(200);
    expect(chunked).toEqual(one);
    expect(one).toHaveLength(20_000 - Math.floor(20_000 / 1499));
    expect(one[1]).toBe('3:e-2:s-2, "the 2th"');
    // The reading's problem with a short row comes between the visits of the rows around it.
    const lines = chunkLog.errors.map((problem) => problem.line ?? 0);
    expect(lines.slice(0, 100)).toContain(998);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(chunkLog.errors).toEqual(oneLog.errors);
    expect(chunkLog.warnings).toEqual(oneLog.warnings);
  });
});

type Get = (column: string) => string;
