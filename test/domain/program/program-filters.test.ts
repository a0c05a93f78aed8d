import { describe, expect, it } from "vitest";
import {
  filtersQuery,
  parseProgramFilters,
  parseProgramView,
  programPageQuery,
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

  it("the page's address is what it reads, in one order and one spelling", () => {
    const asked = {
      utm_source: "newsletter",
      page: "1",
      className: " Math ",
      grade: "04",
      school: " s-1 ",
      teacherName: "",
      lang: "es",
    };

    expect(programPageQuery(asked).toString()).toBe(
      "school=s-1&grade=04&teacherName=&className=Math",
    );
    expect(programPageQuery({ page: "2", year: "2025-2026" }).toString()).toBe(
      "year=2025-2026&page=2",
    );
    expect(programPageQuery({ page: "two", school: "" }).toString()).toBe("");
  });

  it("the page's address reads the same again", () => {
    const once = programPageQuery({ teacherName: " Maria  Garcia ", teacher: "t 1", page: "3" });
    const twice = programPageQuery(Object.fromEntries(once));

    expect(twice.toString()).toBe(once.toString());
  });
});
