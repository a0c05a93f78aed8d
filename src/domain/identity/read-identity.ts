import { listIdentityAnswers } from "../../db/identity-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import { mayViewIdentityAnswers, type Relationship } from "../access/policy.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import type { DatedAnswer, StatementSeries } from "./chart-geometry.ts";
import { familyMaySee } from "./identity-consent.ts";
import { askedWordings, type WordingAsked } from "./identity-statements.ts";

export interface IdentityCheckView {
  id: string;
  on: string;
  /** "start" for the plan-start check, else the id of the check-in it came before. */
  occasion: string;
  answers: Record<string, number | null>;
  /** The words asked, by statement, where they differ from the words the statement shows. */
  askedAs: Record<string, string>;
}

/** A statement as the plan shows it: in the words its student answered last. */
export interface AnsweredStatement {
  id: string;
  text: string;
  retired: boolean;
  /** Some of its answers on the plan were given to other words (see each check's askedAs). */
  reworded: boolean;
}

export interface AnswerSeries extends StatementSeries {
  answers: (DatedAnswer & { askedAs: string | null })[];
}

/** The student's answers over time, as far as the reader may see them. */
export interface IdentityView {
  /** Whether the reader may see the answers at all (a family only with the student's consent). */
  visible: boolean;
  familyMaySee: boolean;
  mayAnswer: boolean;
  statements: AnsweredStatement[];
  checks: IdentityCheckView[];
  series: AnswerSeries[];
}

type AnswerRow = Awaited<ReturnType<typeof listIdentityAnswers>>[number];

/**
 * Reads the identity answers of a plan for a reader standing in this relationship. Each answer
 * shows the words it was given to, however the school rewords a statement later: a closed plan
 * stays the record of what its student was asked.
 */
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
  const school = { districtId: plan.district_id, schoolId: plan.school_id };
  const { statements, wordingOf } = await askedWordings(
    deps.db,
    { ...school, locale: options.locale },
    rows,
  );
  const answered = statements
    .filter((statement) => rows.some((row) => row.statementId === statement.id))
    .map((statement) => answeredStatement(statement, rows, wordingOf));
  const checks = checksOf(rows, answered, wordingOf);

  return {
    visible,
    familyMaySee: consent,
    mayAnswer,
    statements: answered,
    checks,
    series: answered.map((statement) => ({
      statementId: statement.id,
      answers: checks
        .filter((check) => Object.hasOwn(check.answers, statement.id))
        .map((check) => ({
          on: check.on,
          agreement: check.answers[statement.id] ?? null,
          askedAs: check.askedAs[statement.id] ?? null,
        })),
    })),
  };
}

/** Named in the words of its latest answer; the words of earlier ones are told beside them. */
function answeredStatement(
  statement: { id: string; retired: boolean },
  rows: AnswerRow[],
  wordingOf: WordingAsked,
): AnsweredStatement {
  const words = rows
    .filter((row) => row.statementId === statement.id)
    .map((row) => wordingOf(row.statementId, row.wordingVersion));
  const text = words[words.length - 1] ?? "";

  return {
    id: statement.id,
    text,
    retired: statement.retired,
    reworded: words.some((each) => each !== text),
  };
}

/** The rows come oldest check first, so checks keep that order. */
function checksOf(
  rows: AnswerRow[],
  statements: AnsweredStatement[],
  wordingOf: WordingAsked,
): IdentityCheckView[] {
  const shown = new Map(statements.map((statement) => [statement.id, statement.text]));
  const checks = new Map<string, IdentityCheckView>();
  for (const row of rows) {
    const check = checks.get(row.checkId) ?? {
      id: row.checkId,
      on: row.answeredOn,
      occasion: row.occasion,
      answers: {},
      askedAs: {},
    };
    check.answers[row.statementId] = row.agreement;
    const asked = wordingOf(row.statementId, row.wordingVersion);
    if (asked !== shown.get(row.statementId)) check.askedAs[row.statementId] = asked;
    checks.set(row.checkId, check);
  }

  return [...checks.values()];
}
