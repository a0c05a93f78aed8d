/** The pages that keep a person's typed words when their save cannot go through. */
export const planConflict = {
  "plans.conflict.title": "These words changed while you were editing",
  "plans.conflict.lead":
    "Someone saved a change to these words while you were editing them. Your text is not saved " +
    "yet: compare the two, then save the words you want to keep.",
  "plans.conflict.leadYours":
    "You saved a change to these words in another tab or window while you were editing them " +
    "here. What you typed here is not saved yet: compare the two, then save the words you want " +
    "to keep.",
  "plans.conflict.yours": "What you typed",
  "plans.conflict.current": "The words on the plan now",
  "plans.conflict.mergeHint":
    "Your text is in the box below. Add anything from the words on the plan now that you want to " +
    "keep, then save.",
  "plans.conflict.gone.title": "Your words could not be saved",
  "plans.unsaved.lead": "Nothing was saved. Here is what you typed, so you can copy it.",
  "plans.unsaved.signedOut": "Your sign-in had ended before you saved.",
  "plans.unsaved.fault": "Something went wrong on our side.",
  "plans.unsaved.gone":
    "What you were writing about is no longer on the plan, or you can no longer open it.",
  "plans.unsaved.signIn": "Sign in again",
  "plans.unsaved.signInHint":
    "Once you are signed in again, come back to this tab and open the page you were writing on: " +
    "your words are filled back in. If they are not, copy them from here first.",
  "plans.unsaved.back": "Back to the page you were writing on",
  "plans.draft.restored": "Filled back in: words you typed in this tab that are not saved yet.",
};
