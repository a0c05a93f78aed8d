/** The emails the app writes, and the Sent mail pages where an administrator reads them. */
export const mail = {
  "mail.linkFallback": "If the button does not work, copy this address into your browser:",
  "mail.checkInReminder.subject":
    "Check-in {when, select, today {today} other {tomorrow}}: {studentName}’s Math Action Plan",
  "mail.checkInReminder.preview":
    "{studentName}’s check-in is {when, select, today {today} other {tomorrow}}, {date}.",
  "mail.checkInReminder.title":
    "A check-in on {studentName}’s plan {when, select, today {today} other {tomorrow}}",
  "mail.checkInReminder.greeting": "Hello {name},",
  "mail.checkInReminder.intro":
    "{studentName}’s Math Action Plan has a check-in on {date}. It is a time to look together at " +
    "how the actions are going and change them if they need it.",
  "mail.checkInReminder.update":
    "Before then you can send a short update from the plan: what went well and what was hard.",
  "mail.checkInReminder.open": "Open {studentName}’s plan",
  "mail.checkInReminder.footer":
    "You receive this because you are part of {studentName}’s Math Action Plan at {schoolName}.",
  "mail.planShared.subject": "{studentName}’s Math Action Plan from {schoolName}",
  "mail.planShared.title": "{studentName}’s Math Action Plan",
  "mail.planShared.preview": "{teacherName} shared {studentName}’s Math Action Plan with you.",
  "mail.planShared.greeting": "Dear {guardianName},",
  "mail.planShared.intro":
    "{teacherName} at {schoolName} shared {studentName}’s Math Action Plan with you. It says " +
    "what {studentName} does well in math and what to work on next. Please read it and add " +
    "your own words: what you see at home, and how you would like to help.",
  "mail.planShared.open": "Open {studentName}’s plan",
  "mail.planShared.attached": "The plan is also attached as a PDF, to keep or to print.",
  "mail.planShared.linkNote":
    "This link is for you alone, so please do not forward this email. It works once, within " +
    "{hours, number} hours. Opening it does not sign you in: the page that opens has a button " +
    "for that. If the link no longer works, ask {teacherName} for a new one.",
  "mail.planShared.vision": "Our school’s Math Vision",
  "mail.planShared.progress": "Mathematics Progress",
  "mail.planShared.strengths": "Strengths",
  "mail.planShared.noStrengths": "No strengths are written yet.",
  "mail.planShared.areas": "Areas of improvement",
  "mail.planShared.noAreas": "No areas of improvement are written yet.",
  "mail.planShared.inVoice":
    "{voice, select, student {In {studentName}’s words} family {In the family’s words} " +
    "other {In the teacher’s words}}",
  "mail.planShared.helpedBy": "Strengths that help: {strengths}",
  "mail.planShared.footer":
    "{schoolName} sent this email through Math Action Plans because {teacherName} shared " +
    "{studentName}’s plan with you.",
  "outbox.title": "Sent mail",
  "outbox.intro": "Every email the app has written for your district, newest first.",
  "outbox.keptNotice":
    "No mail server is set up (SMTP_URL), so emails are kept here instead of being sent. " +
    "Open an email to pass its link on to the person, for example by phone or on paper.",
  "outbox.empty": "No mail has been written yet.",
  "outbox.caption": "Emails of your district",
  "outbox.to": "To",
  "outbox.subject": "Subject",
  "outbox.status": "Status",
  "outbox.time": "Written",
  "outbox.sentAt": "Sent",
  "outbox.attempts": "Attempts",
  "outbox.lastError": "Last answer from the mail server",
  "outbox.statusName":
    "{status, select, pending {Waiting to be sent} sending {Being sent} sent {Sent} " +
    "failed {Not delivered} kept {Kept here} other {{status}}}",
  "outbox.pages": "Pages of sent mail",
  "outbox.older": "Older mail",
  "outbox.newer": "Newer mail",
  "outbox.email.title": "Email to {name}",
  "outbox.email.back": "Back to Sent mail",
  "outbox.email.text": "Plain text",
  "outbox.email.html": "As the recipient sees it",
  "outbox.email.htmlHint":
    "Shown without its colours and with links turned off, so that nothing in it can run here.",
  "outbox.email.frameTitle": "The email {subject}, formatted",
} as const;
