/*
 * Families' rights and the school's duties: a child's records to download, the audit trail of
 * who looked at a plan, closing a school year and deleting a student's records on request.
 */
export const records = {
  "records.title": "{name}’s records",
  "records.titleSelf": "My records",
  "records.intro":
    "Everything this app holds about {name}: their details, school and classes, the family " +
    "members linked to them, every plan with its statements, comments, meetings, check-ins " +
    "and history, and when sign-in cards were made or stopped.",
  "records.notIncluded":
    "Not included: the teachers’ conference notes, which are their working notes, and other " +
    "people’s contact details. Ask the school if you want to see anything else.",
  "records.json": "Download the records as a data file (JSON)",
  "records.pdf": "Download the records as a readable document (PDF)",
  "records.link": "{name}’s records",
  "records.linkSelf": "My records",
  "records.adminTools": "For administrators",

  "records.pdf.title": "Records of {name}",
  "records.pdf.made": "Made on {date}",
  "records.pdf.details": "Details",
  "records.pdf.name": "Name: {name}",
  "records.pdf.email": "Email: {email}",
  "records.pdf.grades": "Grades: {grades}",
  "records.pdf.schools": "School: {names}",
  "records.pdf.classes": "Classes: {names}",
  "records.pdf.family": "Family members: {names}",
  "records.pdf.none": "none",
  "records.pdf.plan": "Plan started on {date} · {stage}",
  "records.pdf.archived": "Archived with the school year {label}",
  "records.pdf.retired": "(removed from the plan)",
  "records.pdf.cards": "Sign-in cards",
  "records.pdf.card": "Made on {made}{stopped, select, none {} other {, stopped on {stopped}}}",
  "records.pdf.noPlans": "No plans yet.",
  "records.pdf.proposals": "Meeting times offered",
  "records.pdf.updates": "Updates before check-ins",
  "records.pdf.identity": "Math identity answers",
  "records.pdf.identityKept":
    "The student keeps their math identity answers to themself, so they are not in this copy.",
  "records.pdf.versions": "Earlier wordings",

  "records.archived.banner":
    "This plan belongs to a closed school year. It is archived: everyone on it can still read " +
    "and print it, but nobody can change it.",
  "records.archived.refused":
    "This plan belongs to a closed school year, so it can be read but no longer changed.",

  "records.audit.title": "Audit trail",
  "records.audit.intro":
    "Every view and change of a student’s plan or records: who, what, when and from which " +
    "address. Nobody can change or delete these entries.",
  "records.audit.student": "Student",
  "records.audit.person": "Person",
  "records.audit.from": "From day",
  "records.audit.to": "To day",
  "records.audit.page": "Page",
  "records.audit.anyStudent": "Any student",
  "records.audit.anyone": "Anyone",
  "records.audit.show": "Show entries",
  "records.audit.export": "Download these entries as CSV",
  "records.audit.count": "{count, plural, one {# entry} other {# entries}}",
  "records.audit.none": "No entries match.",
  "records.audit.caption": "Audit entries, newest first",
  "records.audit.when": "When",
  "records.audit.who": "Who",
  "records.audit.what": "What",
  "records.audit.address": "From address",
  "records.audit.deleted": "(deleted student)",
  "records.audit.action.view": "Viewed",
  "records.audit.action.change": "Changed",
  "records.audit.action.studentDeleted": "Deleted a student’s records",
  "records.audit.action.yearClosed": "Closed a school year",
  "records.audit.action.yearPlanClosed": "Closed a plan with its school year",
  "records.audit.action.yearPlanArchived": "Archived a closed plan with its school year",
  "records.audit.action.classPlanStarted": "Started plans for a whole class",
  "records.audit.action.classPlanCarried":
    "Started plans for a whole class, this one carried forward from a closed plan",
  "records.audit.action.planCarried": "Carried a closed plan forward into a new plan",
  "records.audit.action.gradePlansDownloaded": "Downloaded a whole grade’s plans as one PDF",
  "records.audit.role.administrator": "administrator",
  "records.audit.role.teacher": "teacher",
  "records.audit.role.student": "student",
  "records.audit.role.guardian": "family member",
  "records.audit.previous": "Previous page",
  "records.audit.next": "Next page",
  "records.audit.pageOf": "Page {page, number} of {pages, number}",
  "records.audit.studentHint":
    "Type a name or a roster id (sourcedId); leave it empty for any student.",
  "records.audit.personHint": "Type a name or a roster id (sourcedId); leave it empty for anyone.",
  "records.audit.rosterId": "roster id {id}",
  "records.audit.problem.dayOrder":
    "{field} is before the From day, so no entry could match: choose a later day.",
  "records.audit.problem.unknownStudent": "No student of this district has the id “{id}”.",
  "records.audit.problem.unknownPerson": "No one in this district has the id “{id}”.",
  "records.audit.problem.noStudent": "No student in the audit trail matches “{words}”.",
  "records.audit.problem.noPerson": "No one in the audit trail matches “{words}”.",
  "records.audit.problem.severalStudents":
    "{count, plural, one {# student matches} other {# students match}} “{words}” in the " +
    "audit trail: choose one below.",
  "records.audit.problem.severalPeople":
    "{count, plural, one {# person matches} other {# people match}} “{words}” in the audit " +
    "trail: choose one below.",
  "records.audit.problem.moreStudents":
    "More than {count, number} students in the audit trail match “{words}”: choose one of the " +
    "first {count, number} below, or type more of the name.",
  "records.audit.problem.morePeople":
    "More than {count, number} people in the audit trail match “{words}”: choose one of the " +
    "first {count, number} below, or type more of the name.",
  "records.problem.day": "{field} must be a real date, written as YYYY-MM-DD.",

  "records.year.title": "School years",
  "records.year.intro":
    "Closing a school year closes every plan of the school that is still open and archives " +
    "every plan of that year: they stay readable and printable, and nobody can change them. " +
    "New plans can then be started for the new year.",
  "records.year.nextYearNote":
    "Plans started from “Next year” once a plan of the school’s current year has been shared " +
    "or agreed stay open, for every student: after the close they are the new year’s plans.",
  "records.year.closeHeading": "Close the school year",
  "records.year.school": "School",
  "records.year.label": "Name of the year",
  "records.year.labelHint": "For example 2025–2026. Up to {max, number} characters.",
  "records.year.openedAt": "When this page was opened",
  "records.year.confirm": "I understand that every plan of this year becomes read only",
  "records.year.submit": "Close the school year",
  "records.year.openPlans":
    "{count, plural, one {# plan is} other {# plans are}} in the current year of {school}.",
  "records.year.closed":
    "{label} is closed: {archived, plural, one {# plan} other {# plans}} archived, " +
    "{closed, plural, one {# of them} other {# of them}} closed just now.",
  "records.year.history": "Closed years",
  "records.year.none": "No school year has been closed yet.",
  "records.year.nothingToClose":
    "Nothing to close: the current year of this school has no plans. It may have just been " +
    "closed; see Closed years.",
  "records.year.labelUsed":
    "This school already closed a year named {label}: see Closed years. Give this year " +
    "another name.",
  "records.year.closedMeanwhile":
    "This school’s year was closed as {label} after this page was opened, so the plans in it " +
    "now belong to the new year and stay as they are. To close the new year, open School " +
    "years again.",
  "records.year.name": "Year",
  "records.year.closedOn": "Closed on",
  "records.year.archivedCount": "Plans archived",
  "records.problem.confirm": "Please tick “{field}” to confirm.",
  "records.problem.openedAt":
    "“{field}” is not a real date and time up to now, so the form was changed on its way. " +
    "Open School years again and close the year from there.",
  "records.problem.yearNumber": "“{field}” must include the year’s number, for example 2025–2026.",
  "records.problem.yearSpan":
    "In “{field}”, the second year must be the one after the first, for example 2025–2026.",

  "records.delete.title": "Delete {name}’s records",
  "records.delete.intro":
    "When a family asks, the school can delete everything this app holds about a student: " +
    "their person record, plans, statements, comments, conference notes, meetings, check-ins, " +
    "sign-in cards, family links and the emails sent about them. This cannot be undone. The " +
    "audit trail keeps only counts, with no name or id.",
  "records.delete.holds":
    "The app holds {plans, plural, one {# plan} other {# plans}} and " +
    "{statements, plural, one {# statement} other {# statements}} for this student.",
  "records.delete.backups":
    "Backups made before today still contain the records until they are replaced; backups " +
    "made from now on do not. Remove the student from the roster too, or the next import " +
    "brings them back.",
  "records.delete.name": "Student’s full name",
  "records.delete.nameHint": "To confirm, type it as shown: {name}",
  "records.delete.submit": "Delete the student’s records for good",
  "records.delete.link": "Delete this student’s records",
  "records.delete.done":
    "The student’s records were deleted: {plans, plural, one {# plan} other {# plans}} and " +
    "{statements, plural, one {# statement} other {# statements}}.",
  "records.problem.nameMismatch": "{field} must match the name shown, letter for letter.",
} as const;
