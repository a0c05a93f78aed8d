import { describe, expect, it } from "vitest";
import { programCsv, programCsvTitle } from "../../../src/domain/program/program-csv.ts";
import type { ProgramFigures } from "../../../src/domain/program/read-program.ts";
import { translator } from "../../../src/i18n/translate.ts";

const counts = { draft: 1, shared: 0, agreed: 0, checking_in: 2, closed: 0 };
const noChoice = { choices: [], chosen: null, id: null, words: null, matches: [], more: false };

function figures(schoolYear = "2026-2027"): ProgramFigures {
  return {
    schoolYear,
    closedYears: [],
    filters: { schoolId: null, teacherId: null, grade: null, classId: null, closedYear: null },
    leftOut: null,
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
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFSchool year,School filter,Teacher filter,Grade filter,Class filter," +
        "Section,Group,Measure,Value",
    );
  });

  it("every row names the school year, so a spreadsheet of several years keeps them apart", () => {
    const rows = programCsv(figures("2025–2026"), { t, withNames: false })
      .split("\r\n")
      .slice(1, -1);

    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row).toMatch(/^2025–2026,/);
    expect(rows).toContain("2025–2026,All,All,All,All,stages,,Draft,1");
    // A year named like a formula is neutralised like any other cell.
    const odd = programCsv(figures("=2025"), { t, withNames: false });
    expect(odd.split("\r\n")[1]).toBe("'=2025,All,All,All,All,stages,,Draft,1");
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

/** The figures of Oak Elementary's grade 04, of Ana Alvarez's class Math 4 (or ids outside). */
function filtered(ids: { school?: string; teacher?: string; klass?: string; grade?: string }) {
  const ana = { id: "t-ana", name: "Ana Alvarez", detail: null, rosterId: null };
  const math4 = {
    id: "c-4",
    title: "Math 4",
    schoolName: "Oak Elementary",
    detail: "Ana Alvarez",
    rosterId: null,
  };
  const choice = <T extends { id: string }>(chosen: T, id: string) => ({
    ...noChoice,
    choices: [chosen],
    chosen: chosen.id === id ? chosen : null,
    id,
  });
  const base = figures();

  return {
    ...base,
    filters: {
      ...base.filters,
      schoolId: ids.school ?? "s-oak",
      teacherId: ids.teacher ?? "t-ana",
      classId: ids.klass ?? "c-4",
      grade: ids.grade ?? "04",
    },
    options: {
      schools: [{ id: "s-oak", name: "Oak Elementary" }],
      teachers: choice(ana, ids.teacher ?? "t-ana"),
      grades: ["04", "05"],
      classes: choice(math4, ids.klass ?? "c-4"),
    },
    byTeacher: [{ teacherId: "t-ana", name: "Ana Alvarez", stages: counts, total: 3 }],
  };
}

const rowsOf = (csv: string) => csv.split("\r\n").slice(1, -1);

describe("what a program CSV covers", () => {
  const outside = "Not in your lists: no plan counted";

  it("every row of the file says which school, teacher, grade and class it covers", () => {
    const csv = programCsv(filtered({}), { t, withNames: true });

    for (const row of rowsOf(csv)) {
      expect(row).toMatch(
        /^2026-2027,Oak Elementary,Ana Alvarez,04,"Math 4 \(Oak Elementary, Ana Alvarez\)",/,
      );
    }
    expect(programCsvTitle(filtered({}), { t, withNames: true })).toBe(
      "map-program-2026-2027 - Oak Elementary - Ana Alvarez - grade 04 - " +
        "Math 4 (Oak Elementary, Ana Alvarez)",
    );
  });

  it("without names, the teacher chosen is the id of their rows, named nowhere", () => {
    const csv = programCsv(filtered({}), { t, withNames: false });
    const title = programCsvTitle(filtered({}), { t, withNames: false });

    expect(csv).not.toContain("Ana");
    expect(title).toBe(
      "map-program-2026-2027 - Oak Elementary - grade 04 - Math 4 (Oak Elementary)",
    );
    const chosen = /^2026-2027,Oak Elementary,(T-[0-9a-f]{10}),04,Math 4 \(Oak Elementary\),/;
    const id = chosen.exec(rowsOf(csv)[0] ?? "")?.[1];
    expect(id).toBeDefined();
    expect(csv).toContain(`,teacher,${id},Draft,1`);
  });

  it("a filter that matched none says so on every row and in the file's name", () => {
    const nobody = filtered({ teacher: "t-gone", grade: "13" });
    const csv = programCsv(nobody, { t, withNames: true });

    for (const row of rowsOf(csv)) {
      expect(row.startsWith(`2026-2027,Oak Elementary,${outside},${outside},"Math 4`)).toBe(true);
    }
    expect(programCsvTitle(nobody, { t, withNames: false })).toBe(
      "map-program-2026-2027 - Oak Elementary - Math 4 (Oak Elementary) - none matched",
    );
  });

  it("a teacher's own figures name them as the teacher they cover", () => {
    const ben = { id: "t-1", name: "Ben Baker", detail: null, rosterId: null };
    const base = figures();
    const own = {
      ...base,
      ownClassesOnly: true,
      options: { ...base.options, teachers: { ...noChoice, choices: [ben] } },
    };

    expect(rowsOf(programCsv(own, { t, withNames: true }))[0]).toBe(
      "2026-2027,All,Ben Baker,All,All,stages,,Draft,1",
    );
    expect(programCsvTitle(own, { t, withNames: true })).toBe("map-program-2026-2027");
  });

  it("a Spanish file names its filters in Spanish", () => {
    const es = translator("es");
    const csv = programCsv(filtered({ grade: "99" }), { t: es, withNames: false });

    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFAño escolar,Filtro de escuela,Filtro de docente,Filtro de grado,Filtro de clase," +
        "Sección,Grupo,Medida,Valor",
    );
    expect(rowsOf(csv)[0]).toContain(",No está en tus listas: no se cuenta ningún plan,");
    expect(programCsv(figures(), { t: es, withNames: true })).toContain(
      "\r\n2026-2027,Todos,Todos,Todos,Todos,stages,",
    );
    expect(programCsvTitle(filtered({ teacher: "" }), { t: es, withNames: false })).toBe(
      "map-program-2026-2027 - Oak Elementary - grado 04 - Math 4 (Oak Elementary)",
    );
  });
});
