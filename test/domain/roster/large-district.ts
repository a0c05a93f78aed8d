import { exportWith, fixture } from "./roster-fixtures.ts";

/*
 * A district large enough for an import to stop and ask before making part of it inactive
 * (deactivatesMuch asks about more than 20 rows): Riverside's district and school, one teacher,
 * one class, and as many students as a test needs, each enrolled in the class.
 */

const riverside = fixture("small-district-1.1");

const header = (text: string) => `${text.split("\n")[0]}\n`;

export interface LargeDistrictEdits {
  /** Only the first this many students are listed (a truncated export); all when not given. */
  listed?: number;
  /** This student's row has an error (a role OneRoster does not have). */
  invalid?: number;
  /** The students' enrollments are listed under new ids with this prefix (a new year's). */
  enrollmentPrefix?: string;
  /** The manifest marks every file delta instead of bulk. */
  delta?: boolean;
}

/** Riverside with `students` students, as an export folder in a scratch folder. */
export function largeDistrict(students: number, edits: LargeDistrictEdits = {}) {
  const count = Math.min(students, edits.listed ?? students);
  const numbers = Array.from({ length: count }, (_, index) => index + 1);
  const role = (n: number) => (n === edits.invalid ? "janitor" : "student");
  const enrollment = edits.enrollmentPrefix ?? "e-";

  return exportWith(riverside, {
    "users.csv": (text) =>
      header(text) +
      "t-1,,,true,sch-1,teacher,tokafor,,Tamara,Okafor,,,,,,,,\n" +
      numbers
        .map((n) => `s-${n},,,true,sch-1,${role(n)},u${n},,Sam,Student${n},,,,,,,07,\n`)
        .join(""),
    "classes.csv": (text) => `${header(text)}c-1,,,Math 7A,07,crs-1,M7A,scheduled,,sch-1,,,,\n`,
    "enrollments.csv": (text) =>
      header(text) +
      "e-t,,,c-1,sch-1,t-1,teacher,true,,\n" +
      numbers.map((n) => `${enrollment}${n},,,c-1,sch-1,s-${n},student,false,,\n`).join(""),
    ...(edits.delta
      ? { "manifest.csv": (text: string) => text.replaceAll(",bulk", ",delta") }
      : {}),
  });
}
