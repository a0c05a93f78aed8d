import type { MessageKey } from "../../i18n/catalog.ts";
import type { Actor } from "../access/actor.ts";
import { fieldProblem } from "../plans/parse-plan-input.ts";
import { planError } from "../plans/plan-error.ts";

/** A proposed or new time that is already past. */
export const futureProblem = (actor: Actor, field: string, label: MessageKey | undefined) =>
  fieldProblem({
    actor,
    field,
    message: "meetings.problem.past",
    label: label ?? "meetings.field.newTime",
  });

/** The proposal is not in the state the person saw: someone else answered or changed it. */
export const meetingConflict = (actor: Actor, proposalId: string, say: MessageKey) =>
  planError(actor, { kind: "conflict", message: `meeting ${proposalId}: ${say}`, say });
