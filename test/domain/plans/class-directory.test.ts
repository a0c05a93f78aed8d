import { describe, expect, it } from "vitest";
import {
  classesOnOnePage,
  classSearchWords,
  countOverdue,
  offeredMatches,
  overduePlaces,
  studentsOnOnePage,
  wholeListFits,
} from "../../../src/domain/plans/class-directory.ts";

describe("choosing a class from the student list", () => {
  it("an administrator sees every student on one page only while the list is small", () => {
    expect(wholeListFits({ rows: studentsOnOnePage, classes: classesOnOnePage })).toBe(true);
    expect(wholeListFits({ rows: studentsOnOnePage + 1, classes: 1 })).toBe(false);
    expect(wholeListFits({ rows: 3, classes: classesOnOnePage + 1 })).toBe(false);
    // A school's 1,800 students on one page was 900 KB: the bound is far below that.
    expect(studentsOnOnePage).toBeLessThanOrEqual(300);
  });

  it("an administrator's typed words are read as at most eight words of a title", () => {
    expect(classSearchWords("  Math   7\tB ")).toEqual(["Math", "7", "B"]);
    expect(classSearchWords(undefined)).toEqual([]);
    expect(classSearchWords("   ")).toEqual([]);
    expect(classSearchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(classSearchWords(`${"x".repeat(5000)} y`)).toEqual(["x".repeat(200)]);
  });

  it("a class whose code is the word typed comes first, before the classes that hold it", () => {
    const exact = [{ classId: "cls-12" }];
    const found = [{ classId: "cls-120" }, { classId: "cls-12" }, { classId: "cls-121" }];

    expect(offeredMatches(exact, found, 20)).toEqual({
      matches: [{ classId: "cls-12" }, { classId: "cls-120" }, { classId: "cls-121" }],
      more: false,
    });
    expect(offeredMatches([], found, 2)).toEqual({ matches: found.slice(0, 2), more: true });
  });

  it("the places with overdue check-ins come most first, then by name, and only those", () => {
    const places = [
      { id: "a", name: "Birch" },
      { id: "b", name: "Aspen" },
      { id: "c", name: "Cedar" },
      { id: "d", name: "Dogwood" },
    ];
    const counts = new Map([
      ["a", 2],
      ["b", 2],
      ["c", 5],
    ]);

    expect(overduePlaces(places, counts, { shown: 2, locale: "en" })).toEqual({
      places: [
        { id: "c", name: "Cedar", students: 5 },
        { id: "b", name: "Aspen", students: 2 },
      ],
      morePlaces: 1,
    });
  });

  it("a student late in two classes counts once for the school and once in each class", () => {
    const rows = [
      { schoolId: "s1", classId: "c1", studentId: "ana" },
      { schoolId: "s1", classId: "c2", studentId: "ana" },
      { schoolId: "s1", classId: "c2", studentId: "luis" },
      { schoolId: "s2", classId: "c3", studentId: "ana" },
    ];

    const counts = countOverdue(rows);

    expect(counts.students).toBe(2);
    expect(Object.fromEntries(counts.bySchool)).toEqual({ s1: 2, s2: 1 });
    expect(Object.fromEntries(counts.byClass)).toEqual({ c1: 1, c2: 2, c3: 1 });
  });
});
