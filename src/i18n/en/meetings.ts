/** Meeting times the teacher proposes and the family chooses, invitations and calendar feeds. */
export const meetings = {
  "meetings.link": "Meeting times",
  "meetings.title": "Meeting times: {studentName}'s plan",
  "meetings.familyIntro":
    "{teacherName} would like to meet with you about {studentName}'s Math Action Plan. " +
    "Choose the time that suits your family, or ask for another one.",
  "meetings.staffIntro":
    "Propose two or three times for the plan meeting. The family chooses one with a single " +
    "tap; then everyone with an email address gets a calendar invitation.",
  "meetings.readerIntro": "The times proposed for the plan meeting, and the one agreed.",
  "meetings.back": "Back to the plan",
  "meetings.none": "No meeting times have been proposed yet.",
  "meetings.proposal.heading": "Times proposed on {day} by {name}",
  "meetings.status.proposed": "Waiting for the family to choose a time.",
  "meetings.status.asked": "The family asked for another time.",
  "meetings.status.agreed": "Agreed: {when}",
  "meetings.status.cancelled": "This meeting is cancelled.",
  "meetings.where.place": "Where: {place}",
  "meetings.where.video": "Join by video",
  "meetings.duration": "{minutes, plural, one {# minute} other {# minutes}}",
  "meetings.zone": "Times are in the school's time zone ({zone}).",
  "meetings.choose.heading": "Which time works for you?",
  "meetings.choose.button": "Choose {when}",
  "meetings.familyNote": "Note from the family: {note}",
  "meetings.another.summary": "None of these times work for us",
  "meetings.another.submit": "Ask for another time",
  "meetings.field.note": "A short note for the teacher",
  "meetings.hint.note": "For example, which days or times suit you. At most {max, number} letters.",
  "meetings.propose.heading": "Propose meeting times",
  "meetings.field.firstTime": "First time",
  "meetings.field.secondTime": "Second time",
  "meetings.field.thirdTime": "Third time (if you like)",
  "meetings.hint.time": "In the school's time zone, {zone}.",
  "meetings.field.place": "Place",
  "meetings.hint.place":
    "A room, or leave empty and give a video link. At most {max, number} characters.",
  "meetings.field.videoLink": "Video link",
  "meetings.hint.videoLink": "Starts with https://",
  "meetings.field.duration": "Length in minutes",
  "meetings.propose.submit": "Send the times to the family",
  "meetings.reschedule.summary": "Move this meeting",
  "meetings.field.newTime": "New time",
  "meetings.reschedule.submit": "Move the meeting and send an update",
  "meetings.cancel.submit": "Cancel the meeting and tell everyone",
  "meetings.saved.proposed": "The times are on their way to the family.",
  "meetings.saved.chosen": "Thank you. The meeting is agreed and invitations are on their way.",
  "meetings.saved.asked": "Thank you. {teacherName} has your note.",
  "meetings.saved.rescheduled": "The meeting has moved. Everyone gets an updated invitation.",
  "meetings.saved.cancelled": "The meeting is cancelled. Everyone is told.",
  "meetings.problem.twoTimes": "Please give at least two different times.",
  "meetings.problem.past": "{field} has to be later than now.",
  "meetings.problem.noTime": "Please choose one of the times proposed.",
  "meetings.problem.notOpen": "This meeting is no longer waiting for a time to be chosen.",
  "meetings.problem.notAgreed": "Only an agreed meeting can be moved or cancelled.",
  "meetings.problem.changed": "The meeting changed in the meantime. Please look at it again.",
  "meetings.event.summary": "Math plan meeting: {studentName}",
  "meetings.event.description":
    "A meeting about {studentName}'s Math Action Plan at {schoolName}, with {teacherName}.",
  "meetings.event.checkIn": "Plan check-in: {studentName}",
  "meetings.event.checkInDescription": "A check-in on the actions of {studentName}'s plan.",
  "meetings.history.proposed": "{name} proposed meeting times.",
  "meetings.history.chosen": "{name} chose the meeting time: {when}.",
  "meetings.history.asked": "{name} asked for another meeting time.",
  "meetings.history.rescheduled": "{name} moved the meeting to {when}.",
  "meetings.history.cancelled": "{name} cancelled the meeting on {when}.",
  "calendar.title": "Your calendar",
  "calendar.link": "Add plan meetings to my calendar",
  "calendar.intro":
    "Your calendar app on your phone or computer can show the agreed plan meetings and the days " +
    "check-ins are due. Give it the private address below, under Add calendar or Subscribe.",
  "calendar.private":
    "Anyone who has this address can see those dates, so keep it to yourself. If it got out, " +
    "reset it: the old address stops working at once.",
  "calendar.create": "Get my calendar address",
  "calendar.reset": "Reset my calendar address",
  "calendar.address": "Your private calendar address",
  "calendar.shownOnce": "It is shown only this once. Copy it into your calendar app now.",
  "calendar.alreadyReset":
    "Your calendar address was already made new from this page, and it is shown only once: " +
    "the address you copied then is the one that works. If you did not copy it, reset it again.",
  "calendar.hasFeed":
    "You made a calendar address on {day}. It is not shown again; reset it to get a new one.",
  "calendar.name": "Math plans: {name}",
  "mail.meeting.proposed.subject": "Choose a time to meet about {studentName}'s math plan",
  "mail.meeting.greeting": "Hello {name},",
  "mail.meeting.proposed.intro":
    "{teacherName} would like to meet with you about {studentName}'s Math Action Plan at " +
    "{schoolName}. These times are possible:",
  "mail.meeting.proposed.open": "Choose a time",
  "mail.meeting.proposed.linkNote":
    "The button signs you in once, within {hours, number} hours. After that, sign in with " +
    "your email address to see the times.",
  "mail.meeting.invitation.subject": "Meeting about {studentName}'s math plan: {when}",
  "mail.meeting.update.subject": "Meeting moved: {studentName}'s math plan, now {when}",
  "mail.meeting.cancel.subject": "Meeting cancelled: {studentName}'s math plan, {when}",
  "mail.meeting.invitation.intro":
    "The meeting about {studentName}'s Math Action Plan at {schoolName} is agreed.",
  "mail.meeting.update.intro":
    "The meeting about {studentName}'s Math Action Plan at {schoolName} has a new time.",
  "mail.meeting.cancel.intro":
    "The meeting about {studentName}'s Math Action Plan at {schoolName} is cancelled.",
  "mail.meeting.when": "When: {when} ({zone})",
  "mail.meeting.calendarNote":
    "Your mail or calendar app can add the meeting from this message, or take it off again.",
  "mail.meeting.footer": "Sent by {schoolName} with Math Action Plans.",
  "meetings.status.withdrawn": "These times were withdrawn; the family no longer sees them.",
  "meetings.times.heading": "Times proposed",
  "meetings.times.chosen": "{when} (the family's choice)",
  "meetings.withdraw.submit": "Withdraw these times",
  "meetings.proposeNew": "Propose new times",
  "meetings.saved.withdrawn": "The times are withdrawn. The family no longer sees them.",
  "meetings.history.withdrawn": "{name} withdrew proposed meeting times.",
  "meetings.problem.skippedTime":
    "{field}: {time} does not exist on {day} in {place}: clocks move forward; choose another time.",
  "mail.meeting.asked.subject":
    "{familyName} asked for another time to meet about {studentName}'s math plan",
  "mail.meeting.asked.intro":
    "{familyName} asked for another time for the meeting about {studentName}'s Math Action " +
    "Plan at {schoolName}. None of the proposed times suits them.",
  "mail.meeting.asked.note": "Their note: {note}",
  "mail.meeting.asked.next":
    "On the meeting page you can withdraw those times and propose new ones.",
};
