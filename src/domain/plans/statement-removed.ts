import type { Kysely } from "kysely";
import type { StatementRow } from "../../db/plan-store.ts";
import type { Database } from "../../db/schema.ts";
import { findRetiredBy } from "../../db/statement-version-store.ts";
import { translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";
import { personName } from "./person-name.ts";

/** How the messages name a statement: strengths and areas by name, the three actions as one. */
const sectionWord = (section: StatementRow["section"]) =>
  section === "strength" || section === "area" ? section : "action";

/**
 * Someone answered or changed a statement that was taken off the plan while they were writing:
 * a conflict that says what happened and who removed it, not a page that cannot be found. The
 * app's error page shows it beside the words they typed (src/web/unsaved-words.ts).
 */
export async function statementRemovedMeanwhile(
  db: Kysely<Database>,
  actor: Actor,
  statement: Pick<StatementRow, "id" | "section">,
): Promise<AppError> {
  const t = translator(actor.locale);
  const remover = await findRetiredBy(db, statement.id);
  const section = sectionWord(statement.section);
  let publicMessage = t("plans.removed.meanwhile", { section });
  if (remover?.id === actor.personId) publicMessage = t("plans.removed.byYou", { section });
  else if (remover) {
    const name = isolate(personName(remover));
    publicMessage = t("plans.removed.byName", { section, name });
  }

  return new AppError({
    kind: "conflict",
    message: `statement ${statement.id} was retired meanwhile`,
    publicMessage,
  });
}
