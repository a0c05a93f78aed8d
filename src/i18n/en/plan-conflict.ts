/** The pages that keep a person's typed words when their save of a statement cannot go through. */
export const planConflict = {
  "plans.conflict.title": "These words changed while you were editing",
  "plans.conflict.lead":
    "Someone saved a change to these words while you were editing them. Your text is not saved " +
    "yet: compare the two, then save the words you want to keep.",
  "plans.conflict.yours": "What you typed",
  "plans.conflict.current": "The words on the plan now",
  "plans.conflict.mergeHint":
    "Your text is in the box below. Add anything from the words on the plan now that you want to " +
    "keep, then save.",
  "plans.conflict.gone.title": "Your words could not be saved",
  "plans.conflict.gone.lead":
    "While you were editing, these words were taken off the plan or the plan stopped taking " +
    "changes. Nothing was saved. Here is what you typed, so you can copy it.",
  "plans.conflict.backToPlan": "Back to the plan",
};
