/**
 * What changed while someone was writing or choosing: the words they answered were removed, the
 * meeting times withdrawn, or the same form had already been saved once.
 */
export const changedMeanwhile = {
  "plans.removed.byName":
    "{section, select, strength {This strength was removed by {name} while you were writing.} " +
    "area {This area of improvement was removed by {name} while you were writing.} " +
    "other {This action was removed by {name} while you were writing.}}",
  "plans.removed.byYou":
    "{section, select, " +
    "strength {You removed this strength in another tab or window while you were writing here.} " +
    "area {You removed this area of improvement in another tab or window while you were " +
    "writing here.} " +
    "other {You removed this action in another tab or window while you were writing here.}}",
  "plans.removed.meanwhile":
    "{section, select, " +
    "strength {This strength was removed from the plan while you were writing.} " +
    "area {This area of improvement was removed from the plan while you were writing.} " +
    "other {This action was removed from the plan while you were writing.}}",
  "plans.saved.alreadyRetired": "That was already removed from the plan, so nothing changed.",
  "form.alreadySaved":
    "This was already saved. Sending the same form again did not add it a second time.",
  "meetings.problem.withdrawnMeanwhile":
    "These meeting times were withdrawn while you were choosing, so no time was chosen. Any " +
    "times proposed since then are listed below.",
} as const;
