import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { type NamePool, namePools, totalWeight } from "./names.ts";

/*
 * A synthetic district as a OneRoster 1.1 CSV export (bulk files), the shape districts send and
 * the importer reads. Every row is derived from its index and the seed, so the same options give
 * the same bytes, and rows are written as they are made: memory stays flat whatever the size.
 */

export interface DistrictSize {
  schools: number;
  students: number;
  teachers: number;
  guardians: number;
  /** Every enrollment: one teacher per class, the rest students. */
  enrollments: number;
}

export const defaultDistrictSize: DistrictSize = {
  schools: 40,
  students: 100_000,
  teachers: 6_000,
  guardians: 160_000,
  enrollments: 300_000,
};

export interface GenerateDistrictOptions {
  size: DistrictSize;
  /** The folder the export is written to; made when missing. */
  out: string;
  seed: number;
}

/** Rows of each file, and of all together, that a size gives. */
export function rowsOf(size: DistrictSize) {
  const orgs = size.schools + 1;
  const users = size.students + size.teachers + size.guardians;
  const classes = size.teachers;
  const enrollments = size.enrollments;

  return { orgs, users, classes, enrollments, total: orgs + users + classes + enrollments };
}

/** The default district's proportions, scaled so that all files hold about `rows` rows. */
export function sizeForRows(rows: number): DistrictSize {
  return scaledSize(rows / rowsOf(defaultDistrictSize).total);
}

/**
 * The default district's proportions around this many students: the counts not given (schools,
 * teachers and their classes, guardians, enrollments) scale with them, those given are kept.
 */
export function sizeForStudents(
  students: number,
  given: Partial<Omit<DistrictSize, "students">> = {},
): DistrictSize {
  const scaled = scaledSize(students / defaultDistrictSize.students);
  const teachers = given.teachers ?? scaled.teachers;

  return {
    schools: given.schools ?? Math.min(teachers, scaled.schools),
    students,
    teachers,
    guardians: given.guardians ?? scaled.guardians,
    enrollments: given.enrollments ?? Math.max(teachers, scaled.enrollments),
  };
}

function scaledSize(scale: number): DistrictSize {
  const scaled = (count: number, least: number) => Math.max(least, Math.round(count * scale));
  // A student of the default district is in three classes: a school needs three teachers.
  const teachers = scaled(defaultDistrictSize.teachers, 3);

  return {
    schools: Math.min(teachers, scaled(defaultDistrictSize.schools, 1)),
    students: scaled(defaultDistrictSize.students, 2),
    teachers,
    guardians: scaled(defaultDistrictSize.guardians, 1),
    enrollments: scaled(defaultDistrictSize.enrollments, teachers),
  };
}

export function checkSize(size: DistrictSize): string | undefined {
  for (const [name, count] of Object.entries(size)) {
    if (!Number.isInteger(count) || count < 1) return `${name} must be a whole number above 0`;
  }
  if (size.teachers < size.schools) return "every school needs a teacher: teachers >= schools";
  if (size.enrollments < size.teachers)
    return "every class needs its teacher: enrollments >= teachers";
  const perStudent = Math.ceil((size.enrollments - size.teachers) / size.students);
  const fewestClasses = Math.floor(size.teachers / size.schools);
  if (perStudent > fewestClasses) {
    return `a student would need ${perStudent} classes, a school has only ${fewestClasses}`;
  }

  return undefined;
}

/** Writes the export's five files (manifest, orgs, users, classes, enrollments). */
export async function generateDistrict(options: GenerateDistrictOptions) {
  const problem = checkSize(options.size);
  if (problem) throw new Error(problem);

  const district = new District(options.size, options.seed);
  await fs.promises.mkdir(options.out, { recursive: true });
  const write = (name: string, header: string, rows: Iterable<string>) =>
    writeCsv(path.join(options.out, name), header, rows);

  await write("manifest.csv", "propertyName,value", manifestRows());
  await write("orgs.csv", orgsHeader, district.orgRows());
  await write("users.csv", usersHeader, district.userRows());
  await write("classes.csv", classesHeader, district.classRows());
  await write("enrollments.csv", enrollmentsHeader, district.enrollmentRows());

  return rowsOf(options.size);
}

const orgsHeader = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId";
const usersHeader = [
  "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds",
  "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password",
].join(",");
const classesHeader = [
  "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType",
  "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
].join(",");
const enrollmentsHeader = [
  "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId",
  "role,primary,beginDate,endDate",
].join(",");

function* manifestRows() {
  yield "manifest.version,1.0";
  yield "oneroster.version,1.1";
  for (const file of ["academicSessions", "categories", "classResources", "courses"]) {
    yield `file.${file},absent`;
  }
  for (const file of ["courseResources", "demographics", "lineItems", "resources", "results"]) {
    yield `file.${file},absent`;
  }
  for (const file of ["orgs", "users", "classes", "enrollments"]) yield `file.${file},bulk`;
  yield "source.systemName,generate-district";
  yield "source.systemCode,synthetic";
}

/** Writes rows as they come, waiting whenever the file's buffer is full. */
async function writeCsv(file: string, header: string, rows: Iterable<string>) {
  const stream = fs.createWriteStream(file);
  let chunk = `${header}\n`;

  for (const row of rows) {
    chunk += `${row}\n`;
    if (chunk.length < 64 * 1024) continue;
    if (!stream.write(chunk)) await once(stream, "drain");
    chunk = "";
  }
  stream.end(chunk);
  await once(stream, "finish");
}

const modified = "2026-08-01T12:00:00.000Z";
const gradesBySchoolKind = [
  ["KG", "01", "02", "03", "04", "05"],
  ["06", "07", "08"],
  ["09", "10", "11", "12"],
] as const;

/** Where each person and class sits, computed from indexes, so nothing is kept in memory. */
class District {
  constructor(
    private readonly size: DistrictSize,
    private readonly seed: number,
  ) {}

  /** People and classes are spread over schools in contiguous, nearly equal blocks. */
  private schoolOf(index: number, count: number) {
    return Math.floor((index * this.size.schools) / count);
  }

  /** The first class (a teacher's index) of a school, and how many it has. */
  private classesOf(school: number) {
    const first = Math.ceil((school * this.size.teachers) / this.size.schools);
    const next = Math.ceil(((school + 1) * this.size.teachers) / this.size.schools);

    return { first, count: next - first };
  }

  private gradesOf(school: number) {
    return gradesBySchoolKind[school % gradesBySchoolKind.length] ?? gradesBySchoolKind[0];
  }

  *orgRows() {
    yield csvRow([
      "dst-1",
      "active",
      modified,
      "Riverbend Unified School District",
      "district",
      "D1",
      "",
    ]);
    for (let school = 0; school < this.size.schools; school += 1) {
      const name = schoolName(school, this.gradesOf(school).length);
      yield csvRow([schoolId(school), "active", modified, name, "school", `S${school}`, "dst-1"]);
    }
  }

  *userRows() {
    for (let teacher = 0; teacher < this.size.teachers; teacher += 1) {
      yield this.teacherRow(teacher);
    }
    for (let student = 0; student < this.size.students; student += 1) {
      yield this.studentRow(student);
    }
    for (let guardian = 0; guardian < this.size.guardians; guardian += 1) {
      yield this.guardianRow(guardian);
    }
  }

  private teacherRow(teacher: number) {
    const random = seeded(this.seed, 1, teacher);
    const name = pickName(random);
    const school = this.schoolOf(teacher, this.size.teachers);
    const id = `tch-${teacher}`;

    return userRow({
      id,
      school,
      role: "teacher",
      name,
      email: `${id}@staff.riverbend.example.org`,
      phone: "",
      agents: "",
      grades: "",
    });
  }

  private studentRow(student: number) {
    const random = seeded(this.seed, 2, student);
    const school = this.schoolOf(student, this.size.students);
    const grades = this.gradesOf(school);

    return userRow({
      id: `stu-${student}`,
      school,
      role: "student",
      name: pickName(random),
      email: "",
      phone: "",
      agents: "",
      grades: grades[Math.floor(random() * grades.length)] ?? "",
    });
  }

  /** Guardians name their child (the family link); students get one or two guardians each. */
  private guardianRow(guardian: number) {
    const random = seeded(this.seed, 3, guardian);
    const student = Math.floor((guardian * this.size.students) / this.size.guardians);
    const school = this.schoolOf(student, this.size.students);
    const id = `grd-${guardian}`;

    return userRow({
      id,
      school,
      role: "guardian",
      name: pickName(random),
      email: `${id}@family.example.net`,
      phone: `555${String(guardian % 10_000_000).padStart(7, "0")}`,
      agents: `stu-${student}`,
      grades: "",
    });
  }

  /** One class per teacher, in the teacher's school. */
  *classRows() {
    for (let klass = 0; klass < this.size.teachers; klass += 1) {
      const school = this.schoolOf(klass, this.size.teachers);
      const grades = this.gradesOf(school);
      const grade = grades[klass % grades.length] ?? "";
      const title = `Math ${grade} - ${String.fromCharCode(65 + (klass % 26))}`;
      yield csvRow([
        classId(klass),
        "active",
        modified,
        title,
        grade,
        `crs-math-${grade}`,
        `M${grade}-${klass}`,
        "scheduled",
        `Room ${100 + (klass % 300)}`,
        schoolId(school),
        "trm-2026-fall",
        "Mathematics",
        "MTH",
        String(1 + (klass % 7)),
      ]);
    }
  }

  /** Each class's teacher first, then students in rounds: every student, one class a round. */
  *enrollmentRows() {
    for (let klass = 0; klass < this.size.teachers; klass += 1) {
      const school = this.schoolOf(klass, this.size.teachers);
      yield enrollmentRow(`enr-t-${klass}`, klass, school, `tch-${klass}`, "teacher");
    }

    const studentEnrollments = this.size.enrollments - this.size.teachers;
    for (let index = 0; index < studentEnrollments; index += 1) {
      const student = index % this.size.students;
      const round = Math.floor(index / this.size.students);
      const school = this.schoolOf(student, this.size.students);
      const { first, count } = this.classesOf(school);
      // Distinct rounds give distinct classes, so no student is enrolled twice in one class.
      const klass = first + ((student * 7 + round) % count);
      yield enrollmentRow(`enr-s-${index}`, klass, school, `stu-${student}`, "student");
    }
  }
}

function userRow(user: {
  id: string;
  school: number;
  role: string;
  name: { given: string; family: string };
  email: string;
  phone: string;
  agents: string;
  grades: string;
}) {
  return csvRow([
    user.id,
    "active",
    modified,
    "true",
    schoolId(user.school),
    user.role,
    user.id,
    "",
    user.name.given,
    user.name.family,
    "",
    user.id,
    user.email,
    "",
    user.phone,
    user.agents,
    user.grades,
    "",
  ]);
}

function enrollmentRow(id: string, klass: number, school: number, user: string, role: string) {
  return csvRow([
    id,
    "active",
    modified,
    classId(klass),
    schoolId(school),
    user,
    role,
    role === "teacher" ? "true" : "false",
    "2026-08-15",
    "2027-06-10",
  ]);
}

const schoolId = (school: number) => `sch-${school}`;
const classId = (klass: number) => `cls-${klass}`;

const schoolWords = ["Maple", "Cedar", "Lakeview", "Hillcrest", "Sunrise", "Riverside", "Oakwood"];
const schoolKinds = ["Elementary", "Middle School", "High School"];

function schoolName(school: number, gradeCount: number) {
  const word = schoolWords[school % schoolWords.length];
  const kind = schoolKinds[gradeCount === 6 ? 0 : gradeCount === 3 ? 1 : 2];

  return `${word} ${kind} ${Math.floor(school / schoolWords.length) + 1}`;
}

/** Quotes a value only when CSV needs it: commas, quotes or line breaks. */
function csvRow(values: string[]) {
  return values
    .map((value) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value))
    .join(",");
}

function pickName(random: () => number) {
  const pool = pickPool(random());
  const given = pool.given[Math.floor(random() * pool.given.length)] ?? "";
  const family = pool.family[Math.floor(random() * pool.family.length)] ?? "";

  return { given, family };
}

function pickPool(draw: number): NamePool {
  let left = draw * totalWeight;
  for (const pool of namePools) {
    if (left < pool.weight) return pool;
    left -= pool.weight;
  }

  return namePools[0] as NamePool;
}

/**
 * A small generator (mulberry32) seeded from the run's seed, the kind of row and its index:
 * any row can be made on its own, in any order, and is always the same.
 */
function seeded(seed: number, kind: number, index: number) {
  let state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind, 0xc2b2ae35) ^ index;
  state = Math.imul(state ^ (state >>> 16), 0x45d9f3b) >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
