import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import { findPlan } from "../../db/plan-store.ts";
import type { Database, PersonRole } from "../../db/schema.ts";
import {
  findDemoPerson,
  findSchoolBySource,
  insertDistrict,
  updateSchoolSettings,
} from "../../db/school-store.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";
import { addStatement } from "../plans/add-statement.ts";
import { markPlanShared } from "../plans/mark-plan-shared.ts";
import { startPlan } from "../plans/start-plan.ts";
import { importRoster } from "../roster/import-roster.ts";
import {
  demoCast,
  demoDistrictName,
  demoPlanFile,
  demoRosterFolder,
  demoSchoolSourceId,
} from "./demo-cast.ts";
import { claimFirstRun, isFirstRun } from "./first-run.ts";
import { defaultTimeZone } from "./time-zones.ts";

const statement = z.object({
  key: z.string().optional(),
  section: z.enum(["strength", "area", "student_action", "teacher_action", "family_action"]),
  body: z.string().min(1),
  helpedBy: z.array(z.string()).default([]),
});
const demoPlan = z.object({
  mathVision: z.string(),
  teacher: z.array(statement),
  student: z.array(statement),
  family: z.array(statement),
});

interface DemoDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/**
 * Loads the demo school on a fresh install: a district flagged as a demo, its people and classes
 * imported from the demo roster like any school's, the Math Vision, and one plan written in
 * every voice. Refused once any district exists.
 */
export async function loadDemoSchool(deps: DemoDeps, locale: string) {
  if (!(await isFirstRun(deps.db))) throw alreadySetUp(locale);

  const content = demoPlan.parse(JSON.parse(await fs.promises.readFile(demoPlanFile, "utf8")));
  const districtId = randomUUID();
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await claimFirstRun(trx, districtId, locale);
    await insertDistrict(trx, {
      id: districtId,
      source_id: null,
      name: demoDistrictName,
      created_at: now,
      demo: 1,
    });
  });

  await importDemoRoster(deps, districtId);
  await writeMathVision(deps, districtId, content.mathVision);
  const planId = await writeDemoPlan(deps, districtId, content);

  return { districtId, planId };
}

async function importDemoRoster(deps: DemoDeps, districtId: string) {
  const report = await importRoster(deps.db, {
    districtId,
    source: demoRosterFolder,
    sourceName: "demo",
    skipInvalid: false,
    actorId: null,
    clock: deps.clock,
  });
  if (!report.imported) {
    throw new Error(`the demo roster was refused with ${report.errors.length} errors`);
  }
}

async function writeMathVision(deps: DemoDeps, districtId: string, mathVision: string) {
  const school = await findSchoolBySource(deps.db, districtId, demoSchoolSourceId);
  if (!school) throw new Error("the demo roster has no demo school");

  const now = isoNow(deps.clock);
  const settings = {
    name: school.name,
    mathVision,
    timeZone: defaultTimeZone,
    checkInCadenceDays: 14,
  };
  await deps.db
    .transaction()
    .execute((trx) =>
      updateSchoolSettings(trx, { districtId, schoolId: school.id, now }, settings),
    );
}

/** The teacher starts the plan and writes, shares it, then the student and family add theirs. */
async function writeDemoPlan(
  deps: DemoDeps,
  districtId: string,
  content: z.output<typeof demoPlan>,
) {
  const teacher = await demoActor(deps.db, districtId, demoCast.teacher);
  const student = await demoActor(deps.db, districtId, demoCast.student);
  const family = await demoActor(deps.db, districtId, demoCast.guardian);
  const { planId } = await startPlan(deps, teacher, { studentId: student.personId });

  const written = new Map<string, string>();
  const write = async (actor: Actor, item: z.output<typeof statement>) => {
    const helpedBy = item.helpedBy.map((key) => written.get(key) ?? key);
    const { statementId } = await addStatement(deps, actor, planId, { ...item, helpedBy });
    if (item.key) written.set(item.key, statementId);
  };

  for (const item of content.teacher) await write(teacher, item);
  await shareDemoPlan(deps, teacher, planId);
  for (const item of content.student) await write(student, item);
  for (const item of content.family) await write(family, item);

  return planId;
}

async function shareDemoPlan(deps: DemoDeps, teacher: Actor, planId: string) {
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const plan = await findPlan(trx, teacher.districtId, planId);
    if (!plan) throw new Error(`demo plan ${planId} vanished`);
    await markPlanShared(trx, { actor: teacher, plan, now });
  });
}

async function demoActor(
  db: Kysely<Database>,
  districtId: string,
  sourceId: string,
): Promise<Actor> {
  const person = await findDemoPerson(db, districtId, sourceId);
  if (!person) throw new Error(`the demo roster has no ${sourceId}`);

  return {
    personId: person.id,
    districtId,
    role: person.role as PersonRole,
    displayName: `${person.given_name} ${person.family_name}`,
    locale: "en",
  };
}

function alreadySetUp(locale: string) {
  return new AppError({
    kind: "conflict",
    message: "first run already done",
    publicMessage: translator(locale)("setup.alreadyDone"),
  });
}
