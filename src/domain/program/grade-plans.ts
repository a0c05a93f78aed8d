import { z } from "zod";
import {
  countPlansByGradeAndStage,
  countPlansByStage,
  listScopedPlanPage,
  type PlanPageCursor,
  type PlanScope,
} from "../../db/program-store.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeProgram } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { parseProgramFilters } from "./program-filters.ts";
import { programScope } from "./read-program.ts";

/*
 * The plans of a whole grade, for one PDF download: the program page's plans (this school
 * year's, a teacher's own students only) in one grade. Only the school team may download them;
 * each plan is then read with the reader's own access, as its single PDF would be.
 */

/** Plans read from the database at a time while the download is drawn. */
export const gradePlansPageSize = 25;

export interface GradePlans {
  grade: string;
  /** The school year the plans are of: a closed year's name, else the current one's. */
  schoolYear: string;
  /** How many plans the download holds, counted as it starts. */
  plans: number;
  /** The plans' ids in the order of their students' names, read a page at a time. */
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

  return { grade, schoolYear, plans, planIds: planIdsOf(deps, scope) };
}

async function* planIdsOf(deps: PlanDeps, scope: PlanScope): AsyncGenerator<string> {
  let after: PlanPageCursor | null = null;
  for (;;) {
    const page = await listScopedPlanPage(deps.db, scope, { after, limit: gradePlansPageSize });
    for (const row of page) yield row.id;

    const last = page.at(-1);
    if (!last || page.length < gradePlansPageSize) return;
    after = { familyName: last.family_name, givenName: last.given_name, planId: last.id };
  }
}

/** The grades the actor's plans are in, with how many, for the download links. */
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

  return [...grades].map(([grade, plans]) => ({ grade, plans }));
}
