import { describe, expect, it } from "vitest";
import { csvCell, csvDocument, csvRow } from "../../../src/lib/csv-cell.ts";

describe("the one CSV cell writer", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Room 4")).toBe("Room 4");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes a cell with a comma, a quote or a line break, doubling quotes", () => {
    expect(csvCell("Smith, Ana")).toBe('"Smith, Ana"');
    expect(csvCell('She said "yes"')).toBe('"She said ""yes"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it("keeps a spreadsheet from running a cell that starts like a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"")"',
    );
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
  });

  it("leaves a formula character that is not at the start alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("x-y")).toBe("x-y");
  });

  it("ends each row with CRLF and starts the file with a byte order mark", () => {
    expect(csvRow(["a", "b,c", 1])).toBe('a,"b,c",1\r\n');
    expect(csvDocument(["h1", "h2"], [["=1", "ok"]])).toBe("\uFEFFh1,h2\r\n'=1,ok\r\n");
  });
});
