import { listIdentityAnswers } from "../../db/identity-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import { mayViewIdentityAnswers, type Relationship } from "../access/policy.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import type { StatementSeries } from "./chart-geometry.ts";
import { familyMaySee } from "./identity-consent.ts";
import { schoolStatements } from "./identity-statements.ts";

export interface IdentityCheckView {
  id: string;
  on: string;
  /** "start" for the plan-start check, else the id of the check-in it came before. */
  occasion: string;
  answers: Record<string, number | null>;
}

/** The student's answers over time, as far as the reader may see them. */
export interface IdentityView {
  /** Whether the reader may see the answers at all (a family only with the student's consent). */
  visible: boolean;
  familyMaySee: boolean;
  mayAnswer: boolean;
  statements: { id: string; text: string; retired: boolean }[];
  checks: IdentityCheckView[];
  series: StatementSeries[];
}

/** Reads the identity answers of a plan for a reader standing in this relationship. */
export async function readIdentity(
  deps: Pick<PlanDeps, "db">,
  options: {
    plan: Pick<PlanRow, "id" | "district_id" | "school_id" | "student_id" | "stage">;
    relationship: Relationship;
    locale: string;
  },
): Promise<IdentityView> {
  const { plan, relationship } = options;
  const consent = await familyMaySee(deps, plan.student_id);
  const visible = mayViewIdentityAnswers(relationship, { familyMaySee: consent });
  const mayAnswer = relationship === "self" && plan.stage !== "closed";
  if (!visible) {
    return { visible, familyMaySee: consent, mayAnswer, statements: [], checks: [], series: [] };
  }

  const rows = await listIdentityAnswers(deps.db, plan.id);
  const checks = checksOf(rows);
  const answered = new Set(rows.map((row) => row.statementId));
  const statements = (
    await schoolStatements(deps.db, {
      districtId: plan.district_id,
      schoolId: plan.school_id,
      locale: options.locale,
    })
  ).filter((statement) => answered.has(statement.id));

  return {
    visible,
    familyMaySee: consent,
    mayAnswer,
    statements: statements.map(({ id, text, retired }) => ({ id, text, retired })),
    checks,
    series: statements.map((statement) => ({
      statementId: statement.id,
      answers: checks
        .filter((check) => Object.hasOwn(check.answers, statement.id))
        .map((check) => ({ on: check.on, agreement: check.answers[statement.id] ?? null })),
    })),
  };
}

function checksOf(
  rows: {
    checkId: string;
    occasion: string;
    answeredOn: string;
    statementId: string;
    agreement: number | null;
  }[],
): IdentityCheckView[] {
  const checks = new Map<string, IdentityCheckView>();
  for (const row of rows) {
    const check = checks.get(row.checkId) ?? {
      id: row.checkId,
      on: row.answeredOn,
      occasion: row.occasion,
      answers: {},
    };
    check.answers[row.statementId] = row.agreement;
    checks.set(row.checkId, check);
  }

  return [...checks.values()];
}
