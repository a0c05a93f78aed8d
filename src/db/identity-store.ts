import type { Insertable, Kysely } from "kysely";
import type {
  Database,
  IdentityCheckTable,
  IdentityStatementTable,
  IdentityStatementTextTable,
  IdentityStatementWordingTable,
} from "./schema.ts";

/*
 * Math identity: a school's statements and their wording per language (and the wordings they
 * had before), the checks a student sits (one per occasion), their answers and whether their
 * family may see them.
 */

type Db = Kysely<Database>;

/** The school's statements, retired ones too (old answers still name them), in order. */
export async function listIdentityStatements(db: Db, districtId: string, schoolId: string) {
  return db
    .selectFrom("identity_statements")
    .selectAll()
    .where("district_id", "=", districtId)
    .where("school_id", "=", schoolId)
    .orderBy("position")
    .orderBy("id")
    .execute();
}

export async function findIdentityStatement(db: Db, districtId: string, statementId: string) {
  return db
    .selectFrom("identity_statements")
    .selectAll()
    .where("district_id", "=", districtId)
    .where("id", "=", statementId)
    .executeTakeFirst();
}

export async function insertIdentityStatements(
  db: Db,
  statements: Insertable<IdentityStatementTable>[],
) {
  if (statements.length === 0) return;

  await db.insertInto("identity_statements").values(statements).execute();
}

export async function retireIdentityStatement(db: Db, statementId: string, now: string) {
  await db
    .updateTable("identity_statements")
    .set({ retired_at: now, updated_at: now })
    .where("id", "=", statementId)
    .execute();
}

/**
 * Counts one more rewording and returns the new count. Taking the row's lock first makes a
 * second rewording at the same time wait, then count on from the first.
 */
export async function advanceIdentityWording(db: Db, statementId: string, now: string) {
  const row = await db
    .updateTable("identity_statements")
    .set((eb) => ({ wording_version: eb("wording_version", "+", 1), updated_at: now }))
    .where("id", "=", statementId)
    .returning("wording_version")
    .executeTakeFirstOrThrow();

  return row.wording_version;
}

/** Keeps the words a rewording replaces, so answers given to them show what was asked. */
export async function keepEarlierIdentityWording(
  db: Db,
  wording: Insertable<IdentityStatementWordingTable>[],
) {
  if (wording.length === 0) return;

  await db.insertInto("identity_statement_wordings").values(wording).execute();
}

/** The wordings these statements had before they were reworded, every language. */
export async function listEarlierIdentityWordings(db: Db, statementIds: string[]) {
  if (statementIds.length === 0) return [];

  return db
    .selectFrom("identity_statement_wordings")
    .select(["statement_id", "version", "locale", "body"])
    .where("statement_id", "in", statementIds)
    .execute();
}

/** The school's own wording of these statements, every language. */
export async function listIdentityTexts(db: Db, statementIds: string[]) {
  if (statementIds.length === 0) return [];

  return db
    .selectFrom("identity_statement_texts")
    .selectAll()
    .where("statement_id", "in", statementIds)
    .execute();
}

/** Makes a statement's wording exactly these languages' texts. */
export async function replaceIdentityTexts(
  db: Db,
  statementId: string,
  texts: Insertable<IdentityStatementTextTable>[],
) {
  await db.deleteFrom("identity_statement_texts").where("statement_id", "=", statementId).execute();
  if (texts.length === 0) return;

  await db.insertInto("identity_statement_texts").values(texts).execute();
}

export async function findIdentityCheck(db: Db, planId: string, occasion: string) {
  return db
    .selectFrom("identity_checks")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("occasion", "=", occasion)
    .executeTakeFirst();
}

export async function insertIdentityCheck(db: Db, check: Insertable<IdentityCheckTable>) {
  await db.insertInto("identity_checks").values(check).execute();
}

export async function touchIdentityCheck(
  db: Db,
  checkId: string,
  changes: { answeredOn: string; now: string },
) {
  await db
    .updateTable("identity_checks")
    .set({ answered_on: changes.answeredOn, updated_at: changes.now })
    .where("id", "=", checkId)
    .execute();
}

/** Makes a check's answers exactly these: answering again replaces the earlier ones. */
export async function replaceIdentityAnswers(
  db: Db,
  check: { districtId: string; checkId: string },
  answers: { statementId: string; agreement: number | null; wordingVersion: number }[],
) {
  await db.deleteFrom("identity_answers").where("check_id", "=", check.checkId).execute();
  if (answers.length === 0) return;

  await db
    .insertInto("identity_answers")
    .values(
      answers.map((answer) => ({
        district_id: check.districtId,
        check_id: check.checkId,
        statement_id: answer.statementId,
        agreement: answer.agreement,
        wording_version: answer.wordingVersion,
      })),
    )
    .execute();
}

/** Every answer given on the plan, oldest check first. */
export async function listIdentityAnswers(db: Db, planId: string) {
  return db
    .selectFrom("identity_answers")
    .innerJoin("identity_checks as check", "check.id", "identity_answers.check_id")
    .select([
      "check.id as checkId",
      "check.occasion",
      "check.answered_on as answeredOn",
      "check.created_at as createdAt",
      "identity_answers.statement_id as statementId",
      "identity_answers.agreement",
      "identity_answers.wording_version as wordingVersion",
    ])
    .where("check.plan_id", "=", planId)
    .orderBy("check.answered_on")
    .orderBy("check.created_at")
    .execute();
}

export async function findIdentityConsent(db: Db, studentId: string) {
  return db
    .selectFrom("identity_consents")
    .selectAll()
    .where("student_id", "=", studentId)
    .executeTakeFirst();
}

export async function setIdentityConsent(
  db: Db,
  consent: { studentId: string; districtId: string; familyMaySee: boolean; now: string },
) {
  await db.deleteFrom("identity_consents").where("student_id", "=", consent.studentId).execute();
  await db
    .insertInto("identity_consents")
    .values({
      student_id: consent.studentId,
      district_id: consent.districtId,
      family_may_see: consent.familyMaySee ? 1 : 0,
      updated_at: consent.now,
    })
    .execute();
}
