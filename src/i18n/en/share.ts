/** Sharing a plan with the family by email. */
export const share = {
  "share.title": "Share {studentName}’s plan with the family",
  "share.intro":
    "Each family member you choose gets an email with the school’s Math Vision, the Mathematics " +
    "Progress and a personal link to the plan. The link works once, within {hours, number} " +
    "hours, and signs them in only when they press the button on the page it opens.",
  "share.recipients": "Send the plan to",
  "share.noEmail": "{name} has no email address in the roster.",
  "share.printCard": "Print a sign-in card for {name} instead",
  "share.cards.title": "Sign-in cards",
  "share.cards.intro":
    "A card is a personal link and QR code that signs its holder in without a password. Print " +
    "one for the student, or for a family member without email. Making a new card stops the old " +
    "one.",
  "share.cards.link": "Sign-in card for {name}",
  "share.noFamily": "No family member is linked to {studentName} in the roster.",
  "share.send": "Send the plan by email",
  "share.back": "Back to the plan",
  "share.sent":
    "{count, plural, one {The plan is on its way to # family member.} " +
    "other {The plan is on its way to # family members.}}",
  "share.keptNotice":
    "No mail server is set up, so the emails wait in Sent mail, where an administrator can " +
    "pass the links on.",
  "share.field.guardians": "Send the plan to",
  "share.problem.noneChosen": "Please choose at least one family member.",
  "share.problem.notFamily":
    "One of the family members chosen is no longer linked to the student or has no email " +
    "address. Please choose again.",
  "share.field.languages": "The language of each email",
  "share.languages.legend": "The language of each email",
  "share.languages.hint":
    "The roster does not always say which language a family member reads. A language you choose " +
    "here is kept for their emails and sign-in cards; one they choose in the app comes first.",
  "share.languages.label": "Language for {name}",
  "share.languages.unknown": "Not known: {language}, the school’s default",
  "share.languages.chosenByThem":
    "{name} chose {language} in the app, so their email is written in it.",
  "share.problem.notWritten":
    "The plan was not sent to anyone: the email to {name} could not be written from the " +
    "roster’s details. Please ask an administrator to check this family member’s name and email " +
    "address in the roster.",
  "share.problem.notSent":
    "The plan was not sent to anyone. Please try again; if it happens again, tell an " +
    "administrator.",
} as const;
