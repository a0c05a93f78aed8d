import { createHmac, randomBytes } from "node:crypto";
import type { Translate } from "../../i18n/translate.ts";
import { type CsvValue, csvDocument } from "../../lib/csv-cell.ts";
import { type ProgramFigures, planStages } from "./read-program.ts";

/*
 * The program figures as one CSV file, one figure a row (school year, section, group, measure,
 * count), so a spreadsheet can pivot it; the year on every row says which year a file is of and
 * keeps several years apart in one sheet. Left without names, people are shown by pseudonymous
 * ids: keyed with a secret made for this export alone, an id is the same person throughout the
 * file but cannot be matched to another export or worked back to the person.
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
    t("program.csv.section"),
    t("program.csv.group"),
    t("program.csv.measure"),
    t("program.csv.value"),
  ];

  return csvDocument(
    header,
    rows.map((row) => [figures.schoolYear, ...row]),
  );
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
