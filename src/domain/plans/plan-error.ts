import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { AppError, type ErrorKind } from "../errors.ts";

/** An error whose message for the person comes from the catalog, in their language. */
export function planError(
  actor: Actor,
  problem: { kind: ErrorKind; message: string; say: MessageKey },
): AppError {
  return new AppError({
    kind: problem.kind,
    message: problem.message,
    publicMessage: translator(actor.locale)(problem.say),
  });
}
