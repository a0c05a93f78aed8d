import { createHmac, randomBytes } from "node:crypto";
import type { Translate } from "../../i18n/translate.ts";
import { type CsvValue, csvDocument } from "../../lib/csv-cell.ts";
import type { ChoiceFilter, ClassChoice } from "./filter-choices.ts";
import { type ProgramFigures, planStages } from "./read-program.ts";

/*
 * The program figures as one CSV file, one figure a row (school year, the filters, section,
 * group, measure, count), so a spreadsheet can pivot it; the year and the filters on every row
 * say what a file covers and keep several files apart in one sheet, and the file's name says
 * them too. Left without names, people are shown by pseudonymous ids: keyed with a secret made
 * for this export alone, an id is the same person throughout the file (the teacher filter's
 * included) but cannot be matched to another export or worked back to the person.
 */

/**
 * Names go into the file only when the request asks for them in so many words (the page's link
 * says names=yes): a link cut short, or typed by hand, gets the file without names.
 */
export function namesAsked(names: string | undefined): boolean {
  return names === "yes";
}

export interface ProgramCsvOptions {
  t: Translate;
  withNames: boolean;
}

export function programCsv(figures: ProgramFigures, options: ProgramCsvOptions): string {
  const { t } = options;
  const label = pseudonymLabeller(options.withNames);
  const covered = coveredBy(figures, { ...options, label });
  const rows: CsvValue[][] = [];
  const stage = (name: string) => t(`plans.stage.${name}` as Parameters<Translate>[0]);

  for (const name of planStages) rows.push(["stages", "", stage(name), figures.stages[name]]);
  for (const school of figures.bySchool ?? []) {
    for (const name of planStages) {
      rows.push(["school", school.name, stage(name), school.stages[name]]);
    }
  }
  for (const teacher of figures.byTeacher) {
    const who = label("T", teacher.teacherId, teacher.name);
    for (const name of planStages) rows.push(["teacher", who, stage(name), teacher.stages[name]]);
  }
  for (const grade of figures.byGrade) {
    for (const name of planStages) {
      rows.push(["grade", grade.grade || t("program.grade.none"), stage(name), grade.stages[name]]);
    }
  }
  rows.push(...checkInRows(figures, options.t, label));
  rows.push(...familyRows(figures, options.t));
  for (const movement of figures.identity) {
    const statement = movement.wording ?? t("program.identity.statement", { n: movement.position });
    rows.push([
      "identity",
      statement,
      t("program.identity.first"),
      movement.firstAverage.toFixed(2),
    ]);
    rows.push([
      "identity",
      statement,
      t("program.identity.latest"),
      movement.latestAverage.toFixed(2),
    ]);
  }

  const header = [
    t("program.csv.schoolYear"),
    t("program.csv.schoolFilter"),
    t("program.csv.teacherFilter"),
    t("program.csv.gradeFilter"),
    t("program.csv.classFilter"),
    t("program.csv.section"),
    t("program.csv.group"),
    t("program.csv.measure"),
    t("program.csv.value"),
  ];

  const filters = filterOrder.map((name) => coverCell(t, covered[name]));

  return csvDocument(
    header,
    rows.map((row) => [figures.schoolYear, ...filters, ...row]),
  );
}

/**
 * The file's name: the year, then what each filter chose, in the order of the page's form. A
 * teacher is named only in a file with names; a filter that matched none says so.
 */
export function programCsvTitle(figures: ProgramFigures, options: ProgramCsvOptions): string {
  const { t } = options;
  const covered = coveredBy(figures, { ...options, label: (_prefix, _id, name) => name });
  const named = (name: FilterName) => {
    const cover = covered[name];
    if (cover.to !== "one" || !cover.chosen) return [];
    if (name === "teacher" && !options.withNames) return [];
    return [name === "grade" ? t("program.csv.fileGrade", { grade: cover.name }) : cover.name];
  };
  const none = filterOrder.some((name) => covered[name].to === "none");

  return [
    `map-program-${figures.schoolYear}`,
    ...filterOrder.flatMap(named),
    ...(none ? [t("program.csv.fileOutside")] : []),
  ].join(" - ");
}

const filterOrder = ["school", "teacher", "grade", "klass"] as const;
type FilterName = (typeof filterOrder)[number];

/**
 * What a filter narrows the figures to: every one; one, by name (chosen in the filter, or a
 * teacher's own classes); or none, for a school, teacher, class or grade not in the viewer's
 * lists, which counts no plan.
 */
type Cover = { to: "every" } | { to: "one"; name: string; chosen: boolean } | { to: "none" };

function coverCell(t: Translate, cover: Cover) {
  if (cover.to === "every") return t("program.filter.any");

  return cover.to === "one" ? cover.name : t("program.csv.outside");
}

type CoverOptions = ProgramCsvOptions & { label: Labeller };

function coveredBy(figures: ProgramFigures, options: CoverOptions): Record<FilterName, Cover> {
  const { filters, options: lists } = figures;
  const one = (name: string | undefined): Cover =>
    name === undefined ? { to: "none" } : { to: "one", name, chosen: true };
  const school = lists.schools.find((each) => each.id === filters.schoolId)?.name;
  const klass = chosenOf(lists.classes, filters.classId);
  const grade = filters.grade && lists.grades.includes(filters.grade) ? filters.grade : undefined;

  return {
    school: filters.schoolId ? one(school) : { to: "every" },
    teacher: teacherCover(figures, options),
    grade: filters.grade ? one(grade) : { to: "every" },
    klass: filters.classId ? one(klass && classShown(klass, options)) : { to: "every" },
  };
}

/** A teacher's own figures are of their classes: their own name (or id) says so. */
function teacherCover(figures: ProgramFigures, options: CoverOptions): Cover {
  const { teacherId } = figures.filters;
  const teachers = figures.options.teachers;
  if (!teacherId) {
    const self = figures.ownClassesOnly ? teachers.choices?.[0] : undefined;
    return self
      ? { to: "one", name: options.label("T", self.id, self.name), chosen: false }
      : { to: "every" };
  }

  const teacher = chosenOf(teachers, teacherId);
  if (!teacher) return { to: "none" };
  const shown = options.label("T", teacher.id, teacher.name);
  // What tells namesakes apart (their schools, email or roster id) goes with the name only.
  const { detail } = teacher;
  const name =
    options.withNames && detail
      ? options.t("program.filter.teacherChoice", { name: shown, detail })
      : shown;

  return { to: "one", name, chosen: true };
}

function chosenOf<T extends { id: string }>(filter: ChoiceFilter<T>, id: string | null) {
  return filter.chosen ?? filter.choices?.find((choice) => choice.id === id);
}

/**
 * A class with its school, as the page lists it; the detail that tells namesakes apart may be
 * their teachers, so a file without names leaves it out.
 */
function classShown(klass: ClassChoice, options: ProgramCsvOptions) {
  const { title, schoolName: school, detail } = klass;
  if (detail && options.withNames) {
    return options.t("program.filter.classChoiceDetail", { title, school, detail });
  }

  return `${title} (${school})`;
}

type Labeller = (prefix: string, id: string, name: string) => string;

function pseudonymLabeller(withNames: boolean): Labeller {
  const key = randomBytes(32);

  return (prefix, id, name) =>
    withNames
      ? name
      : `${prefix}-${createHmac("sha256", key).update(id).digest("hex").slice(0, 10)}`;
}

function checkInRows(figures: ProgramFigures, t: Translate, label: Labeller): CsvValue[][] {
  const rows: CsvValue[][] = [
    ["check-ins", "", t("program.checkIns.overdue"), figures.checkIns.overdue],
    ["check-ins", "", t("program.checkIns.dueSoon"), figures.checkIns.dueSoon],
  ];
  for (const checkIn of figures.checkIns.upcoming) {
    const measure = checkIn.overdue ? t("program.checkIns.overdue") : t("program.checkIns.dueSoon");
    rows.push(["check-in", label("S", checkIn.studentId, checkIn.name), measure, checkIn.dueOn]);
  }

  return rows;
}

function familyRows(figures: ProgramFigures, t: Translate): CsvValue[][] {
  const families = figures.families;

  return [
    ["families", "", t("program.families.plans"), families.plans],
    ["families", "", t("program.families.opened"), families.opened],
    ["families", "", t("program.families.wrote"), families.wrote],
    ["families", "", t("program.families.attended"), families.attended],
    ["families", "", t("program.families.any"), families.any],
  ];
}
