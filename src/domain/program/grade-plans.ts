import { z } from "zod";
import { isoNow } from "../../clock.ts";
import {
  countPlansByGradeAndStage,
  countPlansByStage,
  listScopedPlanPage,
  type PlanPageCursor,
  type PlanScope,
} from "../../db/program-store.ts";
import { translator } from "../../i18n/translate.ts";
import { gradeOrder, orderBy, sortedBy } from "../../lib/reading-order.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeProgram } from "../access/policy.ts";
import { recordPlanEntries } from "../audit/record-plan-entries.ts";
import { AppError } from "../errors.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { parseProgramFilters } from "./program-filters.ts";
import { programScope } from "./read-program.ts";

/*
 * The plans of a whole grade, for one PDF download: the program page's plans (this school
 * year's, a teacher's own students only) in one grade. Only the school team may download them;
 * each plan is then read with the reader's own access, as its single PDF would be, and the
 * audit trail names each student whose plan the download holds.
 */

/** Plans' ids and students' names read from the database at a time, before the download. */
export const gradePlansPageSize = 500;

export interface GradePlans {
  grade: string;
  /** The school year the plans are of: a closed year's name, else the current one's. */
  schoolYear: string;
  /** How many plans the download holds, counted as it starts. */
  plans: number;
  /** The plans' ids in the order of their students' names, as the reader orders them. */
  planIds: AsyncIterable<string>;
}

// A grade as the roster writes it ("3", "KG", "09"): short, and no control characters.
const gradeInput = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u);

/**
 * The plans of one grade the actor may download, with the program page's teacher and class
 * filters. Refuses students and families; a grade without plans is not found, said plainly.
 */
export async function readGradePlans(
  deps: PlanDeps,
  actor: Actor,
  query: Record<string, string | undefined>,
): Promise<GradePlans> {
  const { ownClassesOnly, schoolIds } = await authorizeProgram(deps.db, actor);
  const t = translator(actor.locale);
  const parsed = gradeInput.safeParse(query.grade ?? "");
  if (!parsed.success) {
    throw new AppError({
      kind: "invalid_input",
      message: "grade plans: no readable grade",
      publicMessage: t("program.plansPdf.badGrade"),
    });
  }
  const grade = parsed.data;

  const filters = { ...parseProgramFilters(query), grade };
  const access = { filters, ownClassesOnly, schoolIds };
  const { scope, schoolYear } = await programScope(deps, actor, access);
  const counts = await countPlansByStage(deps.db, scope);
  const plans = counts.reduce((total, row) => total + row.plans, 0);
  if (plans === 0) {
    throw new AppError({
      kind: "not_found",
      message: "grade plans: no plan in the scope",
      publicMessage: t("program.plansPdf.none", { grade }),
    });
  }

  return { grade, schoolYear, plans, planIds: planIdsOf(deps, scope, actor.locale) };
}

/**
 * The plans' ids by their students' names in the reader's order. The database orders names by
 * their characters' codes, so every plan's id and names are read first (a page at a time, some
 * 60 bytes a plan: half a megabyte for a district's grade of 8,000) and put in order here.
 */
async function* planIdsOf(
  deps: PlanDeps,
  scope: PlanScope,
  locale: string,
): AsyncGenerator<string> {
  const rows: Awaited<ReturnType<typeof listScopedPlanPage>> = [];
  let after: PlanPageCursor | null = null;
  for (;;) {
    const page = await listScopedPlanPage(deps.db, scope, { after, limit: gradePlansPageSize });
    rows.push(...page);

    const last = page.at(-1);
    if (!last || page.length < gradePlansPageSize) break;
    after = { familyName: last.family_name, givenName: last.given_name, planId: last.id };
  }
  const byName = orderBy<(typeof rows)[number]>(
    locale,
    (row) => row.family_name,
    (row) => row.given_name,
    (row) => row.id,
  );

  for (const row of sortedBy(rows, byName)) yield row.id;
}

/** What the audit needs of a plan read for the download: the plan and its student. */
interface ReadPlan {
  view: { plan: { id: string }; student: { id: string } };
}

/**
 * The download's plans as they are read, each one's entry written to the audit trail before it
 * is drawn: the trail names every student whose plan the file holds, and no student whose plan
 * it left out (one the reader could no longer see) or never reached (a download cut short).
 */
export async function* recordGradePlanReads<Plan extends ReadPlan>(
  deps: PlanDeps,
  actor: Actor,
  download: { grade: string; plans: AsyncIterable<Plan> },
): AsyncGenerator<Plan> {
  for await (const plan of download.plans) {
    await recordPlanEntries(deps.db, {
      actor,
      action: "grade_plans.downloaded",
      now: isoNow(deps.clock),
      plans: [{ id: plan.view.plan.id, studentId: plan.view.student.id }],
      details: { grade: download.grade },
    });
    yield plan;
  }
}

/** The grades the actor's plans are in, with how many, in school order: the download links. */
export async function listGradesWithPlans(
  deps: PlanDeps,
  actor: Actor,
): Promise<{ grade: string; plans: number }[]> {
  const { ownClassesOnly, schoolIds } = await authorizeProgram(deps.db, actor);
  const filters = parseProgramFilters({});
  const { scope } = await programScope(deps, actor, { filters, ownClassesOnly, schoolIds });
  const grades = new Map<string, number>();
  for (const row of await countPlansByGradeAndStage(deps.db, scope)) {
    if (row.grade) grades.set(row.grade, (grades.get(row.grade) ?? 0) + row.plans);
  }

  return sortedBy([...grades.keys()], gradeOrder(actor.locale)).map((grade) => ({
    grade,
    plans: grades.get(grade) ?? 0,
  }));
}
