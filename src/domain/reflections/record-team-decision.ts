import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isoNow } from "../../clock.ts";
import { findSchool } from "../../db/plan-store.ts";
import { insertTeamDecision } from "../../db/program-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeSchoolTeam } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { assertFormNotSaved, claimFormToken, formTokenOf } from "../forms/form-token.ts";
import { parseForm } from "../forms/parse-form.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";
import { dayIn } from "../plans/school-time.ts";
import { schoolYearOf } from "./school-year.ts";
import { reflectionText } from "./write-reflection.ts";

const decisionInput = z.object({ body: reflectionText });

/** Having read the reflections together, the team writes down what it decided for next year. */
export async function recordTeamDecision(
  deps: PlanDeps,
  actor: Actor,
  input: { schoolId: string; form: unknown },
): Promise<{ decisionId: string }> {
  await authorizeSchoolTeam(deps.db, actor, input.schoolId);
  const formToken = formTokenOf(input.form);
  await assertFormNotSaved(deps.db, actor, formToken);
  const { body } = parseForm(decisionInput, input.form, {
    locale: actor.locale,
    labels: { body: "reflections.field.decision" },
  });

  const school = await findSchool(deps.db, actor.districtId, input.schoolId);
  if (!school) throw notFound(`school ${input.schoolId}`);
  const decisionId = randomUUID();
  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    const claim = { actor, token: formToken, planId: null, savedId: decisionId, now };
    await claimFormToken(trx, claim);
    await insertTeamDecision(trx, {
      id: decisionId,
      district_id: actor.districtId,
      school_id: input.schoolId,
      school_year: schoolYearOf(dayIn(school.time_zone, deps.clock())),
      author_id: actor.personId,
      body,
      created_at: now,
    });
  });

  return { decisionId };
}
