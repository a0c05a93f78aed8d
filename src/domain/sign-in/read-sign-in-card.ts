import type { Kysely } from "kysely";
import { findStudent } from "../../db/access-store.ts";
import type { Database } from "../../db/schema.ts";
import { findCardByTokenHash, findCurrentCard } from "../../db/sign-in-card-store.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import { authorizeCardHolder } from "./authorize-card-holder.ts";
import { hashCardToken, looksLikeCardToken } from "./card-token.ts";

/** For staff: the person and the card in use for them, if any. */
export async function readSignInCard(db: Kysely<Database>, actor: Actor, personId: string) {
  const holder = await authorizeCardHolder(db, actor, personId);
  const card = await findCurrentCard(db, actor.districtId, personId);

  return { holder, card: card ?? null };
}

/**
 * The plan whose share page staff opened a card from, to lead them back to it; null when there
 * is none, or it is not a plan this person may share (the address was changed or is stale).
 */
export async function readCardOrigin(
  db: Kysely<Database>,
  actor: Actor,
  planId: string | undefined,
): Promise<{ planId: string; studentName: string } | null> {
  if (!planId) return null;

  try {
    const { plan } = await authorizePlan(db, actor, planId, "share");
    const student = await findStudent(db, actor.districtId, plan.student_id);
    return student ? { planId: plan.id, studentName: personName(student) } : null;
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/**
 * The holder of a card that still works, or null. Reading only: opening a card's link (or a
 * scanner fetching it) never signs in and never marks the card used.
 */
export async function findWorkingCard(db: Kysely<Database>, token: string) {
  if (!looksLikeCardToken(token)) return null;

  const card = await findCardByTokenHash(db, hashCardToken(token));
  if (!card || card.revoked_at !== null || card.active !== 1) return null;

  return card;
}
