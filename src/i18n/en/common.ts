/** Words every page shares. Messages are ICU MessageFormat; keys are stable, never reworded. */
export const common = {
  "app.name": "Math Action Plans",
  "nav.skip": "Skip to main content",
  "nav.home": "Home",
  "nav.students": "My students",
  "nav.roster": "Roster",
  "nav.school": "School settings",
  "nav.outbox": "Sent mail",
  "nav.signIn": "Sign in",
  "nav.signOut": "Sign out",
  "nav.signedInAs": "Signed in as {name}",
  "nav.main": "Main",
  "nav.language": "Language",
  "error.title": "Something needs attention",
  "error.back": "Go back to the start page",
  "error.fieldsIntro": "Please fix the following:",
  "error.invalid_input": "Some of what was entered needs another look.",
  "error.unauthenticated": "Please sign in to continue.",
  "error.forbidden": "You do not have access to this page.",
  "error.not_found": "We could not find that page.",
  "error.conflict": "Someone else changed this at the same time. Please review and try again.",
  "error.rate_limited": "Too many attempts. Please wait a few minutes and try again.",
  "error.unreadableForm":
    "The form could not be read. Please go back, check what you entered and send it again.",
  "error.controlCharacter":
    "Some of the text holds an invisible control character that cannot be saved. Please retype it.",
  "error.unexpected": "Something went wrong on our side. Your last change was not saved.",
  "form.save": "Save",
  "form.cancel": "Cancel",
  "voice.student": "Student",
  "voice.family": "Family",
  "voice.teacher": "Teacher",
  "time.zone.ownSchool": "Times are in the time zone of your school, {school} ({zone}).",
  "time.zone.firstSchool":
    "Times are in the time zone of {school} ({zone}), the district’s first school, as you are " +
    "not listed at a school.",
  "time.zone.none": "Times are in UTC: the district has no school yet.",
} as const;
