import { describe, expect, it } from "vitest";
import { programCsv } from "../../../src/domain/program/program-csv.ts";
import type { ProgramFigures } from "../../../src/domain/program/read-program.ts";
import { translator } from "../../../src/i18n/translate.ts";

const counts = { draft: 1, shared: 0, agreed: 0, checking_in: 2, closed: 0 };
const noChoice = { choices: [], chosen: null, id: null, words: null, matches: [], more: false };

function figures(schoolYear = "2026-2027"): ProgramFigures {
  return {
    schoolYear,
    closedYears: [],
    filters: { schoolId: null, teacherId: null, grade: null, classId: null, closedYear: null },
    ownClassesOnly: false,
    options: { schools: [], teachers: noChoice, grades: [], classes: noChoice },
    stages: counts,
    total: 3,
    bySchool: null,
    byTeacher: [{ teacherId: "t-1", name: '=HYPERLINK("x")', stages: counts, total: 3 }],
    teacherPages: { page: 1, pages: 1 },
    byGrade: [{ grade: "+5", stages: counts, total: 3 }],
    checkIns: {
      overdue: 1,
      dueSoon: 0,
      upcoming: [
        {
          planId: "p-1",
          studentId: "s-1",
          name: "@Sam Example",
          dueOn: "2026-12-01",
          overdue: true,
        },
        {
          planId: "p-2",
          studentId: "s-1",
          name: "@Sam Example",
          dueOn: "2026-12-09",
          overdue: false,
        },
      ],
    },
    families: { plans: 3, opened: 1, wrote: 1, attended: 0, any: 2 },
    identity: [],
  };
}

const t = translator("en");

describe("the program figures as CSV", () => {
  it("a cell that a spreadsheet would run as a formula is neutralised", () => {
    const csv = programCsv(figures(), { t, withNames: true });

    expect(csv).toContain(`teacher,"'=HYPERLINK(""x"")",Draft,1`);
    expect(csv).toContain("grade,'+5,Draft,1");
    expect(csv).toContain("check-in,'@Sam Example,Overdue,2026-12-01");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFSchool year,Section,Group,Measure,Value");
  });

  it("every row names the school year, so a spreadsheet of several years keeps them apart", () => {
    const rows = programCsv(figures("2025–2026"), { t, withNames: false })
      .split("\r\n")
      .slice(1, -1);

    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/^2025–2026,/);
    expect(rows).toContain("2025–2026,stages,,Draft,1");
    // A year named like a formula is neutralised like any other cell.
    const odd = programCsv(figures("=2025"), { t, withNames: false });
    expect(odd.split("\r\n")[1]).toBe("'=2025,stages,,Draft,1");
  });

  it("without names, people are pseudonymous ids that hold within the file", () => {
    const csv = programCsv(figures(), { t, withNames: false });

    expect(csv).not.toContain("Sam");
    expect(csv).not.toContain("HYPERLINK");
    const studentIds = [...csv.matchAll(/check-in,(S-[0-9a-f]{10}),/g)].map((match) => match[1]);
    expect(studentIds).toHaveLength(2);
    expect(studentIds[0]).toBe(studentIds[1]);
    expect(csv).toMatch(/teacher,T-[0-9a-f]{10},Draft,1/);
  });

  it("two exports without names cannot be matched to each other", () => {
    const first = programCsv(figures(), { t, withNames: false });
    const second = programCsv(figures(), { t, withNames: false });

    expect(first.match(/S-[0-9a-f]{10}/)?.[0]).not.toBe(second.match(/S-[0-9a-f]{10}/)?.[0]);
  });
});
