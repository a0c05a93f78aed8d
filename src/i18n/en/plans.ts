/*
 * Words of the plan pages. Plans describe students by their strengths, never by deficits: an
 * area of improvement is a next step in learning, and prompts ask what a student can do.
 */
const sectionSelect =
  "{section, select, strength {a strength} area {an area of improvement} " +
  "student_action {a student action} teacher_action {a teacher action} " +
  "family_action {a family action} other {a statement}}";

export const plans = {
  "plans.title": "Math Action Plan for {name}",
  "plans.stageIs": "Stage: {stage}",
  "plans.notOnRoster":
    "{name} is no longer on the school's roster (inactive since a roster import). The plan is " +
    "kept as it is: until the roster lists them again, their teachers, their family and {name} " +
    "cannot open it. You can still read it, add to it and close it.",
  "plans.stage.draft": "Draft",
  "plans.stage.shared": "Shared with family",
  "plans.stage.agreed": "Agreed",
  "plans.stage.checking_in": "Checking in",
  "plans.stage.closed": "Closed",
  "plans.nextCheckIn": "Next check-in: {day}",
  "plans.overdue": "Overdue",
  "plans.agreedOn": "Plan agreed on {when}",

  "plans.writtenIn": "Written in {language}",
  "plans.students.overdueHeading":
    "{count, plural, one {# check-in is overdue} other {# check-ins are overdue}}",
  "plans.students.overdueSince": "was due {date}",
  "plans.vision.heading": "Math Vision",
  "plans.vision.empty": "The school has not written its math vision yet.",
  "plans.progressSection.heading": "Mathematics Progress",
  "plans.strengths.heading": "Strengths",
  "plans.strengths.intro":
    "What this student does well in math, seen by the student, the family and the teacher.",
  "plans.areas.heading": "Areas of Improvement",
  "plans.areas.intro":
    "Next steps in learning, each with the strengths that will help the student get there.",
  "plans.areas.helpedBy": "Strengths that will help:",
  "plans.actionPlan.heading": "Action Plan",
  "plans.studentActions.heading": "Student Actions",
  "plans.teacherActions.heading": "Teacher Actions",
  "plans.familyActions.heading": "Family Actions",
  "plans.statements.none": "Nothing here yet.",
  "plans.statements.edited": "(edited)",
  "plans.statements.edit": "Change my words",
  "plans.statements.retire": "Remove",
  "plans.progressIs": "Progress: {progress}",
  "plans.progress.not_started": "Not started",
  "plans.progress.under_way": "Under way",
  "plans.progress.done": "Done",
  "plans.progress.changed": "Changed",

  "plans.add.strength.student": "Add a strength of mine",
  "plans.add.strength.family": "Add a strength we see at home",
  "plans.add.strength.teacher": "Add a strength",
  "plans.add.area.teacher": "Add an area of improvement",
  "plans.add.area.student": "Add something I want to get better at",
  "plans.add.area.family": "Add an area of improvement we see at home",
  "plans.add.studentAction.student": "Add something I will do",
  "plans.add.studentAction.teacher": "Add a student action",
  "plans.add.teacherAction.teacher": "Add a teacher action",
  "plans.add.familyAction.family": "Add something our family will do",
  "plans.add.familyAction.teacher": "Add a family action",
  "plans.add.submit": "Add to the plan",

  "plans.field.section": "Section",
  "plans.field.strength": "Strength",
  "plans.field.area": "Area of improvement",
  "plans.field.studentAction": "Student action",
  "plans.field.teacherAction": "Teacher action",
  "plans.field.familyAction": "Family action",
  "plans.field.helpedBy": "Strengths that will help",
  "plans.field.comment": "Comment",
  "plans.field.commentOn": "Your comment on this",
  "plans.field.prompt": "Question",
  "plans.field.conferenceNote": "What the student said",
  "plans.field.startsAt": "Date and time",
  "plans.field.place": "Place",
  "plans.field.videoLink": "Video link",
  "plans.field.meetingNotes": "Meeting notes",
  "plans.field.attendees": "Who attended",
  "plans.field.firstCheckInOn": "First check-in",
  "plans.field.progress": "Progress on the actions",
  "plans.field.progressOn": "Progress on: {action}",
  "plans.field.checkInNote": "Check-in note",
  "plans.field.nextCheckInOn": "Next check-in",

  "plans.hint.strength.teacher":
    "Something this student is good at, enjoys or is proud of in math. Up to {max, number} " +
    "characters.",
  "plans.hint.strength.student":
    "Something you are good at, enjoy or are proud of in math, in your own words (for example " +
    "“I spot patterns in numbers”). Up to {max, number} characters.",
  "plans.hint.strength.family":
    "Something your child is good at, enjoys or is proud of in math, at home or anywhere (for " +
    "example “counts the change when we shop”). Up to {max, number} characters.",
  "plans.hint.area.teacher":
    "A next step in this student’s learning, said as a goal for them or one you share with them " +
    "(for example “explaining their thinking with fractions”). Up to {max, number} characters.",
  "plans.hint.area.student":
    "Something you want to get better at in math, said as a goal (for example “explain my " +
    "thinking with fractions”). Up to {max, number} characters.",
  "plans.hint.area.family":
    "Something you would like your child to grow in, said as a goal (for example “explaining " +
    "their thinking with fractions”). Up to {max, number} characters.",
  "plans.hint.action":
    "One step someone will take, in their own words. Up to {max, number} characters.",
  "plans.hint.helpedBy": "Choose the strengths on this plan that will help with this step.",
  "plans.hint.noStrengthsYet":
    "Add strengths first; then each area of improvement can name the ones that will help.",
  "plans.hint.comment": "Everyone on this plan can read comments. Up to {max, number} characters.",
  "plans.hint.ownWords":
    "These are your words. The plan’s history keeps what it said before. Up to {max, number} " +
    "characters.",
  "plans.hint.conferenceNote":
    "In the student’s own words where you can. Only staff see conference notes. Up to " +
    "{max, number} characters.",
  "plans.hint.startsAt": "The school’s local time ({zone}).",
  "plans.hint.place":
    "A room, or “phone call”. Give a place, a video link or both. At most {max, number} " +
    "characters.",
  "plans.hint.videoLink": "A web address starting with https://",
  "plans.hint.meetingNotes":
    "Everyone on this plan can read these notes. Up to {max, number} characters.",
  "plans.hint.firstCheckInOn": "Two weeks after today unless you choose another day.",
  "plans.hint.checkInNote":
    "What went well and what changed. Everyone on this plan can read it. Up to {max, number} " +
    "characters.",
  "plans.hint.nextCheckInOn": "Set by the school’s check-in rhythm unless you choose another day.",

  "plans.comment.onStatement": "Comment on this",
  "plans.comment.submit": "Post comment",
  "plans.comments.heading": "Comments",
  "plans.comments.none": "No comments yet.",

  "plans.conference.heading": "Conference notes",
  "plans.conference.staffOnly": "Only staff see these notes. The student and family never do.",
  "plans.conference.none": "No conference notes yet.",
  "plans.conference.guide": "Questions to guide the conversation with the student:",
  "plans.conference.submit": "Save note",
  "plans.prompt.confident": "What do you feel confident about in math?",
  "plans.prompt.proud": "Tell me about a time you were proud of your math thinking.",
  "plans.prompt.hard_problem": "What helps you when a problem is hard?",
  "plans.prompt.get_better": "What do you want to get better at next?",
  "plans.prompt.math_at_home": "Where do you use math at home or outside school?",
  "plans.prompt.none": "Other notes",

  "plans.meetings.heading": "Meetings",
  "plans.meetings.none": "No meeting yet.",
  "plans.meeting.add": "Record a meeting",
  "plans.meeting.submit": "Save meeting",
  "plans.meeting.place": "Place: {place}",
  "plans.meeting.video": "Video link for the meeting",
  "plans.meeting.attended": "Attended: {names}",
  "plans.meeting.attendeeChoice": "{name} ({role})",
  "plans.role.student": "student",
  "plans.role.guardian": "family",
  "plans.role.teacher": "teacher",
  "plans.role.administrator": "school staff",

  "plans.agree.heading": "Agree the plan",
  "plans.agree.intro":
    "When the student, family and teacher have talked the plan through, mark it agreed. That " +
    "schedules the first check-in.",
  "plans.agree.submit": "Mark the plan agreed",

  "plans.checkIns.heading": "Check-ins",
  "plans.checkIns.none": "No check-ins held yet.",
  "plans.checkIn.add": "Record a check-in",
  "plans.checkIn.submit": "Save check-in",

  "plans.close.hint":
    "Close the plan when its work is done. It stays here to read, and a new plan can be started.",
  "plans.close.submit": "Close this plan",
  "plans.close.confirm":
    "A closed plan cannot be opened again. Meeting times the family has not answered yet are " +
    "withdrawn.",
  "plans.close.yes": "Yes, close this plan",

  "plans.share.heading": "Share with family",
  "plans.share.intro": "Send the plan to the family and print sign-in cards.",
  "plans.share.link": "Share this plan with the family",

  "plans.history.heading": "History",
  "plans.history.none": "Nothing has happened on this plan yet.",
  "plans.history.someone": "Someone",
  "plans.history.before": "Before",
  "plans.history.after": "After",
  "plans.event.started": "{name} started the plan.",
  "plans.event.shared": "{name} shared the plan with the family.",
  "plans.event.agreed": "{name} marked the plan agreed. First check-in: {day}.",
  "plans.event.closed": "{name} closed the plan.",
  "plans.event.closedSecondOpenPlan":
    "The app closed this plan when it was updated: the student had another, newer open plan, " +
    "which stays open.",
  "plans.event.statementAdded": `{name} added ${sectionSelect}.`,
  "plans.event.statementEdited": `{name} changed the words of ${sectionSelect}.`,
  "plans.event.statementRetired": `{name} removed ${sectionSelect}.`,
  "plans.event.commentAdded": "{name} added a comment.",
  "plans.event.conferenceNoteAdded": "{name} added a conference note.",
  "plans.event.meetingRecorded": "{name} recorded a meeting on {when}.",
  "plans.event.checkInRecorded":
    "{name} recorded a check-in with progress on " +
    "{count, plural, one {# action} other {# actions}}. Next check-in: {day}.",
  "plans.event.other": "{name} changed the plan.",

  "plans.print.link": "Print layout",
  "plans.print.button": "Print",
  "plans.print.back": "Back to the plan",
  "plans.print.printedOn": "Printed {day}",
  "plans.print.dates": "Meetings and check-ins",
  "plans.print.meeting": "Meeting on {when}",

  "plans.edit.title": "Change your words: {section}",
  "plans.edit.intro": "Only you can change your words. Others can answer them with a comment.",

  "plans.saved.started": "The plan is started. Begin with the student’s strengths.",
  "plans.saved.statement": "Added to the plan.",
  "plans.saved.edited": "Your words are updated.",
  "plans.saved.retired": "Removed from the plan. The history still shows it.",
  "plans.saved.comment": "Your comment is posted.",
  "plans.saved.note": "Conference note saved.",
  "plans.saved.meeting": "Meeting recorded.",
  "plans.saved.agreed": "The plan is agreed and the first check-in is scheduled.",
  "plans.saved.checkIn": "Check-in recorded and the next one scheduled.",
  "plans.saved.closed": "The plan is closed.",

  "plans.students.chooseClass":
    "{count, plural, one {There is # class} other {There are # classes}}: choose one to see " +
    "its students and their plans.",
  "plans.students.studentCount": "{count, plural, one {# student} other {# students}}",
  "plans.students.allClasses": "All classes",
  "plans.students.title": "My students",
  "plans.students.titleAll": "Students",
  "plans.students.noClasses": "There are no classes on the roster for you yet.",
  "plans.students.noStudents": "No students in this class yet.",
  "plans.students.noClass": "Students not in a class",
  "plans.students.student": "Student",
  "plans.students.stage": "Plan stage",
  "plans.students.nextCheckIn": "Next check-in",
  "plans.students.plan": "Plan",
  "plans.students.noPlan": "No plan yet",
  "plans.students.nextYearStage": "{stage}, for next year",
  "plans.students.openPlan": "Open plan",
  "plans.students.viewPlan": "View plan",
  "plans.students.start": "Start a MAP",
  "plans.students.forStudent": "for {name}",
  "plans.students.chooseSchool":
    "{count, plural, one {There is # school} other {There are # schools}}: choose one to see " +
    "its classes.",
  "plans.students.schools": "Schools",
  "plans.students.schoolSize":
    "{classes, plural, one {# class} other {# classes}}, " +
    "{count, plural, one {# student} other {# students}}",
  "plans.students.allSchools": "All schools",
  "plans.students.findClassIntro":
    "{count, plural, one {This school has # class} other {This school has # classes}}, too " +
    "many to list: find one by its title, its class code or its roster id.",
  "plans.students.findClass": "Find a class",
  "plans.students.findClassHint":
    "Type part of its title (such as Math 7), its class code or its roster id (sourcedId).",
  "plans.students.find": "Find",
  "plans.students.classMatches":
    "{count, plural, one {# class matches} other {# classes match}} “{words}”: choose one.",
  "plans.students.moreClassMatches":
    "More than {count, number} classes match “{words}”: choose one of the first " +
    "{count, number} below, or type more of the title.",
  "plans.students.noClassMatches":
    "No class of this school matches “{words}”. Try part of the title, the class code or the " +
    "roster id.",
  "plans.students.notYourSchool":
    "The school in this address is not one of yours (or is no longer on the roster), so its " +
    "classes are not shown. Choose from yours below.",
  "plans.students.overdueCount":
    "{count, plural, one {# check-in overdue} other {# check-ins overdue}}",
  "plans.students.overdueMoreClasses":
    "{count, plural, one {# more class has} other {# more classes have}} overdue check-ins.",
  "plans.students.overdueInClasses":
    "Each class below shows how many of its students have one: a student in several classes " +
    "counts in each.",
  "plans.students.overdueInSchools": "Each school below shows how many of them it has.",

  "plans.problem.day": "{field} must be a date, for example 2025-03-14.",
  "plans.problem.futureDay": "{field} must be a day after today.",
  "plans.problem.dateTime": "{field} must be a date and a time.",
  "plans.problem.link": "{field} must be a web address starting with https://",
  "plans.problem.plainHttpLink":
    "{field} starts with http://, which is not safe for families to open. Please give the " +
    "meeting's address that starts with https:// (video services show one).",
  "plans.problem.placeOrLink": "Please give a place, a video link, or both.",
  "plans.problem.notAnAttendee":
    "{field} can only be the student, their family and their teachers.",
  "plans.problem.strengthGone":
    "{field}: one of the strengths chosen is no longer on the plan. Please choose again.",
  "plans.problem.actionGone":
    "{field}: one of the actions is no longer on the plan. Please look at the plan again.",
  "plans.problem.closed": "This plan is closed, so it cannot change any more.",
  "plans.problem.startedMeanwhile":
    "A plan for this student was started or closed at this same moment. Please try again.",
  "plans.problem.noSchool":
    "This student is not in a school on the roster yet, so a plan cannot start.",
  "plans.problem.notYourSection": "You cannot add to that part of the plan.",
  "plans.problem.notYourWords":
    "Only the person who wrote this can change it. You can add a comment instead.",
  "plans.problem.alreadyAgreed": "This plan has already been agreed.",
  "plans.problem.notAgreedYet": "Check-ins start once the plan is agreed.",
} as const;
