import { describe, expect, it } from "vitest";
import {
  filtersQuery,
  parseProgramFilters,
  parseProgramView,
  typedWordsLimit,
} from "../../../src/domain/program/program-filters.ts";

describe("the program page's address", () => {
  it("a school chosen is kept in the address and in the links that keep the filters", () => {
    const filters = parseProgramFilters({ school: " s-1 ", grade: "04" });

    expect(filters.schoolId).toBe("s-1");
    expect(filtersQuery(filters)).toBe("school=s-1&grade=04");
  });

  it("an empty field typed in is kept as empty, a field not sent as not sent", () => {
    expect(parseProgramView({ teacherName: "", className: undefined }).typed).toEqual({
      teacher: "",
      klass: undefined,
    });
  });

  it("words typed are read as far as a name goes", () => {
    const typed = parseProgramView({ teacherName: ` ${"x".repeat(300)} ` }).typed.teacher;

    expect(typed).toHaveLength(typedWordsLimit);
  });

  it("an id longer than any is kept cut short, so it counts nothing rather than everything", () => {
    const filters = parseProgramFilters({ teacher: "t".repeat(10_000), grade: "g".repeat(150) });

    expect(filters.teacherId).toBe("t".repeat(200));
    expect(filters.grade).toBe("g".repeat(150));
  });

  it("a page of teachers that is no page number shows the first", () => {
    for (const page of [undefined, "", "0", "-2", "2.5", "two", "1e9"]) {
      expect(parseProgramView({ page }).page).toBe(1);
    }
    expect(parseProgramView({ page: "3" }).page).toBe(3);
  });

  it("the page of teachers and the words typed stay out of the export's link", () => {
    const query = { school: "s-1", teacher: "t-1", teacherName: "Ana", page: "2" };

    expect(filtersQuery(parseProgramFilters(query))).toBe("school=s-1&teacher=t-1");
  });
});
