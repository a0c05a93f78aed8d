/** Signing in and out: passwords, emailed links and sign-in cards. */
export const signIn = {
  "signIn.title": "Sign in",
  "signIn.linkTitle": "Email me a sign-in link",
  "signIn.linkIntro":
    "For students, families and staff: we email you a link, and the link signs you in. No " +
    "password needed.",
  "signIn.field.email": "Email",
  "signIn.linkSubmit": "Email me a sign-in link",
  "signIn.passwordTitle": "Sign in with a password",
  "signIn.passwordIntro": "For administrators who have set a password.",
  "signIn.passwordForgotten":
    "Forgot your password? Ask for a sign-in link above. Once the link has signed you in, you " +
    "can set a new password on your account page within {minutes, number} minutes.",
  "signIn.field.password": "Password",
  "signIn.passwordSubmit": "Sign in",
  "signIn.wrongPassword":
    "That email and password do not match. Please try again, or ask for a sign-in link.",
  "signIn.sentTitle": "Check your email",
  "signIn.sentBody":
    "If that address belongs to someone at the school, a sign-in link is on its way. The link " +
    "works once, within 3 days.",
  "signIn.sentAgain": "No email after a few minutes? Check the spam folder, or ask again.",
  "signIn.confirmTitle": "Finish signing in",
  "signIn.confirmBody": "Press the button to sign in to Math Action Plans.",
  "signIn.confirmButton": "Sign in",
  "signIn.linkFailedTitle": "This sign-in link does not work any more",
  "signIn.linkFailedBody":
    "A sign-in link works once, within 3 days. Ask for a fresh one: type your email below.",

  "signInEmail.subject": "Your sign-in link for Math Action Plans",
  "signInEmail.preview": "Your link to sign in to Math Action Plans.",
  "signInEmail.greeting": "Hello {name},",
  "signInEmail.body":
    "Open this link to sign in to Math Action Plans. It works once, within 3 days:",
  "signInEmail.button": "Sign in",
  "signInEmail.ignore": "If you did not ask for this link, you can ignore this email.",
  "signInEmail.footer":
    "You receive this email because someone asked for a sign-in link for this address.",

  "card.staffTitle": "Sign-in card for {name}",
  "card.intro":
    "A sign-in card lets {name} sign in without a password, by opening its link or scanning its " +
    "QR code. Keep it private, like a house key.",
  "card.inUse": "A card made on {made} is in use.",
  "card.lastUsed": "Last used {used}.",
  "card.neverUsed": "It has not been used yet.",
  "card.none": "{name} has no sign-in card in use.",
  "card.create": "Make a sign-in card",
  "card.replace": "Make a new card",
  "card.replaceHint": "The card in use stops working when a new one is made.",
  "card.revoke": "Stop the card working",
  "card.revoked": "The card no longer works.",
  "card.printTitle": "Sign-in card for {name}",
  "card.scan": "Scan the code or open the link to sign in to Math Action Plans.",
  "card.qrLabel": "QR code that opens the sign-in link for {name}",
  "card.print": "Print",
  "card.language.label": "Language of the card",
  "card.language.keptFamily":
    "The language you choose is also kept for {name}’s emails, unless they choose another in " +
    "the app.",
  "card.language.chosenByThem":
    "{name} chose {language} in the app; their emails stay in it whatever language the card is " +
    "in.",
  "card.shownOnce":
    "This link is shown only now. Print it or share it before leaving this page; if it is lost, " +
    "make a new card.",
  "card.back": "Back to {name}'s card",
  "card.backToSharing": "Back to sharing {studentName}’s plan",
  "card.backToStudents": "Back to the student list",
  "card.openTitle": "Sign in",
  "card.openHello": "Hello, {name}.",
  "card.openBody": "Press the button to sign in.",
  "card.openButton": "Sign in",
  "card.failedTitle": "This card does not work",
  "card.failedBody": "Please ask your teacher for a new sign-in card.",
  "signIn.tooManyAttempts":
    "Too many tries to sign in. Please wait 15 minutes and try again, or ask for a sign-in " +
    "link.",
  "signIn.tooManyLinkRequests":
    "Too many sign-in links were asked for. Please wait an hour, and check your email for the " +
    "links already sent.",
  "account.title": "Your account",
  "account.signedInAs": "You are signed in as {name}.",
  "account.languageHint":
    "Pages and emails come in the language you choose at the top of any page.",
  "account.everywhere.heading": "Sign out on every device",
  "account.everywhere.explain":
    "If you signed in on a shared or lost phone or computer, this ends every session of yours, " +
    "this one too. Other devices are signed out within five minutes.",
  "account.everywhere.button": "Sign out on every device",
  "account.everywhere.done": "You are signed out on every device.",
  "account.password.heading": "Change your password",
  "account.password.explain":
    "Type your current password, then the new one twice. Once it is changed, every other " +
    "session of yours ends: other devices are signed out within five minutes.",
  "account.password.field.current": "Current password",
  "account.password.field.new": "New password",
  "account.password.field.newAgain": "New password again",
  "account.password.submit": "Change password",
  "account.password.changed":
    "Your password is changed. Every other session of yours has ended; other devices are " +
    "signed out within five minutes.",
  "account.password.wrongCurrent":
    "That is not your current password. If you forgot it, sign out and sign in with an emailed " +
    "link: you can then set a new one here.",
  "account.password.differ": "The two new passwords are not the same. Please type them again.",
  "account.password.tooManyAttempts":
    "Too many wrong passwords. Please wait 15 minutes and try again, or sign out and sign in " +
    "with an emailed link.",
  "account.password.none":
    "You have no password to change: you sign in with an emailed link or a sign-in card.",
  "account.reset.heading": "Set a new password",
  "account.reset.explain":
    "You signed in with a link sent to your email, so you can set a new password without the " +
    "old one. This works once, within {minutes, number} minutes of signing in. Every other " +
    "session of yours then ends.",
  "account.reset.submit": "Set the new password",
  "account.reset.expired":
    "A new password can be set without the old one only once, within {minutes, number} " +
    "minutes of signing in with an emailed link. Sign out, ask for a new sign-in link and try " +
    "again.",
} as const;
