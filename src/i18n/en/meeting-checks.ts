/** Agreed meetings on the plan, the days meetings and check-ins may fall on, and cancelling. */
export const meetingChecks = {
  "plans.meetings.agreed": "Agreed: {when}, {where}",
  "plans.meetings.videoCall": "video call",
  "plans.meetings.agreedLink": "Details on the meeting times page",
  "plans.problem.heldDay":
    "{field} must be a day from {earliest} to {latest}: record a meeting once it has happened. " +
    "To plan one ahead, propose times on the meeting times page.",
  "plans.problem.heldTime":
    "{field} is later than now ({now} at the school): record a meeting once it has started. " +
    "To plan one ahead, propose times on the meeting times page.",
  "plans.problem.withinYear": "{field} must be no later than {latest}, a year from today.",
  "plans.meetingCorrection.gone":
    "This meeting record is no longer on the plan: someone removed it while you were " +
    "correcting it.",
  "meetings.hint.duration": "From {min, number} to {max, number} minutes.",
  "meetings.problem.duration":
    "{field} must be a whole number from {min, number} to {max, number}.",
  "meetings.saved.unchanged":
    "The meeting is already at that time. Nothing changed, and no one was sent an update.",
  "meetings.cancel.link": "Cancel this meeting…",
  "meetings.cancel.title": "Cancel this meeting?",
  "meetings.cancel.lead":
    "Everyone invited who has an email address, {studentName}’s family too, is emailed at " +
    "once that the meeting is cancelled, and it leaves their calendars. This cannot be undone: " +
    "to meet another time, propose new times.",
  "meetings.cancel.keep": "Keep the meeting",
  "meetings.saved.replaced":
    "The new times are on their way to the family. The times proposed before are withdrawn.",
  "meetings.status.cancelledAt": "Cancelled: the meeting on {when} does not take place.",
  "meetings.propose.replaces":
    "These times replace the ones {name} proposed on {when}: once you send them, the family " +
    "sees only the new times.",
  "meetings.moved.title": "This meeting was moved meanwhile",
  "meetings.moved.lead":
    "Someone moved this meeting after you opened the page, so your new time is not saved. " +
    "The meeting is now on {when}.",
  "meetings.moved.tryAgain":
    "Your new time is in the form below: send it again to move the meeting there, or keep the " +
    "meeting at the time it has now.",
  "meetings.cancel.changed":
    "This meeting was moved after you opened this page, so nothing was cancelled. It is now " +
    "on {when}: cancel it only if you still mean to.",
  "plans.close.cancelsMeeting":
    "The meeting agreed for {when} is cancelled with the plan, and everyone invited who has an " +
    "email address is told.",
  "meetings.closedIntro":
    "This plan was closed on {day}. Its meetings can no longer be proposed, chosen " +
    "or changed; below is what became of the times proposed.",
  "meetings.status.cancelledWithPlan":
    "Cancelled when the plan was closed: the meeting on {when} does not take place.",
  "meetings.status.withdrawnWithPlan": "These times were withdrawn when the plan was closed.",
  "meetings.history.cancelledWithPlan":
    "{name} closed the plan, which cancelled the meeting on {when}.",
  "meetings.history.withdrawnWithPlan":
    "{name} closed the plan, which withdrew the meeting times still open.",
  "mail.meeting.cancel.planClosed":
    "{studentName}'s Math Action Plan at {schoolName} has been closed, so the " +
    "meeting about it is cancelled.",
  "mail.meeting.cancelCalendarNote":
    "Your mail or calendar app can take the meeting off your calendar from this " + "message.",
  "mail.meeting.update.movedFrom":
    "The meeting about {studentName}'s Math Action Plan at {schoolName} has moved. " +
    "It was on {before}; it is now on {when}.",
  "mail.meeting.proposed.replaces":
    "These times replace the ones you were sent before, which are withdrawn.",
  "mail.meeting.withdrawn.subject": "Meeting times withdrawn: {studentName}'s math plan is closed",
  "mail.meeting.withdrawn.intro":
    "{studentName}'s Math Action Plan at {schoolName} has been closed, so the " +
    "meeting times {teacherName} proposed are withdrawn and there is no time to " +
    "choose:",
  "mail.meeting.withdrawn.next":
    "If you would still like to meet, please get in touch with {teacherName} or the " + "school.",
};
