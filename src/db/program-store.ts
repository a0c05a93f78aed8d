import { type ExpressionBuilder, type Insertable, type Kysely, sql } from "kysely";
import { gradesOf } from "../domain/program/grade-list.ts";
import { inActiveClassAs } from "./access-store.ts";
import { unlessStudentHasOpenPlan } from "./plan-store.ts";
import type {
  Database,
  PlanEventTable,
  PlanStage,
  PlanTable,
  ReflectionTable,
  StatementTable,
  TeamDecisionTable,
} from "./schema.ts";
import { holdsEveryWord, type SearchedColumns } from "./typed-words.ts";

/*
 * The school team's figures and records: plans counted by stage, check-ins coming up, families
 * taking part, identity answers over time, reflections, team decisions, and the writes of next
 * year's plans. Every figure is one aggregate query over a scope of plans, so a district of
 * 100,000 students is counted in the database, never loaded into memory.
 */

type Db = Kysely<Database>;
type PlanEb = ExpressionBuilder<Database & { student: Database["people"] }, "plans" | "student">;

/** Which plans the figures cover. A teacher's scope always carries their own id. */
export interface PlanScope {
  districtId: string;
  /** Plans started since this instant count, and every plan still open. */
  yearStartsAt: string;
  /** The name of a closed year: its archived plans count instead of the current year's. */
  closedYear: string | null;
  /** Students actively enrolled in an active class this teacher actively teaches. */
  teacherIds: string[];
  /** Plans of these schools only (a school's administrator); null for every school. */
  schoolIds?: readonly string[] | null;
  classId: string | null;
  grade: string | null;
}

export interface StageCount {
  stage: PlanStage;
  plans: number;
}

const peopleName = ["people.given_name", "people.family_name", "people.preferred_name"] as const;

/*
 * A teacher's or a class's students as a list of ids, read from the teacher's (or the class's)
 * enrollments by index: asked of each plan in turn instead, SQLite took 30 s for a teacher over a
 * district's 100,000 plans.
 */

function taughtBy(eb: PlanEb, teacherId: string) {
  const students = eb
    .selectFrom("enrollments as taught")
    .innerJoin("classes", "classes.id", "taught.class_id")
    .innerJoin("enrollments as learner", "learner.class_id", "classes.id")
    .select("learner.person_id")
    .where("taught.person_id", "=", teacherId)
    .where("taught.role", "=", "teacher")
    .where("taught.active", "=", 1)
    .where("classes.active", "=", 1)
    .where("learner.role", "=", "student")
    .where("learner.active", "=", 1);

  return eb("plans.student_id", "in", students);
}

function inClass(eb: PlanEb, classId: string) {
  const members = eb
    .selectFrom("enrollments as member")
    .select("member.person_id")
    .where("member.class_id", "=", classId)
    .where("member.role", "=", "student")
    .where("member.active", "=", 1);

  return eb("plans.student_id", "in", members);
}

/** The plans of the scope, with their student joined as "student". */
function scopedPlans(db: Db, scope: PlanScope) {
  let query = db
    .selectFrom("plans")
    .innerJoin("people as student", "student.id", "plans.student_id")
    .where("plans.district_id", "=", scope.districtId);
  const closedYear = scope.closedYear;
  // A plan of a school year an administrator closed belongs to that year's records. Schools
  // close their years one by one: a year's name covers every school that closed it so.
  query = closedYear
    ? query.where("plans.school_year_id", "in", yearsNamed(db, scope.districtId, closedYear))
    : query
        .where("plans.school_year_id", "is", null)
        .where((eb) =>
          eb.or([
            eb("plans.created_at", ">=", scope.yearStartsAt),
            eb("plans.stage", "!=", "closed"),
          ]),
        );
  for (const teacherId of scope.teacherIds) query = query.where((eb) => taughtBy(eb, teacherId));
  if (scope.schoolIds) query = query.where("plans.school_id", "in", schoolList(scope.schoolIds));
  const classId = scope.classId;
  if (classId) query = query.where((eb) => inClass(eb, classId));
  const grade = scope.grade;
  if (grade) query = query.where(inGrade(grade));

  return query;
}

/** Schools for an `in` list, which may not be empty: no school's id is "". */
function schoolList(schoolIds: readonly string[]) {
  return schoolIds.length > 0 ? [...schoolIds] : [""];
}

function yearsNamed(db: Db, districtId: string, name: string) {
  return db
    .selectFrom("school_years")
    .select("school_years.id")
    .where("school_years.district_id", "=", districtId)
    .where("school_years.label", "=", name);
}

/**
 * A student in this grade: it is one of the list the roster gives (`01,02`), matched whole:
 * ",01,02," holds ",02," but ",01,02," does not hold ",2,".
 */
function inGrade(grade: string) {
  const literal = grade.replace(/[\\%_]/g, (character) => `\\${character}`);
  const list = sql`',' || replace(${sql.ref("student.grades")}, ' ', '') || ','`;

  return sql<boolean>`${list} like ${`%,${literal},%`} escape '\\'`;
}

export async function countPlansByStage(db: Db, scope: PlanScope): Promise<StageCount[]> {
  const rows = await scopedPlans(db, scope)
    .select(["plans.stage", (eb) => eb.fn.countAll().as("plans")])
    .groupBy("plans.stage")
    .execute();

  return rows.map((row) => ({ stage: row.stage, plans: Number(row.plans) }));
}

/**
 * The scope's plans joined to each active teacher who actively teaches the student in an active
 * class; with teachers or schools in the scope, those teachers and those schools' classes only.
 */
function teachersOfScope(db: Db, scope: PlanScope) {
  let query = scopedPlans(db, scope)
    .innerJoin("enrollments as learner", "learner.person_id", "plans.student_id")
    .innerJoin("classes", "classes.id", "learner.class_id")
    .innerJoin("enrollments as taught", "taught.class_id", "classes.id")
    .innerJoin("people", "people.id", "taught.person_id")
    .where("learner.role", "=", "student")
    .where("learner.active", "=", 1)
    .where("classes.active", "=", 1)
    .where("taught.role", "=", "teacher")
    .where("taught.active", "=", 1)
    .where("people.active", "=", 1);
  if (scope.teacherIds.length > 0) query = query.where("people.id", "in", scope.teacherIds);
  if (scope.classId) query = query.where("classes.id", "=", scope.classId);
  // A student taught at another school too: a school's administrator sees their schools' staff.
  if (scope.schoolIds) query = query.where("classes.school_id", "in", schoolList(scope.schoolIds));

  return query;
}

/** Plans by stage per teacher of the students; a student of two teachers counts for both. */
export async function countPlansByTeacherAndStage(db: Db, scope: PlanScope) {
  const rows = await teachersOfScope(db, scope)
    .select([
      "people.id as teacherId",
      ...peopleName,
      "plans.stage",
      (eb) => eb.fn.count<number>("plans.id").distinct().as("plans"),
    ])
    .groupBy(["people.id", ...peopleName, "plans.stage"])
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("people.id")
    .execute();

  return rows.map((row) => ({ ...row, plans: Number(row.plans) }));
}

/** Plans by stage for each school they belong to: each plan counts once. */
export async function countPlansBySchoolAndStage(db: Db, scope: PlanScope) {
  const rows = await scopedPlans(db, scope)
    .innerJoin("schools", "schools.id", "plans.school_id")
    .select([
      "schools.id as schoolId",
      "schools.name",
      "plans.stage",
      (eb) => eb.fn.countAll<number>().as("plans"),
    ])
    .groupBy(["schools.id", "schools.name", "plans.stage"])
    .orderBy("schools.name")
    .orderBy("schools.id")
    .execute();

  return rows.map((row) => ({ ...row, plans: Number(row.plans) }));
}

/** Plans by stage for each grade, as the roster gives the student's grades ("" for none). */
export async function countPlansByGradeAndStage(db: Db, scope: PlanScope) {
  const rows = await scopedPlans(db, scope)
    .select(["student.grades", "plans.stage", (eb) => eb.fn.countAll<number>().as("plans")])
    .groupBy(["student.grades", "plans.stage"])
    .orderBy("student.grades")
    .execute();

  // A student of two grades counts in each.
  const counts = new Map<string, { grade: string; stage: PlanStage; plans: number }>();
  for (const row of rows) {
    const grades = gradesOf(row.grades);
    for (const grade of grades.length > 0 ? grades : [""]) {
      const key = `${grade}\u0000${row.stage}`;
      const count = counts.get(key) ?? { grade, stage: row.stage, plans: 0 };
      count.plans += Number(row.plans);
      counts.set(key, count);
    }
  }

  return [...counts.values()].sort((a, b) => a.grade.localeCompare(b.grade));
}

/** Where the next page of a scope's plans starts: after this student's plan, in name order. */
export interface PlanPageCursor {
  familyName: string;
  givenName: string;
  planId: string;
}

/**
 * One page of the scope's plans in the order of their students' names, after the cursor: a
 * keyset, so a grade of any size is read a page at a time and no page is slower than the first.
 */
export async function listScopedPlanPage(
  db: Db,
  scope: PlanScope,
  page: { after: PlanPageCursor | null; limit: number },
) {
  let query = scopedPlans(db, scope).select([
    "plans.id",
    "student.family_name",
    "student.given_name",
  ]);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("student.family_name", ">", after.familyName),
        eb.and([
          eb("student.family_name", "=", after.familyName),
          eb.or([
            eb("student.given_name", ">", after.givenName),
            eb.and([
              eb("student.given_name", "=", after.givenName),
              eb("plans.id", ">", after.planId),
            ]),
          ]),
        ]),
      ]),
    );
  }

  return query
    .orderBy("student.family_name")
    .orderBy("student.given_name")
    .orderBy("plans.id")
    .limit(page.limit)
    .execute();
}

/** The calendar day it is at each school: check-ins fall due by the school's own clock. */
export type TodayBySchool = Map<string, string>;

/** Open check-ins of open plans in the scope whose due day is before (or within) a school's day. */
function openCheckIns(db: Db, scope: PlanScope) {
  return scopedPlans(db, scope)
    .innerJoin("check_ins", "check_ins.plan_id", "plans.id")
    .where("plans.stage", "!=", "closed")
    .where("check_ins.held_at", "is", null);
}

/** The schools grouped by the day it is there, so each group compares against its own day. */
function schoolsByDay(today: TodayBySchool) {
  const groups = new Map<string, string[]>();
  for (const [schoolId, day] of today) groups.set(day, [...(groups.get(day) ?? []), schoolId]);

  return [...groups];
}

export async function countCheckInsDue(
  db: Db,
  scope: PlanScope,
  window: { today: TodayBySchool; addDays(day: string, days: number): string; days: number },
) {
  const groups = schoolsByDay(window.today);
  if (groups.length === 0) return { overdue: 0, dueSoon: 0 };

  const row = await openCheckIns(db, scope)
    .where("plans.school_id", "in", [...window.today.keys()])
    .select((eb) => {
      const overdue = eb.or(
        groups.map(([day, schools]) =>
          eb.and([eb("plans.school_id", "in", schools), eb("check_ins.due_on", "<", day)]),
        ),
      );
      const soon = eb.or(
        groups.map(([day, schools]) =>
          eb.and([
            eb("plans.school_id", "in", schools),
            eb("check_ins.due_on", ">=", day),
            eb("check_ins.due_on", "<=", window.addDays(day, window.days)),
          ]),
        ),
      );
      return [
        eb.fn.sum<number>(eb.case().when(overdue).then(1).else(0).end()).as("overdue"),
        eb.fn.sum<number>(eb.case().when(soon).then(1).else(0).end()).as("dueSoon"),
      ];
    })
    .executeTakeFirst();

  return { overdue: Number(row?.overdue ?? 0), dueSoon: Number(row?.dueSoon ?? 0) };
}

/** The earliest open check-ins up to a day, at most `limit` of them, with the student's name. */
export async function listCheckInsDue(
  db: Db,
  scope: PlanScope,
  options: { until: string; limit: number },
) {
  return openCheckIns(db, scope)
    .where("check_ins.due_on", "<=", options.until)
    .select([
      "check_ins.id",
      "check_ins.due_on",
      "plans.id as planId",
      "plans.school_id as schoolId",
      "student.id as studentId",
      "student.given_name",
      "student.family_name",
      "student.preferred_name",
    ])
    .orderBy("check_ins.due_on")
    .orderBy("check_ins.id")
    .limit(options.limit)
    .execute();
}

/**
 * How many plans' families took part, three ways and in any way: a family member opened the
 * plan, wrote a strength or an action in the family voice, or came to a meeting.
 */
export async function countFamilyParticipation(db: Db, scope: PlanScope) {
  const row = await scopedPlans(db, scope)
    .select((eb) => {
      const opened = eb.exists(
        eb.selectFrom("plan_family_views").select("person_id").whereRef("plan_id", "=", "plans.id"),
      );
      const wrote = eb.exists(
        eb
          .selectFrom("statements")
          .select("statements.id")
          .whereRef("statements.plan_id", "=", "plans.id")
          .where("statements.voice", "=", "family"),
      );
      const attended = eb.exists(
        eb
          .selectFrom("meetings")
          .innerJoin("meeting_attendees", "meeting_attendees.meeting_id", "meetings.id")
          .innerJoin("people as attendee", "attendee.id", "meeting_attendees.person_id")
          .select("meetings.id")
          .whereRef("meetings.plan_id", "=", "plans.id")
          .where("attendee.role", "=", "guardian"),
      );
      const count = (condition: typeof opened) =>
        eb.fn.sum<number>(eb.case().when(condition).then(1).else(0).end());
      return [
        eb.fn.countAll<number>().as("plans"),
        count(opened).as("opened"),
        count(wrote).as("wrote"),
        count(attended).as("attended"),
        count(eb.or([opened, wrote, attended])).as("any"),
      ];
    })
    .executeTakeFirst();

  return {
    plans: Number(row?.plans ?? 0),
    opened: Number(row?.opened ?? 0),
    wrote: Number(row?.wrote ?? 0),
    attended: Number(row?.attended ?? 0),
    any: Number(row?.any ?? 0),
  };
}

export interface IdentityMovement {
  statementId: string;
  position: number;
  wording: string | null;
  /** The catalog key of a starter statement, to word it when the school has not. */
  starterKey: string | null;
  students: number;
  firstAverage: number;
  latestAverage: number;
  up: number;
  same: number;
  down: number;
  /** Of these students, how many gave their first or latest answer to words since reworded. */
  earlierWording: number;
}

/**
 * For each identity statement, how the students who answered it at two sittings or more moved
 * between their first and their latest sitting. Answers a student preferred not to give count
 * for nobody.
 */
export async function identityMovement(
  db: Db,
  scope: PlanScope,
  locale: string,
): Promise<IdentityMovement[]> {
  const plans = scopedPlans(db, scope).select("plans.id");
  const result = await sql<{
    statement_id: string;
    position: number;
    wording: string | null;
    starter_key: string | null;
    students: number | string;
    first_average: number | string;
    latest_average: number | string;
    up: number | string;
    same: number | string;
    down: number | string;
    earlier_wording: number | string;
  }>`
    with ranked as (
      select c.id, c.plan_id,
        row_number() over (partition by c.plan_id order by c.answered_on, c.created_at, c.id)
          as first_rank,
        row_number() over (
          partition by c.plan_id order by c.answered_on desc, c.created_at desc, c.id desc
        ) as last_rank
      from identity_checks c
      where c.district_id = ${scope.districtId} and c.plan_id in (${plans})
    ),
    pairs as (
      select f.plan_id, f.id as first_id, l.id as last_id
      from ranked f join ranked l on l.plan_id = f.plan_id and l.last_rank = 1
      where f.first_rank = 1 and f.id <> l.id
    )
    select a1.statement_id, s.position, s.starter_key,
      coalesce(own.body, english.body) as wording,
      count(*) as students,
      avg(a1.agreement * 1.0) as first_average,
      avg(a2.agreement * 1.0) as latest_average,
      sum(case when a2.agreement > a1.agreement then 1 else 0 end) as up,
      sum(case when a2.agreement = a1.agreement then 1 else 0 end) as same,
      sum(case when a2.agreement < a1.agreement then 1 else 0 end) as down,
      sum(case when a1.wording_version <> s.wording_version
        or a2.wording_version <> s.wording_version then 1 else 0 end) as earlier_wording
    from pairs
      join identity_answers a1 on a1.check_id = pairs.first_id
      join identity_answers a2 on a2.check_id = pairs.last_id
        and a2.statement_id = a1.statement_id
      join identity_statements s on s.id = a1.statement_id
      left join identity_statement_texts own
        on own.statement_id = s.id and own.locale = ${locale}
      left join identity_statement_texts english
        on english.statement_id = s.id and english.locale = 'en'
    where a1.agreement is not null and a2.agreement is not null
    group by a1.statement_id, s.position, s.starter_key, own.body, english.body
    order by s.position, a1.statement_id
  `.execute(db);

  return result.rows.map((row) => ({
    statementId: row.statement_id,
    position: Number(row.position),
    wording: row.wording,
    starterKey: row.starter_key,
    students: Number(row.students),
    firstAverage: Number(row.first_average),
    latestAverage: Number(row.latest_average),
    up: Number(row.up),
    same: Number(row.same),
    down: Number(row.down),
    earlierWording: Number(row.earlier_wording),
  }));
}

/** The day it is at each active school of the district starts from their time zones. */
export async function listSchoolZones(db: Db, districtId: string) {
  return db
    .selectFrom("schools")
    .select(["id", "name", "time_zone"])
    .where("district_id", "=", districtId)
    .where("active", "=", 1)
    .orderBy("name")
    .execute();
}

/** Where the program's filters may look: a district, and its schools given (null: all). */
export interface FilterReach {
  districtId: string;
  schoolIds: readonly string[] | null;
}

/**
 * The active teachers who actively teach an active class of the district; with schools given,
 * a class of one of those schools (a school's administrator is not told other schools' staff).
 */
function teachersInReach(db: Db, districtId: string, schoolIds: readonly string[] | null) {
  return db
    .selectFrom("people")
    .select(["people.id", ...peopleName, "people.email", "people.source_id"])
    .where("people.district_id", "=", districtId)
    .where("people.role", "=", "teacher")
    .where("people.active", "=", 1)
    .where((eb) => (schoolIds ? teachesAtOneOf(eb, schoolIds) : inActiveClassAs(eb, "teacher")));
}

/** The teachers in reach by name, at most `limit` of them. */
export async function listTeachersInReach(db: Db, reach: FilterReach & { limit: number }) {
  if (reach.schoolIds?.length === 0) return [];

  return teachersInReach(db, reach.districtId, reach.schoolIds)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("people.id")
    .limit(reach.limit)
    .execute();
}

/** The teacher in reach of this id, or of this roster id (sourcedId). */
export async function findTeacherInReach(
  db: Db,
  reach: FilterReach,
  by: { column: "id" | "source_id"; value: string },
) {
  if (reach.schoolIds?.length === 0) return undefined;

  return teachersInReach(db, reach.districtId, reach.schoolIds)
    .where(`people.${by.column}`, "=", by.value)
    .orderBy("people.id")
    .executeTakeFirst();
}

/** A teacher's names are searched by their words, the roster id from its start. */
const teacherSearched: SearchedColumns = {
  worded: [
    sql.ref("people.given_name"),
    sql.ref("people.family_name"),
    sql.ref("people.preferred_name"),
  ],
  whole: [sql.ref("people.source_id")],
};

/**
 * The teachers in reach whose names or roster id hold every word (typed-words.ts), `limit` at
 * most (the caller orders them for the reader).
 */
export async function searchTeachersInReach(
  db: Db,
  reach: FilterReach & { words: string[]; limit: number },
) {
  if (reach.schoolIds?.length === 0 || reach.words.length === 0) return [];

  return teachersInReach(db, reach.districtId, reach.schoolIds)
    .where(holdsEveryWord(db, teacherSearched, reach.words))
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("people.id")
    .limit(reach.limit)
    .execute();
}

/** The active classes of the district, of the schools given (null: all), with their school. */
function classesInReach(db: Db, districtId: string, schoolIds: readonly string[] | null) {
  let query = db
    .selectFrom("classes")
    .innerJoin("schools", "schools.id", "classes.school_id")
    .select([
      "classes.id",
      "classes.title",
      "classes.class_code",
      "classes.source_id",
      "schools.id as schoolId",
      "schools.name as schoolName",
    ])
    .where("classes.district_id", "=", districtId)
    .where("classes.active", "=", 1);
  if (schoolIds) query = query.where("classes.school_id", "in", [...schoolIds]);

  return query;
}

/** The classes in reach by school and title, at most `limit` of them. */
export async function listClassesInReach(db: Db, reach: FilterReach & { limit: number }) {
  if (reach.schoolIds?.length === 0) return [];

  return classesInReach(db, reach.districtId, reach.schoolIds)
    .orderBy("schools.name")
    .orderBy("classes.title")
    .orderBy("classes.id")
    .limit(reach.limit)
    .execute();
}

/** The class in reach of this id, or of this roster id (sourcedId). */
export async function findClassInReach(
  db: Db,
  reach: FilterReach,
  by: { column: "id" | "source_id"; value: string },
) {
  if (reach.schoolIds?.length === 0) return undefined;

  return classesInReach(db, reach.districtId, reach.schoolIds)
    .where(`classes.${by.column}`, "=", by.value)
    .orderBy("classes.id")
    .executeTakeFirst();
}

/** A class's title is searched by its words, its code and roster id from their start. */
const classSearched: SearchedColumns = {
  worded: [sql.ref("classes.title")],
  whole: [sql.ref("classes.class_code"), sql.ref("classes.source_id")],
};

/**
 * The classes in reach whose title, code or roster id hold every word (typed-words.ts), `limit`
 * at most (the caller orders them for the reader).
 */
export async function searchClassesInReach(
  db: Db,
  reach: FilterReach & { words: string[]; limit: number },
) {
  if (reach.schoolIds?.length === 0 || reach.words.length === 0) return [];

  return classesInReach(db, reach.districtId, reach.schoolIds)
    .where(holdsEveryWord(db, classSearched, reach.words))
    .orderBy("schools.name")
    .orderBy("classes.title")
    .orderBy("classes.id")
    .limit(reach.limit)
    .execute();
}

/**
 * The classes in reach whose code or roster id is this whole word, letter case aside: typed
 * alone, it chooses its class. At most two are read: one chooses, two offer.
 */
export async function findClassesInReachByCode(db: Db, reach: FilterReach, code: string) {
  if (reach.schoolIds?.length === 0) return [];
  const lowered = code.toLowerCase();

  return classesInReach(db, reach.districtId, reach.schoolIds)
    .where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["classes.class_code"]), "=", lowered),
        eb(eb.fn("lower", ["classes.source_id"]), "=", lowered),
      ]),
    )
    .orderBy("classes.id")
    .limit(2)
    .execute();
}

function teachesAtOneOf(eb: ExpressionBuilder<Database, "people">, schoolIds: readonly string[]) {
  return inActiveClassAs(eb, "teacher", schoolIds);
}

/** Whether the active teacher actively teaches an active class of one of the schools. */
export async function teachesAtSchools(
  db: Db,
  teacher: { districtId: string; teacherId: string; schoolIds: readonly string[] },
) {
  if (teacher.schoolIds.length === 0) return false;

  const row = await db
    .selectFrom("people")
    .select("people.id")
    .where("people.district_id", "=", teacher.districtId)
    .where("people.id", "=", teacher.teacherId)
    .where("people.role", "=", "teacher")
    .where("people.active", "=", 1)
    .where((eb) => teachesAtOneOf(eb, teacher.schoolIds))
    .executeTakeFirst();

  return row !== undefined;
}

/**
 * The schools whose active classes the teachers actively teach, by school name; with schools
 * given, only those of them.
 */
export async function listSchoolsTaughtAt(
  db: Db,
  districtId: string,
  teacherIds: string[],
  schoolIds: readonly string[] | null = null,
) {
  if (teacherIds.length === 0 || schoolIds?.length === 0) return [];

  let query = db
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .innerJoin("schools", "schools.id", "classes.school_id")
    .select(["enrollments.person_id as teacherId", "schools.name as schoolName"])
    .distinct()
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.person_id", "in", teacherIds)
    .where("enrollments.role", "=", "teacher")
    .where("enrollments.active", "=", 1)
    .where("classes.active", "=", 1);
  if (schoolIds) query = query.where("classes.school_id", "in", [...schoolIds]);

  return query.orderBy("schools.name").execute();
}

/**
 * The class code, roster id and active teachers of each class: what tells two classes of the
 * same title apart. Only teacher enrollments are read, so no student is ever named.
 */
export async function listClassParticulars(db: Db, districtId: string, classIds: string[]) {
  if (classIds.length === 0) return { classes: [], teachers: [] };

  const classes = await db
    .selectFrom("classes")
    .select(["id", "class_code", "source_id"])
    .where("district_id", "=", districtId)
    .where("id", "in", classIds)
    .execute();
  const teachers = await db
    .selectFrom("enrollments")
    .innerJoin("people", "people.id", "enrollments.person_id")
    .select(["enrollments.class_id as classId", ...peopleName])
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.class_id", "in", classIds)
    .where("enrollments.role", "=", "teacher")
    .where("enrollments.active", "=", 1)
    .where("people.role", "=", "teacher")
    .where("people.active", "=", 1)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .execute();

  return { classes, teachers };
}

/**
 * The grades active students of the district are in, as the roster writes them; with schools
 * given, students of those schools (through a class or the roster's orgs) only.
 */
export async function listStudentGrades(
  db: Db,
  districtId: string,
  schoolIds: readonly string[] | null = null,
) {
  if (schoolIds?.length === 0) return [];

  let query = db
    .selectFrom("people")
    .select("grades")
    .distinct()
    .where("district_id", "=", districtId)
    .where("role", "=", "student")
    .where("active", "=", 1)
    .where("grades", "is not", null);
  if (schoolIds) query = query.where((eb) => studentOfOneOf(eb, schoolIds));
  const rows = await query.orderBy("grades").execute();

  const grades = new Set(rows.flatMap((row) => gradesOf(row.grades)));

  return [...grades].sort();
}

/**
 * A student of one of the schools: through the roster's orgs, or an active enrollment in one of
 * their active classes. Written as lists of ids, so that SQLite reads a school's classes and
 * their enrollments by index rather than every student's (0.8 s for a district's 100,000).
 */
function studentOfOneOf(eb: ExpressionBuilder<Database, "people">, schoolIds: readonly string[]) {
  const listed = eb
    .selectFrom("person_schools")
    .select("person_schools.person_id")
    .where("person_schools.school_id", "in", [...schoolIds]);
  const classes = eb
    .selectFrom("classes")
    .select("classes.id")
    .where("classes.active", "=", 1)
    .where("classes.school_id", "in", [...schoolIds]);
  const enrolled = eb
    .selectFrom("enrollments")
    .select("enrollments.person_id")
    .where("enrollments.class_id", "in", classes)
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1);

  return eb.or([eb("people.id", "in", listed), eb("people.id", "in", enrolled)]);
}

export async function findPersonName(db: Db, districtId: string, personId: string) {
  return db
    .selectFrom("people")
    .select(["id", "given_name", "family_name", "preferred_name"])
    .where("id", "=", personId)
    .where("district_id", "=", districtId)
    .executeTakeFirst();
}

/** An active class of the district, with its school. */
export async function findActiveClass(db: Db, districtId: string, classId: string) {
  return db
    .selectFrom("classes")
    .select(["id", "title", "school_id"])
    .where("id", "=", classId)
    .where("district_id", "=", districtId)
    .where("active", "=", 1)
    .executeTakeFirst();
}

/** Whether the teacher actively teaches this active class. */
export async function teachesClass(
  db: Db,
  link: { districtId: string; teacherId: string; classId: string },
) {
  const row = await db
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .select("enrollments.id")
    .where("enrollments.district_id", "=", link.districtId)
    .where("enrollments.class_id", "=", link.classId)
    .where("enrollments.person_id", "=", link.teacherId)
    .where("enrollments.role", "=", "teacher")
    .where("enrollments.active", "=", 1)
    .where("classes.active", "=", 1)
    .executeTakeFirst();

  return row !== undefined;
}

/** Whether the person belongs to the school: through the roster's orgs or a class they teach. */
export async function belongsToSchool(
  db: Db,
  link: { districtId: string; personId: string; schoolId: string },
) {
  const listed = await db
    .selectFrom("person_schools")
    .select("person_id")
    .where("district_id", "=", link.districtId)
    .where("person_id", "=", link.personId)
    .where("school_id", "=", link.schoolId)
    .executeTakeFirst();
  if (listed) return true;

  const teaching = await db
    .selectFrom("enrollments")
    .innerJoin("classes", "classes.id", "enrollments.class_id")
    .select("enrollments.id")
    .where("enrollments.district_id", "=", link.districtId)
    .where("enrollments.person_id", "=", link.personId)
    .where("enrollments.active", "=", 1)
    .where("classes.active", "=", 1)
    .where("classes.school_id", "=", link.schoolId)
    .executeTakeFirst();

  return teaching !== undefined;
}

/** The active schools of the district a person belongs to (all of them for an administrator). */
export async function listSchoolsOfPerson(
  db: Db,
  options: { districtId: string; personId: string; everySchool: boolean },
) {
  let query = db
    .selectFrom("schools")
    .select(["schools.id", "schools.name", "schools.time_zone"])
    .where("schools.district_id", "=", options.districtId)
    .where("schools.active", "=", 1);
  if (!options.everySchool) {
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("person_schools")
            .select("person_id")
            .whereRef("person_schools.school_id", "=", "schools.id")
            .where("person_schools.person_id", "=", options.personId),
        ),
        eb.exists(
          eb
            .selectFrom("enrollments")
            .innerJoin("classes", "classes.id", "enrollments.class_id")
            .select("enrollments.id")
            .whereRef("classes.school_id", "=", "schools.id")
            .where("enrollments.person_id", "=", options.personId)
            .where("enrollments.active", "=", 1)
            .where("classes.active", "=", 1),
        ),
      ]),
    );
  }

  return query.orderBy("schools.name").execute();
}

// Reflections and team decisions

export async function insertReflection(db: Db, reflection: Insertable<ReflectionTable>) {
  await db.insertInto("reflections").values(reflection).execute();
}

/** Staff only: the caller must have checked that the reader is on the school's team. */
export async function listReflections(
  db: Db,
  where: { districtId: string; schoolId: string; schoolYear: string },
) {
  return db
    .selectFrom("reflections")
    .innerJoin("people", "people.id", "reflections.author_id")
    .leftJoin("plans", "plans.id", "reflections.plan_id")
    .leftJoin("people as student", "student.id", "plans.student_id")
    .select([
      "reflections.id",
      "reflections.plan_id",
      "reflections.body",
      "reflections.created_at",
      "reflections.author_id",
      ...peopleName,
      "student.given_name as student_given_name",
      "student.family_name as student_family_name",
      "student.preferred_name as student_preferred_name",
    ])
    .where("reflections.district_id", "=", where.districtId)
    .where("reflections.school_id", "=", where.schoolId)
    .where("reflections.school_year", "=", where.schoolYear)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("reflections.created_at")
    .execute();
}

export async function insertTeamDecision(db: Db, decision: Insertable<TeamDecisionTable>) {
  await db.insertInto("team_decisions").values(decision).execute();
}

export async function listTeamDecisions(
  db: Db,
  where: { districtId: string; schoolId: string; schoolYear: string },
) {
  return db
    .selectFrom("team_decisions")
    .innerJoin("people", "people.id", "team_decisions.author_id")
    .select([
      "team_decisions.id",
      "team_decisions.body",
      "team_decisions.created_at",
      ...peopleName,
    ])
    .where("team_decisions.district_id", "=", where.districtId)
    .where("team_decisions.school_id", "=", where.schoolId)
    .where("team_decisions.school_year", "=", where.schoolYear)
    .orderBy("team_decisions.created_at")
    .execute();
}

/**
 * Plans of the school a reflection can be about: at least one check-in held. A teacher's list
 * holds only the students of their own classes; at most `limit` plans, by student name.
 */
export async function listPlansToReflectOn(
  db: Db,
  options: { districtId: string; schoolId: string; teacherId: string | null; limit: number },
) {
  let query = db
    .selectFrom("plans")
    .innerJoin("people as student", "student.id", "plans.student_id")
    .select([
      "plans.id",
      "plans.stage",
      "student.given_name",
      "student.family_name",
      "student.preferred_name",
    ])
    .where("plans.district_id", "=", options.districtId)
    .where("plans.school_id", "=", options.schoolId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("check_ins")
          .select("check_ins.id")
          .whereRef("check_ins.plan_id", "=", "plans.id")
          .where("check_ins.held_at", "is not", null),
      ),
    );
  const teacherId = options.teacherId;
  if (teacherId) query = query.where((eb) => taughtBy(eb, teacherId));

  return query
    .orderBy("student.family_name")
    .orderBy("student.given_name")
    .orderBy("plans.created_at", "desc")
    .limit(options.limit)
    .execute();
}

export async function planHasHeldCheckIn(db: Db, planId: string) {
  const row = await db
    .selectFrom("check_ins")
    .select("id")
    .where("plan_id", "=", planId)
    .where("held_at", "is not", null)
    .executeTakeFirst();

  return row !== undefined;
}

// Next year

/** The active students of an active class, each with whether they have an open plan now. */
export async function listClassStudentsForNextYear(db: Db, districtId: string, classId: string) {
  const rows = await db
    .selectFrom("enrollments")
    .innerJoin("people", "people.id", "enrollments.person_id")
    .select((eb) => [
      "people.id",
      ...peopleName,
      eb
        .exists(
          eb
            .selectFrom("plans")
            .select("plans.id")
            .whereRef("plans.student_id", "=", "people.id")
            .where("plans.stage", "!=", "closed"),
        )
        .as("hasOpenPlan"),
    ])
    .where("enrollments.district_id", "=", districtId)
    .where("enrollments.class_id", "=", classId)
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .where("people.role", "=", "student")
    .where("people.active", "=", 1)
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .execute();

  // SQLite answers exists with 0/1, PostgreSQL with a boolean.
  return rows.map((row) => ({ ...row, hasOpenPlan: Boolean(row.hasOpenPlan) }));
}

/**
 * Writes many plans and their "started" events at once; rows go in batches the drivers accept.
 * A student given an open plan meanwhile (by another transaction) gets none and no event: the
 * plans written come back.
 */
export async function insertStartedPlans(
  db: Db,
  plans: Insertable<PlanTable>[],
  events: Insertable<PlanEventTable>[],
): Promise<Set<string>> {
  const written = new Set<string>();
  for (let start = 0; start < plans.length; start += batchSize) {
    const rows = await db
      .insertInto("plans")
      .values(plans.slice(start, start + batchSize))
      .onConflict(unlessStudentHasOpenPlan)
      .returning("id")
      .execute();
    for (const row of rows) written.add(row.id);
  }

  const ofWritten = events.filter((event) => written.has(event.plan_id));
  for (let start = 0; start < ofWritten.length; start += batchSize) {
    await db
      .insertInto("plan_events")
      .values(ofWritten.slice(start, start + batchSize))
      .execute();
  }

  return written;
}

// SQLite takes at most 32,766 bound values per statement; a plan row binds 12.
const batchSize = 500;

/** Closed plans of a class's students who have no open plan now: next year's starting points. */
export async function listClosedPlansOfClass(db: Db, districtId: string, classId: string) {
  return db
    .selectFrom("plans")
    .innerJoin("enrollments", "enrollments.person_id", "plans.student_id")
    .innerJoin("people", "people.id", "plans.student_id")
    .innerJoin("schools", "schools.id", "plans.school_id")
    .select([
      "plans.id",
      "plans.closed_at",
      "plans.created_at",
      "schools.time_zone",
      "people.id as studentId",
      ...peopleName,
    ])
    .where("plans.district_id", "=", districtId)
    .where("plans.stage", "=", "closed")
    .where("enrollments.class_id", "=", classId)
    .where("enrollments.role", "=", "student")
    .where("enrollments.active", "=", 1)
    .where("people.active", "=", 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("plans as open")
            .select("open.id")
            .whereRef("open.student_id", "=", "plans.student_id")
            .where("open.stage", "!=", "closed"),
        ),
      ),
    )
    .orderBy("people.family_name")
    .orderBy("people.given_name")
    .orderBy("plans.created_at", "desc")
    .execute();
}

/** Each student's latest closed plan, the one a new plan carries forward, by student id. */
export async function latestClosedPlans(
  db: Db,
  districtId: string,
  studentIds: string[],
): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  for (let start = 0; start < studentIds.length; start += batchSize) {
    const rows = await db
      .selectFrom("plans")
      .select(["id", "student_id"])
      .where("district_id", "=", districtId)
      .where("student_id", "in", studentIds.slice(start, start + batchSize))
      .where("stage", "=", "closed")
      .orderBy("student_id")
      // PostgreSQL sorts a missing closed_at first when descending, SQLite last: say which.
      .orderBy((eb) => eb.fn.coalesce("closed_at", "created_at"), "desc")
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
    for (const row of rows) if (!latest.has(row.student_id)) latest.set(row.student_id, row.id);
  }
  return latest;
}

/** The statements of a plan still on it, to be copied into next year's plan. */
export async function listStatementsToCarry(db: Db, planId: string) {
  return db
    .selectFrom("statements")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("retired_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function listAreaStrengthLinks(db: Db, planId: string) {
  return db
    .selectFrom("area_strengths")
    .innerJoin("statements as area", "area.id", "area_strengths.area_id")
    .select(["area_strengths.area_id", "area_strengths.strength_id"])
    .where("area.plan_id", "=", planId)
    .execute();
}

/** Writes the carried plan's statements, the strengths its areas name, and where each came from. */
export async function insertCarriedStatements(
  db: Db,
  carried: {
    districtId: string;
    statements: (Insertable<StatementTable> & { fromStatementId: string })[];
    areaStrengths: { areaId: string; strengthId: string }[];
  },
) {
  for (const { fromStatementId, ...statement } of carried.statements) {
    await db.insertInto("statements").values(statement).execute();
    await db
      .insertInto("carried_statements")
      .values({
        statement_id: statement.id,
        district_id: carried.districtId,
        from_statement_id: fromStatementId,
      })
      .execute();
  }
  if (carried.areaStrengths.length === 0) return;

  await db
    .insertInto("area_strengths")
    .values(
      carried.areaStrengths.map((link) => ({
        district_id: carried.districtId,
        area_id: link.areaId,
        strength_id: link.strengthId,
      })),
    )
    .execute();
}

export async function insertCarriedPlan(
  db: Db,
  link: { planId: string; districtId: string; fromPlanId: string; carriedBy: string; now: string },
) {
  await db
    .insertInto("carried_plans")
    .values({
      plan_id: link.planId,
      district_id: link.districtId,
      from_plan_id: link.fromPlanId,
      carried_by: link.carriedBy,
      created_at: link.now,
    })
    .execute();
}

/** Which of a plan's statements came from a closed plan, and which plan that was. */
export async function findCarriedFrom(db: Db, planId: string) {
  const from = await db
    .selectFrom("carried_plans")
    .innerJoin("plans", "plans.id", "carried_plans.from_plan_id")
    .innerJoin("schools", "schools.id", "plans.school_id")
    .select(["carried_plans.from_plan_id", "plans.closed_at", "schools.time_zone"])
    .where("carried_plans.plan_id", "=", planId)
    .executeTakeFirst();
  const statements = await db
    .selectFrom("carried_statements")
    .innerJoin("statements", "statements.id", "carried_statements.statement_id")
    .select("carried_statements.statement_id")
    .where("statements.plan_id", "=", planId)
    .execute();

  return { from, statementIds: statements.map((row) => row.statement_id) };
}

// Family views

/** Notes the first time a family member opens a plan; later visits change nothing. */
export async function recordFamilyView(
  db: Db,
  view: { districtId: string; planId: string; personId: string; now: string },
) {
  await db
    .insertInto("plan_family_views")
    .values({
      district_id: view.districtId,
      plan_id: view.planId,
      person_id: view.personId,
      first_viewed_at: view.now,
    })
    .onConflict((conflict) => conflict.columns(["plan_id", "person_id"]).doNothing())
    .execute();
}
