/** Math identity over time, updates before a check-in, and versions of a plan's words. */
export const identity = {
  "identity.starter.mathPerson": "I see myself as a math person.",
  "identity.starter.enjoy": "I enjoy doing math.",
  "identity.starter.explain": "I can explain my thinking in math.",
  "identity.starter.keepTrying": "When math is hard, I keep trying.",
  "identity.starter.belong": "I belong in my math class.",
  "identity.starter.teachers": "My teachers see me as a math person.",
  "identity.starter.family": "My family sees me as a math person.",
  "identity.starter.outside": "I can use math outside school.",
  "identity.scale.1": "Strongly disagree",
  "identity.scale.2": "Disagree",
  "identity.scale.3": "Not sure",
  "identity.scale.4": "Agree",
  "identity.scale.5": "Strongly agree",
  "identity.scale.preferNot": "Prefer not to say",
  "identity.check.title": "How I see myself in math",
  "identity.check.intro":
    "There are no right or wrong answers. Choose how much you agree with each sentence. " +
    "Your answers are yours: your teachers see them, and your family sees them only if you " +
    "say so below.",
  "identity.check.occasion.start": "At the start of your plan",
  "identity.check.occasion.checkIn": "Before the check-in on {day}",
  "identity.check.submit": "Save my answers",
  "identity.check.saved": "Your answers are saved. Thank you.",
  "identity.check.back": "Back to the plan",
  "identity.problem.answer": "Please choose an answer for “{statement}”.",
  "identity.consent.heading": "Who sees my answers",
  "identity.consent.label": "My family may see my answers",
  "identity.consent.submit": "Save my choice",
  "identity.consent.yes": "Your family can see your answers. You can change this at any time.",
  "identity.consent.no": "Only you and your teachers can see your answers.",
  "identity.consent.saved": "Your choice is saved.",
  "identity.section.heading": "Math identity over time",
  "identity.section.intro":
    "How {name} answered the math identity statements, from 1 (strongly disagree) to 5 " +
    "(strongly agree).",
  "identity.section.none": "No answers yet.",
  "identity.section.hidden": "{name} keeps these answers between them and their teachers.",
  "identity.section.answer": "Answer the math identity check",
  "identity.chart.name":
    "Line chart of {name}’s answers over time, one line per statement. The table that follows " +
    "has the same answers.",
  "identity.table.caption": "{name}’s answers, by date",
  "identity.table.date": "Date",
  "identity.table.preferNot": "Prefer not to say",
  "identity.table.none": "—",
  "identity.table.scroll": "Answers table (scrolls sideways)",
  "identity.chart.key": "Key",
  "identity.chart.reworded":
    "Reworded since some answers: the table shows the words each was given to.",
  "identity.chart.quoted": "“{statement}”",
  "identity.chart.same":
    "On {day} the answer to {statements} was the same, {answer}: their marks stand side by " +
    "side.",
  "identity.table.askedAs": "asked as “{wording}”",
  "identity.admin.title": "Math identity statements",
  "identity.admin.link": "Math identity statements",
  "identity.admin.intro":
    "Students answer these statements at the start of their plan and before each check-in. " +
    "Rewording keeps the answers already given, so reword only to say the same thing better; " +
    "to ask something new, add a statement. Plans go on showing the words each answer was " +
    "given to. Retiring one stops asking it and keeps its answers.",
  "identity.admin.forSchool": "For {school}",
  "identity.admin.current": "Asked now",
  "identity.admin.retiredHeading": "Retired",
  "identity.admin.reword": "Reword",
  "identity.admin.retire": "Retire",
  "identity.admin.add": "Add a statement",
  "identity.admin.editTitle": "Reword a statement",
  "identity.admin.save": "Save the wording",
  "identity.admin.back": "Back to the statements",
  "identity.admin.hint":
    "At most {max, number} characters in each language. English is required; a language left " +
    "empty shows the English words.",
  "identity.admin.field.en": "The statement in English",
  "identity.admin.field.es": "The statement in Spanish",
  "identity.admin.field.vi": "The statement in Vietnamese",
  "identity.admin.field.zh": "The statement in Chinese",
  "identity.admin.field.ar": "The statement in Arabic",
  "identity.admin.saved": "The statement is saved.",
  "identity.admin.retiredNotice": "The statement is retired. Its answers are kept.",
  "updates.heading": "Updates before the check-in",
  "updates.none": "No updates yet from the student or the family.",
  "updates.link": "Send an update before the check-in",
  "updates.title": "My update before the check-in",
  "updates.intro":
    "Before the check-in on {day}, tell your teacher in a few words how it is going and how " +
    "far your actions have come.",
  "updates.noCheckIn": "There is no check-in scheduled yet. Come back once the plan is agreed.",
  "updates.field.wentWell": "What went well",
  "updates.field.wasHard": "What was hard",
  "updates.field.progress": "Progress on my actions",
  "updates.hint.words": "At most {max, number} characters.",
  "updates.progressOn": "Progress on: {action}",
  "updates.progress.unchanged": "No change to say",
  "updates.noActions": "You have no actions of your own on the plan yet.",
  "updates.submit": "Send my update",
  "updates.saved": "Your update is sent. Your teacher will see it at the check-in.",
  "updates.sentAt": "Last sent {when}. Sending again replaces it.",
  "updates.introFamily":
    "Before the check-in on {day}, tell {studentName}’s teacher in a few words how it is going " +
    "at home and how far the family’s actions have come.",
  "updates.savedFamily":
    "Your update is sent. {studentName}’s teacher will see it at the check-in.",
  "updates.field.progressFamily": "Progress on the family’s actions",
  "updates.noActionsFamily": "The family has no actions of its own on the plan yet.",
  "updates.wentWell": "What went well: {words}",
  "updates.wasHard": "What was hard: {words}",
  "updates.problem.empty":
    "Please write what went well or what was hard, or mark progress on an action.",
  "updates.problem.notYourAction":
    "{field}: you can mark progress only on your own actions that are still on the plan.",
  "updates.problem.noCheckIn":
    "There is no check-in due on this plan, so there is nothing to update.",
  "versions.heading": "Every version of these words",
  "versions.written": "Version {version, number}: written by {name}, {when}",
  "versions.edited": "Version {version, number}: changed by {name}, {when}",
  "versions.retired": "Version {version, number}: taken off the plan by {name}, {when}",
} as const;
