/** First run, the demo school, school settings and the start pages. */
export const school = {
  "home.title": "Welcome",
  "home.intro":
    "A Math Action Plan is written together by a student, their family and their teacher: the " +
    "student's strengths in mathematics, what to work on next, and what each of them will do to " +
    "help.",
  "home.signIn": "Sign in",
  "home.exploreDemo": "Explore the demo school",

  "myPlans.title": "My plans",
  "myPlans.yours": "Your plans",
  "myPlans.child": "Plans for {name}",
  "myPlans.none": "There is no plan yet. Your teacher will start one with you.",
  "myPlans.noneForChild": "There is no plan for {name} yet. The teacher will start one.",
  "myPlans.noChildren":
    "No student is linked to your account yet. Please ask the school to add you as a family " +
    "member.",
  "myPlans.plan": "Plan started {date}",
  "myPlans.schoolYear": "School year {year}",
  "myPlans.startedBy": "Started by {name}",

  "setup.title": "Set up your school",
  "setup.intro":
    "Welcome. Create your school and your own administrator account. Afterwards you can write " +
    "the school's Math Vision and import your roster.",
  "setup.schoolLegend": "Your school",
  "setup.adminLegend": "You, the first administrator",
  "setup.field.schoolName": "School name",
  "setup.field.timeZone": "Time zone",
  "setup.hint.timeZone": "Meetings and check-ins are shown in this time zone.",
  "setup.field.givenName": "Given name",
  "setup.field.familyName": "Family name",
  "setup.field.email": "Email",
  "setup.hint.email": "Sign-in links and messages for you are sent here.",
  "setup.field.password": "Password",
  "setup.hint.password": "At least 10 characters. A short sentence is easy to remember.",
  "setup.field.passwordAgain": "Password again",
  "setup.submit": "Create the school",
  "setup.passwordsDiffer": "The two passwords are not the same. Please type them again.",
  "setup.alreadyDone": "This school is already set up. Please sign in.",
  "setup.demoTitle": "Just looking?",
  "setup.demoIntro":
    "Load a demo school with made-up students, families, a teacher and a plan, then explore it " +
    "as each of them.",
  "setup.demoSubmit": "Load a demo school to explore",

  "demo.title": "Explore as…",
  "demo.intro":
    "This is a demo school: every person in it is made up. Sign in as any of them to see the app" +
    " as they do.",
  "demo.warning":
    "Anyone who opens this app can sign in as these people, so do not enter real students' " +
    "information here.",
  "demo.role.administrator": "The administrator",
  "demo.role.teacher": "The teacher",
  "demo.role.student": "A student",
  "demo.role.guardian": "A family member",
  "demo.about.administrator": "Keeps the school settings and the roster and sees every student.",
  "demo.about.teacher": "Sees the students of two classes and writes plans with them.",
  "demo.about.student": "Sees and adds to their own plan.",
  "demo.about.guardian": "Sees and adds to their child's plan.",
  "demo.signInAs": "Sign in as {name}",

  "school.title": "School settings",
  "school.intro": "These settings apply to every plan at {name}.",
  "school.saved": "The school settings are saved.",
  "school.welcome":
    "Your school is ready. Start with its Math Vision: what learning mathematics at your school " +
    "should be like for every student.",
  "school.others": "Schools of the district",
  "school.field.name": "School name",
  "school.translations.legend": "The Math Vision in families' languages",
  "school.translations.hint":
    "Families who read one of these languages see your translation on their plan and in emails; " +
    "leave a box empty to show the vision above. People's own words in plans are never " +
    "translated.",
  "school.field.visionIn": "Math Vision in {language}",
  "school.field.mathVision": "Math Vision",
  "school.hint.mathVision":
    "A short text shown at the top of every plan. Up to 2,000 characters; line breaks are kept.",
  "school.field.timeZone": "Time zone",
  "school.field.cadence": "Days between check-ins",
  "school.hint.cadence": "From 1 to 90. New check-ins are planned this many days apart.",
  "school.cadenceRange": "{field} must be a whole number from 1 to 90.",
  "school.visionTitle": "The Math Vision as plans show it",
  "school.noVision": "No Math Vision yet.",
} as const;
