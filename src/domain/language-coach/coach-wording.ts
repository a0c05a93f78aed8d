import type { Kysely } from "kysely";
import type { Clock } from "../../clock.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeLanguageCoach } from "../access/policy.ts";
import { AppError } from "../errors.ts";
import type { PlanView } from "../plans/read-plan.ts";
import { checkRateLimit, rateLimitKey } from "../sign-in/rate-limit.ts";
import { type CoachReading, checkLanguage } from "./check-language.ts";
import type { CoachRuleBook } from "./coach-rules.ts";
import { coachLanguageFor } from "./guess-language.ts";

/** The coach reads a statement's worth of text, not a document. */
export const coachTextLimit = 2000;

/** Checks while typing, per person: a check every half second of steady typing fits. */
export const coachChecksPerMinute = 120;

export interface CoachDeps {
  db: Kysely<Database>;
  clock: Clock;
  rules: CoachRuleBook;
}

export type CoachAnswer =
  | { kind: "reading"; reading: CoachReading }
  | { kind: "tooLong" }
  | { kind: "tooMany" };

/** Reads what someone is typing; an answer is always advice, never a refusal of their words. */
export async function coachWording(
  deps: CoachDeps,
  actor: Actor | null,
  input: { text: string; locale: string },
): Promise<CoachAnswer> {
  const person = authorizeLanguageCoach(actor);
  if (input.text.length > coachTextLimit) return { kind: "tooLong" };

  try {
    await checkRateLimit(deps.db, {
      key: rateLimitKey("language-coach", person.personId),
      limit: coachChecksPerMinute,
      windowSeconds: 60,
      clock: deps.clock,
    });
  } catch (error) {
    if (error instanceof AppError && error.kind === "rate_limited") return { kind: "tooMany" };
    throw error;
  }

  return { kind: "reading", reading: readWords(deps.rules, input.text, input.locale) };
}

/** The text's own language's list, else the reader's, else English. */
export function readWords(rules: CoachRuleBook, text: string, locale: string): CoachReading {
  return checkLanguage(text, rules[coachLanguageFor(text, locale)]);
}

/**
 * The coach's reading of words just saved on a plan (a statement, a comment or a conference
 * note, by id), for the plan page after the save; undefined when they read well or are not there.
 */
export function coachSavedWords(
  rules: CoachRuleBook,
  options: { view: PlanView; savedId: string | undefined; locale: string },
): CoachReading | undefined {
  const { view, savedId } = options;
  if (!savedId) return undefined;

  const comments = [...view.comments, ...view.statements.flatMap((s) => s.comments)];
  const notes = view.staff?.conferenceNotes ?? [];
  const meetingNotes = view.meetings.map((meeting) => ({
    id: meeting.id,
    body: meeting.notes ?? "",
  }));
  const checkInNotes = view.checkIns.map((checkIn) => ({
    id: checkIn.id,
    body: checkIn.note ?? "",
  }));
  const saved = [...view.statements, ...comments, ...notes, ...meetingNotes, ...checkInNotes].find(
    (item) => item.id === savedId,
  );
  if (!saved || saved.body.length > coachTextLimit) return undefined;
  const reading = readWords(rules, saved.body, options.locale);

  return reading.deficit ? reading : undefined;
}
