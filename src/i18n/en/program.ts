/** The school team's pages: program figures, reflections and team decisions, next year. */
export const program = {
  "program.nav": "Program",
  "program.title": "MAP program",
  "program.intro":
    "How Math Action Plans are going in school year {year}: plans started since August 1 and " +
    "every plan still open.",
  "program.ownClasses": "You see the students of your own classes.",
  "program.filters": "Filter the figures",
  "program.filter.teacher": "Teacher",
  "program.filter.grade": "Grade",
  "program.filter.class": "Class",
  "program.filter.teacherChoice": "{name} ({detail})",
  "program.filter.classChoiceDetail": "{title} ({school}, {detail})",
  "program.filter.any": "All",
  "program.filter.apply": "Show",
  "program.filter.clear": "Clear the filters",
  "program.empty": "No plan matches these filters.",
  "program.filter.outside": "Not in your lists",
  "program.empty.outside":
    "The teacher, class or grade in this address is not in your lists (it belongs to another " +
    "school, or is no longer on the roster), so no plan is counted. Choose one from the lists.",
  "program.filter.school": "School",
  "program.empty.outsideSchool":
    "The school in this address is not one of yours (or is no longer on the roster), so no " +
    "plan is counted. Choose one from the list.",
  "program.filter.teacherHint":
    "Too many to list: type a name or a roster id (sourcedId), or leave it empty for every " +
    "teacher.",
  "program.filter.classHint":
    "Too many to list: type a class title, a class code or a roster id (sourcedId), or leave " +
    "it empty for every class.",
  "program.filter.schoolFirst":
    "Choose a school first to pick from its own list (of up to {count, number}).",
  "program.filter.noTeacher": "No teacher matches “{words}”: the figures are of every teacher.",
  "program.filter.severalTeachers":
    "{count, plural, one {# teacher matches} other {# teachers match}} “{words}”: choose one " +
    "below. Until then the figures are of every teacher.",
  "program.filter.moreTeachers":
    "More than {count, number} teachers match “{words}”: choose one of the first " +
    "{count, number} below, or type more of the name. Until then the figures are of every " +
    "teacher.",
  "program.filter.noClass": "No class matches “{words}”: the figures are of every class.",
  "program.filter.severalClasses":
    "{count, plural, one {# class matches} other {# classes match}} “{words}”: choose one " +
    "below. Until then the figures are of every class.",
  "program.filter.moreClasses":
    "More than {count, number} classes match “{words}”: choose one of the first " +
    "{count, number} below, or type more of the title. Until then the figures are of every " +
    "class.",
  "program.filter.rosterId": "roster id {id}",
  "program.filter.leftOut": "Left out of the filters, as not at {school}: {filters}.",
  "program.filter.leftOut.teacher": "the teacher {name}",
  "program.filter.leftOut.class": "the class {title}",
  "program.filter.leftOut.grade": "grade {grade}",
  "program.intro.afterClose":
    "How Math Action Plans are going in the current school year: plans started since August 1 " +
    "and every plan still open, apart from the plans of a closed year.",
  "program.intro.closedYear":
    "How Math Action Plans went in {year}, a school year an administrator closed: its plans " +
    "are archived and read only.",
  "program.filter.year": "School year",
  "program.year.current": "Current year",
  "program.year.closed": "{year} (closed)",
  "program.empty.currentYear": "No plan has been started in the current school year yet.",
  "program.empty.nextStep":
    "Start this year’s plans: for a whole class at once, or carried forward from a closed plan",
  "program.empty.closedYears":
    "The figures of a closed year are kept: choose it under School year and select Show.",
  "program.empty.closedYear": "No plan belongs to this closed year.",
  "program.stages.title": "Plans by stage",
  "program.stages.chart": "Bar chart of plans by stage. The table gives the same figures.",
  "program.stage": "Stage",
  "program.plans": "Plans",
  "program.total": "All plans",
  "program.byTeacher.title": "Plans by teacher",
  "program.byTeacher.note": "A student in the classes of two teachers counts for both.",
  "program.teacher": "Teacher",
  "program.bySchool.title": "Plans by school",
  "program.bySchool.note":
    "Each plan counts once, at its school. Choose a school to see its teachers.",
  "program.school": "School",
  "program.byTeacher.pages": "Pages of teachers",
  "program.byTeacher.previous": "Previous teachers",
  "program.byTeacher.next": "Next teachers",
  "program.byTeacher.pageOf": "Page {page, number} of {pages, number}",
  "program.byGrade.title": "Plans by grade",
  "program.grade": "Grade",
  "program.grade.none": "No grade",
  "program.checkIns.title": "Check-ins",
  "program.checkIns.overdue": "Overdue",
  "program.checkIns.dueSoon": "Due in the next 7 days",
  "program.checkIns.student": "Student",
  "program.checkIns.due": "Due",
  "program.checkIns.none": "No check-in is overdue or due in the next 7 days.",
  "program.checkIns.first": "The first {count, number} by due day:",
  "program.checkIns.open": "Open the plan",
  "program.families.title": "Families taking part",
  "program.families.chart":
    "Bar chart of the plans whose family took part, by way of taking part. The table gives " +
    "the same figures.",
  "program.families.way": "Way of taking part",
  "program.families.plans": "Plans",
  "program.families.opened": "A family member opened the plan",
  "program.families.wrote": "A family member wrote a strength or an action",
  "program.families.attended": "A family member came to a meeting",
  "program.families.any": "Took part in any of these ways",
  "program.identity.title": "How students see themselves in math",
  "program.identity.intro":
    "Students who answered at two sittings or more: the average answer (1 strongly disagree " +
    "to 5 strongly agree) at their first and at their latest sitting.",
  "program.identity.chart":
    "Line chart of the average answer to each statement at the first and the latest sitting. " +
    "The table gives the same figures.",
  "program.identity.chart.same":
    "{sitting}: the same average for {statements}, {average}: their marks stand side by side.",
  "program.identity.statement": "Statement {n, number}",
  "program.identity.statementColumn": "Statement",
  "program.identity.first": "First sitting",
  "program.identity.latest": "Latest sitting",
  "program.identity.students": "Students",
  "program.identity.up": "Moved up",
  "program.identity.same": "Stayed the same",
  "program.identity.down": "Moved down",
  "program.identity.earlierWording":
    "Reworded meanwhile: {count, plural, one {# student} other {# students}} answered " +
    "earlier words.",
  "program.export.title": "Download the figures",
  "program.export.hint":
    "A CSV file of the figures with the filters chosen. Without names, each person is a " +
    "pseudonymous id that holds within one file only.",
  "program.export.withNames": "CSV with names",
  "program.export.withoutNames": "CSV without names",
  "program.csv.schoolYear": "School year",
  "program.csv.section": "Section",
  "program.csv.group": "Group",
  "program.csv.measure": "Measure",
  "program.csv.value": "Value",
  "program.csv.schoolFilter": "School filter",
  "program.csv.teacherFilter": "Teacher filter",
  "program.csv.gradeFilter": "Grade filter",
  "program.csv.classFilter": "Class filter",
  "program.csv.outside": "Not in your lists: no plan counted",
  "program.csv.fileGrade": "grade {grade}",
  "program.csv.fileOutside": "none matched",
  "program.links.title": "The team's work",
  "program.links.reflections": "Reflections and team decisions",
  "program.links.nextYear": "Next year: start plans",
  "program.links.schoolYear": "Close a school year",

  "reflections.title": "Reflections and team decisions",
  "reflections.intro":
    "Staff only: students and families never see this page. After check-ins each teacher " +
    "writes how a plan or the year went; the team reads them together and records what it " +
    "decided for next year.",
  "reflections.school": "School",
  "reflections.chooseSchool": "Show this school",
  "reflections.year": "School year {year}",
  "reflections.list.title": "Reflections",
  "reflections.none": "No reflection has been written this school year yet.",
  "reflections.onPlan": "On the plan of {name}",
  "reflections.onYear": "On the year",
  "reflections.byAuthor": "{name}, {date}",
  "reflections.write.title": "Write a reflection",
  "reflections.field.plan": "What it is about",
  "reflections.plan.year": "The whole year, not one plan",
  "reflections.plan.hint": "Plans of your students with at least one check-in held.",
  "reflections.field.body": "Reflection",
  "reflections.body.hint": "How did it go? What helped the student, and what would you change?",
  "reflections.save": "Save the reflection",
  "reflections.saved": "The reflection is saved.",
  "reflections.decisions.title": "What the team decided for next year",
  "reflections.decisions.none": "The team has not recorded a decision this school year yet.",
  "reflections.field.decision": "Team decision",
  "reflections.decision.hint": "What will the team keep, change or try next year?",
  "reflections.decision.save": "Record the decision",
  "reflections.decision.saved": "The team decision is recorded.",
  "reflections.problem.noCheckIn":
    "A reflection on a plan comes after its first check-in. Choose another plan or write " +
    "about the year.",

  "nextYear.title": "Next year",
  "nextYear.intro":
    "Start draft plans for a whole class at once, or start a student's new plan from last " +
    "year's closed plan.",
  "nextYear.school": "School",
  "nextYear.pickSchool":
    "{count, plural, one {Your classes are at # school} other {Your classes are at # schools}}: " +
    "choose a school to list its classes.",
  "nextYear.noSchoolChosen": "Choose a school",
  "nextYear.chooseSchool": "Show its classes",
  "nextYear.schoolUnknown":
    "The school in this address is not one of yours (or is no longer on the roster). " +
    "Choose one of the list.",
  "nextYear.class": "Class",
  "nextYear.chooseClass": "Show this class",
  "nextYear.noClasses": "There is no class to start plans for.",
  "nextYear.summary":
    "Students in the class: {students, number}. Already with an open plan: {open, number}.",
  "nextYear.startAll": "Start a draft plan for every student of {title}",
  "nextYear.forNextYear":
    "This school’s year is under way (a plan of it has been shared or agreed): the plans " +
    "started here are next year’s, and closing this year leaves them open.",
  "nextYear.forThisYear":
    "No plan of this school’s current year has been shared or agreed yet: the plans started " +
    "here are this year’s.",
  "nextYear.allHavePlans":
    "Every student of this class already has an open plan: there is no plan to start.",
  "nextYear.noStudents": "This class has no students yet: there is no plan to start.",
  "nextYear.startHint":
    "Students who already have an open plan are skipped. A student with a closed plan starts " +
    "from the latest one, carried forward.",
  "nextYear.started":
    "Started {started, number} ({carried, number} carried forward from a closed plan), " +
    "skipped {skipped, number} (already have a plan).",
  "nextYear.carry.title": "Carry a closed plan forward",
  "nextYear.carry.intro":
    "The new draft keeps the strengths, areas of improvement and actions still on the closed " +
    "plan, in the voice of whoever wrote them, marked as carried forward.",
  "nextYear.carry.none": "No student of this class has a closed plan and no open one.",
  "nextYear.carry.student": "Student",
  "nextYear.carry.closedOn": "Closed",
  "nextYear.carry.button": "Start next year's plan from this one",
  "nextYear.carry.buttonThisYear": "Start a new plan from this one",
  "nextYear.forStudent": "for {name}",
  "nextYear.problem.notClosed": "Only a closed plan can be carried forward.",
  "nextYear.fromPlan": "The plan closed on {date}, which this one started from",
  "nextYear.fromPlanUndated": "The closed plan this one started from",
  "nextYear.carried": "Carried forward from the plan closed on {date}",
  "nextYear.carriedUndated": "Carried forward from a closed plan",
  "nextYear.notCarried":
    "This student already has an open plan, so nothing was carried forward. This is that plan.",
  "program.plansPdf.title": "The plans of a grade as one PDF",
  "program.plansPdf.hint":
    "Each plan starts on a new page. A large grade takes a while to download.",
  "program.plansPdf.link": "Grade {grade}: {count, plural, one {# plan} other {# plans}} (PDF)",
  "program.plansPdf.none": "There are no plans in grade {grade} for you to download.",
  "program.plansPdf.badGrade": "Choose a grade from the list to download its plans.",
} as const;
