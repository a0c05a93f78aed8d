import { findPlan } from "../db/plan-store.ts";
import type { Actor } from "../domain/access/actor.ts";
import { AppError, notFound } from "../domain/errors.ts";
import { type IdentityView, readIdentity } from "../domain/identity/read-identity.ts";
import type { PlanDeps } from "../domain/plans/plan-deps.ts";
import { type PlanView, readPlan } from "../domain/plans/read-plan.ts";

export interface PlanDocument {
  view: PlanView;
  identity: IdentityView;
}

/**
 * Everything the reader may see for the PDF: the plan through readPlan (which authorizes and
 * leaves staff notes out for students and families) and the identity answers as far as the
 * student's consent lets this reader see them.
 */
export async function readPlanDocument(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
  locale: string,
): Promise<PlanDocument> {
  const view = await readPlan(deps, actor, planId);
  const plan = await findPlan(deps.db, actor.districtId, view.plan.id);
  if (!plan) throw notFound(`plan ${planId}`);
  const identity = await readIdentity(deps, { plan, relationship: view.relationship, locale });

  return { view, identity };
}

/**
 * The documents of many plans, read one at a time as they are drawn. A plan the reader can no
 * longer see (a student moved class mid-download) is left out, as its own PDF would refuse it.
 */
export async function* readPlanDocuments(
  deps: PlanDeps,
  actor: Actor,
  planIds: AsyncIterable<string>,
  locale: string,
): AsyncGenerator<PlanDocument> {
  for await (const planId of planIds) {
    try {
      yield await readPlanDocument(deps, actor, planId, locale);
    } catch (error) {
      if (!(error instanceof AppError && ["not_found", "forbidden"].includes(error.kind))) {
        throw error;
      }
    }
  }
}
