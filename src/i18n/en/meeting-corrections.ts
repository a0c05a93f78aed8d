/** Correcting a recorded meeting, or removing one recorded by mistake. */
export const meetingCorrections = {
  "plans.meeting.correct": "Correct",
  "plans.meeting.remove": "Remove",
  "plans.meeting.corrected": "Corrected",
  "plans.meetingCorrection.title": "Correct the meeting record",
  "plans.meetingCorrection.intro":
    "Change what was recorded wrongly. The plan’s history keeps what the record said before, " +
    "who corrected it and when.",
  "plans.meetingCorrection.submit": "Save the correction",
  "plans.meetingConflict.title": "This meeting record changed while you were correcting it",
  "plans.meetingConflict.lead":
    "Someone saved a change to this meeting record after you opened it. Your correction is not " +
    "saved yet: compare the two, then save the record you want to keep.",
  "plans.meetingConflict.yours": "What you typed",
  "plans.meetingConflict.current": "The record on the plan now",
  "plans.meetingConflict.mergeHint":
    "Your correction is in the form below. Bring in anything from the record on the plan now " +
    "that you want to keep, then save.",
  "plans.meetingConflict.removalLead":
    "This meeting record changed after you opened the page, so nothing was removed. Here it is " +
    "as it is now: remove it only if it is still a mistake.",
  "plans.meetingRemoval.title": "Remove this meeting record?",
  "plans.meetingRemoval.lead":
    "Remove a meeting only if it was recorded by mistake: on the wrong plan, or a meeting that " +
    "did not happen. It leaves the plan, the family’s view and the program’s figures, with its " +
    "notes and who attended. The plan’s history will say that you removed a meeting record, " +
    "and when.",
  "plans.meetingRemoval.correctInstead":
    "If only its time, place, attendees or notes are wrong, correct it instead.",
  "plans.meetingRemoval.submit": "Remove the meeting record",
  "plans.saved.meetingCorrected":
    "Meeting record corrected. The history keeps what it said before.",
  "plans.saved.meetingRemoved": "Meeting record removed. The history shows that it was removed.",
  "plans.event.meetingCorrected": "{name} corrected the record of the meeting on {when}.",
  "plans.event.meetingRemoved": "{name} removed the record of the meeting on {when}.",
  "plans.meetingVersions.heading": "Every version of this meeting record",
  "plans.meetingVersions.recorded": "Version {version}, recorded by {name} on {when}",
  "plans.meetingVersions.corrected": "Version {version}, corrected by {name} on {when}",
  "plans.meetingVersions.when": "Meeting on {when}",
  "plans.meetingVersions.video": "Video link: {link}",
  "records.pdf.meetingVersions": "Earlier versions of corrected meetings",
};
