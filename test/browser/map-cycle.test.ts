import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectAccessible,
  launchBrowser,
  type RunningApp,
  startRunningApp,
} from "../support/browser.ts";

/*
 * The whole cycle of a Math Action Plan, steps 1 to 8, as the four people who walk it: on a
 * fresh install, with a real OneRoster export, every page checked with axe-core.
 */

/** About forty pages, each scanned with axe-core, on a busy two-core machine. */
const walkTimeout = 480_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const fullExport = path.join(
  here,
  "../../../shared/data/oneroster/catalyst-moodle-enrol_oneroster/v1p1_Test_full_data_set",
);
/** What a school's SIS sends next: one enrollment, Mary Jones joins John Doe's class. */
const deltaExport = path.join(here, "fixtures/mary-joins-physics");
/** README's pictures are refreshed on request (UPDATE_SCREENSHOTS=1); other runs keep theirs aside. */
const imagesFolder = process.env.UPDATE_SCREENSHOTS
  ? path.join(here, "../../docs/images")
  : path.join(here, "../../test-results");

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

const timeZone = "America/Chicago";
const adminEmail = "renee.okafor@lincoln.example";
const vision =
  "Every student at our school is a mathematician: we notice patterns, explain our thinking " +
  "and learn from mistakes.";

const words = {
  teacherStrength: "Mary spots patterns in tables of numbers quickly.",
  area: "Explain each step when solving equations with fractions.",
  teacherAction: "Meet Mary at lunch on Tuesdays to talk through one fraction problem.",
  conferenceNote: "I like it when numbers make a pattern and I can guess the next one.",
  studentStrength: "I am good at mental math with money.",
  studentAction: "I will explain one homework problem out loud to my dad each week.",
  familyStrength: "Mary works out the change when we shop at the market.",
  familyAction: "We will cook on Sundays and let Mary measure and double the recipe.",
  familyComment: "Thank you. Mary is excited about this plan.",
  meetingNotes: "We read the plan together and everyone agreed to it.",
  checkInNote: "Mary explained two problems at home; the lunch talks went well.",
};

/** A calendar day at the school, some days from today there, as YYYY-MM-DD. */
function dayAtSchool(daysFromToday: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + daysFromToday);

  return day.toISOString().slice(0, 10);
}

/** A day as an English reader sees it on the plan, e.g. "Mar 4, 2025". */
const readable = (day: string) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

const csvFilesOf = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".csv"))
    .map((name) => path.join(folder, name));

describe("a Math Action Plan from a fresh install to its first check-in, in a browser", () => {
  let running: RunningApp;
  let browser: Browser;
  /**
   * Content Security Policy refusals seen on any page: each would break that page in use. A kept
   * email's inline styles are refused on purpose (its frame takes the page's policy), so Sent
   * mail's email pages are left out.
   */
  const refusals: string[] = [];

  beforeAll(async () => {
    running = await startRunningApp("sqlite");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function newPage(options: BrowserContextOptions = {}) {
    const page = await (await browser.newContext(options)).newPage();
    page.on("console", (message) => {
      const keptEmail = new URL(page.url()).pathname.startsWith("/outbox/");
      if (message.text().includes("Content Security Policy") && !keptEmail) {
        refusals.push(`${page.url()}: ${message.text()}`);
      }
    });

    return page;
  }

  const at = (pathname: string) => `${running.baseUrl}${pathname}`;

  it(
    "a teacher, a student and a family member write Mary's plan together and check in on it",
    async () => {
      const admin = await setUpTheSchool();
      await importTheRoster(admin);
      const teacher = await signInTheTeacher(admin);
      const { planId, maryId } = await startThePlan(teacher);
      await addStudentVoice(teacher, { planId, maryId });
      const family = await shareWithTheFamily({ teacher, admin, planId });
      await addFamilyVoice(family, planId);
      await meetAndAgree(teacher, planId);
      await checkIn(teacher);
      await printThePlan(teacher, planId);

      expect(refusals).toEqual([]);
    },
    walkTimeout,
  );

  /** Step 1: the first visit goes to setup; the administrator writes the Math Vision. */
  async function setUpTheSchool() {
    const page = await newPage();
    await page.goto(at("/"));
    expect(new URL(page.url()).pathname).toBe("/setup");
    await expectAccessible(page);

    await page.getByLabel("School name").fill("Lincoln Elementary");
    await page.getByLabel("Time zone").selectOption(timeZone);
    await page.getByLabel("Given name").fill("Renée");
    await page.getByLabel("Family name").fill("Okafor");
    await page.getByLabel("Email").fill(adminEmail);
    await page.getByLabel("Password", { exact: true }).fill("counting on all of us");
    await page.getByLabel("Password again").fill("counting on all of us");
    await submit(page, page.getByRole("button", { name: "Create the school" }));
    expect(new URL(page.url()).pathname).toBe("/school");
    await expect(page.locator(".signed-in").textContent()).resolves.toContain("Renée Okafor");
    await expectAccessible(page);

    await page.getByLabel("Math Vision", { exact: true }).fill(vision);
    await submit(page, page.getByRole("button", { name: "Save" }));
    await expect(page.getByRole("status").textContent()).resolves.toContain("saved");
    await expect(page.getByLabel("Math Vision", { exact: true }).inputValue()).resolves.toBe(
      vision,
    );
    await expectAccessible(page);

    return page;
  }

  /** Step 2: a real bulk export, then the small delta that enrolls Mary in John's class. */
  async function importTheRoster(admin: Page) {
    await mainMenu(admin).getByRole("link", { name: "Roster" }).click();
    await admin.waitForURL(at("/roster"));
    await expectAccessible(admin);

    await uploadExport(admin, csvFilesOf(fullExport));
    await expect(admin.getByRole("status").textContent()).resolves.toContain(
      "The export was imported.",
    );
    const counts = await admin.getByRole("listitem").allTextContents();
    expect(counts).toEqual(
      expect.arrayContaining(["2 teachers", "3 students", "1 family member", "1 family link"]),
    );
    await expect(
      admin.getByRole("heading", { name: /\d+ warnings: imported, but worth a look/ }).count(),
    ).resolves.toBe(1);
    await expect(admin.getByRole("cell", { name: /holds passwords/ }).count()).resolves.toBe(1);
    await expectAccessible(admin);

    await admin.getByRole("link", { name: "Import another export" }).click();
    await admin.waitForURL(at("/roster"));
    const earlier = admin.getByRole("row").filter({ hasText: "Imported" });
    await expect(earlier.textContent()).resolves.toContain("1 family link");
    await expectAccessible(admin);
    await uploadExport(admin, csvFilesOf(deltaExport));
    await expect(admin.getByRole("status").textContent()).resolves.toContain(
      "The export was imported.",
    );
    await expect(admin.getByRole("listitem").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["0 students", "1 enrollment"]),
    );
    await expectAccessible(admin);
  }

  async function uploadExport(admin: Page, files: string[]) {
    const before = admin.url();
    await admin.getByLabel(/The export/).setInputFiles(files);
    await admin.getByRole("button", { name: "Check and import" }).click();
    await admin.waitForURL(
      (url) => url.href !== before && /^\/roster\/imports\/[0-9a-f-]{36}$/.test(url.pathname),
    );
  }

  /** Step 3, first half: John asks for a link; with no mail server, it waits in Sent mail. */
  async function signInTheTeacher(admin: Page) {
    const teacher = await newPage();
    await teacher.goto(at("/sign-in"));
    await expectAccessible(teacher);
    const linkForm = teacher.locator('form[action="/sign-in/link-request"]');
    await linkForm.getByLabel("Email").fill("john.doe@myschool.com");
    await submit(teacher, linkForm.getByRole("button", { name: "Email me a sign-in link" }));
    await expect(teacher.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Check your email",
    );
    await expectAccessible(teacher);

    const link = await readLinkInSentMail(admin, {
      to: "john.doe@myschool.com",
      subject: "Your sign-in link for Math Action Plans",
    });
    await teacher.goto(link);
    await expectAccessible(teacher);
    await submit(teacher, teacher.getByRole("button", { name: "Sign in" }));
    expect(new URL(teacher.url()).pathname).toBe("/students");
    await expect(teacher.locator(".signed-in").textContent()).resolves.toContain("John Doe");

    return teacher;
  }

  /** The administrator opens Sent mail and reads the link an email carries. */
  async function readLinkInSentMail(admin: Page, email: { to: string; subject: string }) {
    await mainMenu(admin).getByRole("link", { name: "Sent mail" }).click();
    await admin.waitForURL(at("/outbox"));
    await expectAccessible(admin);

    const row = admin.getByRole("row").filter({ hasText: email.to });
    await row.getByRole("link", { name: email.subject }).first().click();
    await admin.waitForURL(/\/outbox\/[0-9a-f-]{36}$/);
    await expect(admin.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      email.subject,
    );
    await expectAccessibleWithEmail(admin);

    const text = (await admin.locator("pre.email-text").textContent()) ?? "";
    const link = /http:\/\/localhost:\d+\/sign-in\/link\?token=\S+/.exec(text)?.[0];
    expect(link, `a sign-in link in the email to ${email.to}`).toBeDefined();

    return link ?? "";
  }

  /**
   * axe-core cannot run inside the email's frame, which may run no script (it waits there in
   * vain), so the page is checked beside the frame and the email's own markup on a page of its own.
   */
  async function expectAccessibleWithEmail(page: Page) {
    const results = await new AxeBuilder({ page }).exclude("iframe.email-frame").analyze();
    const found = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
    expect(found, `accessibility violations on ${page.url()}`).toEqual([]);

    const markup = (await page.locator("iframe.email-frame").getAttribute("srcdoc")) ?? "";
    const email = await newPage();
    await email.setContent(markup);
    await expectAccessible(email);
    await email.context().close();
  }

  /** Step 3, second half: John starts Mary's MAP and writes the teacher's parts. */
  async function startThePlan(teacher: Page) {
    await expectAccessible(teacher);
    const mary = teacher.getByRole("row").filter({ hasText: "Mary Jones" });
    await expect(mary.getByRole("cell").nth(0).textContent()).resolves.toBe("No plan yet");
    await expect(
      teacher.getByRole("heading", { name: "Introduction to Physics" }).count(),
    ).resolves.toBe(1);

    const start = mary.locator('form[action^="/students/"]');
    const maryId = /^\/students\/([^/]+)\/plans$/.exec(
      (await start.getAttribute("action")) ?? "",
    )?.[1];
    await submit(teacher, start.getByRole("button", { name: "Start a MAP for Mary Jones" }));
    const planId = /^\/plans\/([0-9a-f-]{36})$/.exec(new URL(teacher.url()).pathname)?.[1] ?? "";
    expect(planId).not.toBe("");
    await expect(teacher.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Math Action Plan for Mary Jones",
    );
    await expectStage(teacher, "Draft");
    // The roster names the school: the one made at setup took the export's org and its name.
    await expect(teacher.locator("main > .stage").textContent()).resolves.toContain(
      "History Department",
    );
    await expect(teacher.locator("#vision .vision-text").textContent()).resolves.toBe(vision);
    await expectAccessible(teacher);

    await addToPlan(teacher, {
      summary: "Add a strength",
      label: "Strength",
      body: words.teacherStrength,
    });
    await addToPlan(teacher, {
      summary: "Add an area of improvement",
      label: "Area of improvement",
      body: words.area,
      helpedBy: words.teacherStrength,
    });
    await expect(teacher.locator(".helped-by").textContent()).resolves.toContain(
      words.teacherStrength,
    );
    await addToPlan(teacher, {
      summary: "Add a teacher action",
      label: "Teacher action",
      body: words.teacherAction,
    });
    await addConferenceNote(teacher);

    return { planId, maryId: maryId ?? "" };
  }

  async function addConferenceNote(teacher: Page) {
    const notes = teacher.locator("#conference-notes");
    await notes.getByLabel("Question").selectOption("confident");
    await notes.getByLabel("What the student said").fill(words.conferenceNote);
    await submit(teacher, notes.getByRole("button", { name: "Save note" }));

    await expect(teacher.getByRole("status").textContent()).resolves.toBe("Conference note saved.");
    await expect(teacher.locator("#conference-notes .notes").textContent()).resolves.toContain(
      words.conferenceNote,
    );
    await expectAccessible(teacher);
  }

  /** Step 4: John makes Mary a sign-in card; Mary signs in on a phone and writes her parts. */
  async function addStudentVoice(teacher: Page, plan: { planId: string; maryId: string }) {
    const { planId } = plan;
    const cardLink = await makeSignInCard(teacher, plan);
    const mary = await newPage(phone);
    await mary.goto(cardLink);
    await expect(mary.locator("main").textContent()).resolves.toContain("Mary");
    await expectAccessible(mary);
    await submit(mary, mary.getByRole("button", { name: "Sign in" }));
    expect(new URL(mary.url()).pathname).toBe("/my-plans");
    await expect(mary.locator(".signed-in").textContent()).resolves.toContain("Mary Jones");
    await expect(mary.locator(".plans .stage").textContent()).resolves.toBe("Draft");
    await expect(mary.locator(".plans .hint").textContent()).resolves.toMatch(
      /^School year \d{4}-\d{4} · Started by John Doe ·/,
    );
    await expectAccessible(mary);

    await mary.getByRole("link", { name: /Plan started/ }).click();
    await mary.waitForURL(at(`/plans/${planId}`));
    await expect(mary.getByRole("heading", { name: "Conference notes" }).count()).resolves.toBe(0);
    await expect(mary.getByText(words.conferenceNote).count()).resolves.toBe(0);
    await expectStatement(mary, words.teacherStrength, { voice: "Teacher", author: "John Doe" });
    await expectAccessible(mary);

    await addToPlan(mary, {
      summary: "Add a strength of mine",
      label: "Strength",
      body: words.studentStrength,
    });
    await addToPlan(mary, {
      summary: "Add something I will do",
      label: "Student action",
      body: words.studentAction,
    });
    await expectStatement(mary, words.studentStrength, { voice: "Student", author: "Mary Jones" });
    await expectStatement(mary, words.studentAction, { voice: "Student", author: "Mary Jones" });
    await expect(mary.getByText(words.conferenceNote).count()).resolves.toBe(0);
  }

  /**
   * The card's link, read from the printable card as the teacher sees it; the card is opened
   * from the plan's share page, and the printed card leads back there.
   */
  async function makeSignInCard(teacher: Page, plan: { planId: string; maryId: string }) {
    const backToSharing = { name: "Back to sharing Mary Jones’s plan" };
    await teacher.goto(at(`/plans/${plan.planId}/share`));
    await submit(teacher, teacher.getByRole("link", { name: "Sign-in card for Mary Jones" }));
    expect(new URL(teacher.url()).pathname).toBe(`/people/${plan.maryId}/card`);
    await expect(teacher.getByRole("link", backToSharing).count()).resolves.toBe(1);
    await expectAccessible(teacher);
    await submit(teacher, teacher.getByRole("button", { name: "Make a sign-in card" }));
    await expect(
      teacher.getByRole("img", { name: "QR code that opens the sign-in link for Mary" }).count(),
    ).resolves.toBe(1);
    await expectAccessible(teacher);
    const cardLink = (await teacher.locator(".card-link a").textContent()) ?? "";

    await submit(teacher, teacher.getByRole("link", backToSharing));
    expect(new URL(teacher.url()).pathname).toBe(`/plans/${plan.planId}/share`);

    return cardLink;
  }

  /** Step 5: John shares the plan; Thomas opens the emailed link on his phone. */
  async function shareWithTheFamily(options: { teacher: Page; admin: Page; planId: string }) {
    const { teacher, admin, planId } = options;
    await teacher.goto(at(`/plans/${planId}`));
    await expectStatement(teacher, words.studentAction, {
      voice: "Student",
      author: "Mary Jones",
    });
    await expectAccessible(teacher);
    await teacher.getByRole("link", { name: "Share this plan with the family" }).click();
    await teacher.waitForURL(at(`/plans/${planId}/share`));
    await expectAccessible(teacher);

    const thomas = teacher.getByLabel("Thomas Jones (thomas.jones@testemail.com)");
    await expect(thomas.isChecked()).resolves.toBe(true);
    await submit(teacher, teacher.getByRole("button", { name: "Send the plan by email" }));
    await expect(teacher.getByRole("status").textContent()).resolves.toContain(
      "The plan is on its way to 1 family member.",
    );
    await expectAccessible(teacher);

    const link = await readLinkInSentMail(admin, {
      to: "thomas.jones@testemail.com",
      subject: "Mary Jones’s Math Action Plan from History Department",
    });
    return openEmailedLink(link, planId);
  }

  async function openEmailedLink(link: string, planId: string) {
    const family = await newPage(phone);
    await family.goto(link);
    await expect(family.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Finish signing in",
    );
    await expect(family.locator(".signed-in").count()).resolves.toBe(0);
    await expect(family.context().cookies()).resolves.toEqual([]);
    await expectAccessible(family);

    await submit(family, family.getByRole("button", { name: "Sign in" }));
    expect(family.url()).toBe(at(`/plans/${planId}`));
    await expect(family.locator(".signed-in").textContent()).resolves.toContain("Thomas Jones");

    return family;
  }

  /** Step 5, continued: Thomas reads the plan and adds what the family sees and will do. */
  async function addFamilyVoice(family: Page, planId: string) {
    await expectStage(family, "Shared with family");
    await expect(family.locator("#vision .vision-text").textContent()).resolves.toBe(vision);
    await expectStatement(family, words.studentStrength, {
      voice: "Student",
      author: "Mary Jones",
    });
    await expect(family.getByText(words.conferenceNote).count()).resolves.toBe(0);
    await expectAccessible(family);

    await addToPlan(family, {
      summary: "Add a strength we see at home",
      label: "Strength",
      body: words.familyStrength,
    });
    await addToPlan(family, {
      summary: "Add something our family will do",
      label: "Family action",
      body: words.familyAction,
    });
    await expectStatement(family, words.familyAction, { voice: "Family", author: "Thomas Jones" });

    await family
      .locator("#comments")
      .getByLabel("Comment", { exact: true })
      .fill(words.familyComment);
    await submit(family, family.locator("#comments").getByRole("button", { name: "Post comment" }));
    expect(new URL(family.url()).pathname).toBe(`/plans/${planId}`);
    const comment = family.locator("#comments .comment").filter({ hasText: words.familyComment });
    await expect(comment.locator(".voice").textContent()).resolves.toBe("Family");
    await expectAccessible(family);
  }

  /** Step 6: John records the meeting and marks the plan agreed; check-in in two weeks. */
  async function meetAndAgree(teacher: Page, planId: string) {
    await teacher.goto(at(`/plans/${planId}`));
    await expectStatement(teacher, words.familyStrength, {
      voice: "Family",
      author: "Thomas Jones",
    });
    // Yesterday afternoon: a meeting is recorded once it has started, whenever the test runs.
    const meetingDay = dayAtSchool(-1);
    const form = openForm(teacher, "Record a meeting");
    await form.locator("summary").click();
    await form.getByLabel("Date and time").fill(`${meetingDay}T15:30`);
    await form.getByLabel("Place").fill("Room 2-B");
    for (const attendee of [
      "Mary Jones (student)",
      "Thomas Jones (family)",
      "John Doe (teacher)",
    ]) {
      await form.getByLabel(attendee).check();
    }
    await form.getByLabel("Meeting notes").fill(words.meetingNotes);
    await expectAccessible(teacher);
    await submit(teacher, form.getByRole("button", { name: "Save meeting" }));

    const meeting = teacher.locator("#meetings .meeting");
    await expect(meeting.textContent()).resolves.toMatch(
      new RegExp(`${readable(meetingDay)}, 3:30\\sPM`),
    );
    await expect(meeting.textContent()).resolves.toContain("Place: Room 2-B");
    await expect(meeting.textContent()).resolves.toContain(
      "Attended: John Doe, Mary Jones, Thomas Jones",
    );
    await expectAccessible(teacher);

    const firstCheckIn = teacher.getByLabel("First check-in");
    await expect(firstCheckIn.inputValue()).resolves.toBe(dayAtSchool(14));
    await submit(teacher, teacher.getByRole("button", { name: "Mark the plan agreed" }));
    await expect(teacher.getByRole("status").textContent()).resolves.toBe(
      "The plan is agreed and the first check-in is scheduled.",
    );
    await expectStage(teacher, "Agreed");
    await expectNextCheckIn(teacher, dayAtSchool(14));
    await expectAccessible(teacher);
  }

  /** Step 7: progress on each action and a note; the next check-in three weeks out. */
  async function checkIn(teacher: Page) {
    const form = openForm(teacher, "Record a check-in");
    await form.locator("summary").click();
    const progress = [
      [words.studentAction, "under_way"],
      [words.teacherAction, "done"],
      [words.familyAction, "under_way"],
    ] as const;
    for (const [action, value] of progress) {
      await form.getByLabel(`Progress on: ${action}`).selectOption(value);
    }
    await form.getByLabel("Check-in note").fill(words.checkInNote);
    const next = form.getByLabel("Next check-in");
    await expect(next.inputValue()).resolves.toBe(dayAtSchool(14));
    await next.fill(dayAtSchool(21));
    await expectAccessible(teacher);
    await submit(teacher, form.getByRole("button", { name: "Save check-in" }));

    await expectStage(teacher, "Checking in");
    const held = teacher.locator("#check-ins .check-in");
    await expect(held.textContent()).resolves.toContain(words.checkInNote);
    await expect(held.textContent()).resolves.toContain("John Doe");
    const recorded = await held.getByRole("listitem").allTextContents();
    expect(recorded.sort()).toEqual(
      [
        `${words.studentAction}: Under way`,
        `${words.teacherAction}: Done`,
        `${words.familyAction}: Under way`,
      ].sort(),
    );
    await expectProgress(teacher, words.teacherAction, "Done");
    await expectProgress(teacher, words.familyAction, "Under way");
    await expectNextCheckIn(teacher, dayAtSchool(21));
    await expectHistory(teacher);
    await expectAccessible(teacher);
  }

  async function expectHistory(teacher: Page) {
    const history = (await teacher.locator("#history li").allTextContents()).map((entry) =>
      entry.replace(/\s+/g, " ").trim(),
    );
    const happened = [
      "John Doe started the plan.",
      "John Doe added a strength.",
      "John Doe added an area of improvement.",
      "John Doe added a teacher action.",
      "John Doe added a conference note.",
      "Mary Jones added a strength.",
      "Mary Jones added a student action.",
      "John Doe shared the plan with the family.",
      "Thomas Jones added a strength.",
      "Thomas Jones added a family action.",
      "Thomas Jones added a comment.",
      `John Doe recorded a meeting on ${readable(dayAtSchool(-1))}`,
      `John Doe marked the plan agreed. First check-in: ${readable(dayAtSchool(14))}.`,
      "John Doe recorded a check-in with progress on 3 actions. Next check-in: " +
        `${readable(dayAtSchool(21))}.`,
    ];

    expect(history).toHaveLength(happened.length);
    happened.forEach((event, index) => {
      expect(history[index], `history entry ${index + 1}`).toContain(event);
    });
  }

  /** Step 8: the plan on paper, in the practice's order, and the pictures for the README. */
  async function printThePlan(teacher: Page, planId: string) {
    fs.mkdirSync(imagesFolder, { recursive: true });
    await teacher.setViewportSize({ width: 1000, height: 800 });
    await teacher.goto(at(`/plans/${planId}`));
    await expectAccessible(teacher);
    await teacher.screenshot({ path: path.join(imagesFolder, "plan.png"), fullPage: true });

    await teacher.getByRole("link", { name: "Print layout" }).click();
    await teacher.waitForURL(at(`/plans/${planId}/print`));
    const headings = await teacher.locator("article").getByRole("heading").allTextContents();
    expect(headings).toEqual([
      "Math Action Plan for Mary Jones",
      "Math Vision",
      "Mathematics Progress",
      "Strengths",
      "Areas of Improvement",
      "Action Plan",
      "Student Actions",
      "Teacher Actions",
      "Family Actions",
      "Meetings and check-ins",
      "Check-ins",
    ]);
    await expectPrintedWords(teacher);
    await expectAccessible(teacher);

    // On paper (a US Letter page's width), without the menu and the Print button.
    await teacher.setViewportSize({ width: 816, height: 1056 });
    await teacher.emulateMedia({ media: "print" });
    await expect(teacher.getByRole("button", { name: "Print" }).isVisible()).resolves.toBe(false);
    await expect(teacher.getByRole("navigation", { name: "Main" }).isVisible()).resolves.toBe(
      false,
    );
    await teacher.screenshot({ path: path.join(imagesFolder, "plan-print.png"), fullPage: true });
  }

  async function expectPrintedWords(teacher: Page) {
    const printed = teacher.locator("article");
    await expect(printed.locator(".vision-text").textContent()).resolves.toBe(vision);
    for (const [body, voice] of [
      [words.teacherStrength, "Teacher"],
      [words.studentStrength, "Student"],
      [words.familyStrength, "Family"],
      [words.area, "Teacher"],
      [words.studentAction, "Student"],
      [words.teacherAction, "Teacher"],
      [words.familyAction, "Family"],
    ] as const) {
      const statement = printed.locator(".statement").filter({
        has: teacher.locator(".statement-body").getByText(body, { exact: true }),
      });
      await expect(statement.locator(".voice").textContent()).resolves.toBe(voice);
    }
    await expect(printed.textContent()).resolves.not.toContain(words.conferenceNote);
    await expect(printed.textContent()).resolves.toContain(
      `Next check-in: ${readable(dayAtSchool(21))}`,
    );
  }
});

/** Presses a button that posts a form and waits for the page it leads to, same address or not. */
async function submit(page: Page, button: Locator) {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await button.click();
  await navigated;
  await page.waitForLoadState();
}

const mainMenu = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** One of the folded "add" forms of a plan page, found by the words on its summary. */
function openForm(page: Page, summary: string) {
  return page
    .locator("details")
    .filter({ has: page.locator("summary").getByText(summary, { exact: true }) });
}

/** Adds a statement through its folded form and checks the plan shows it in its place. */
async function addToPlan(
  page: Page,
  statement: { summary: string; label: string; body: string; helpedBy?: string },
) {
  const form = openForm(page, statement.summary);
  await form.locator("summary").click();
  await form.getByLabel(statement.label, { exact: true }).fill(statement.body);
  if (statement.helpedBy) await form.getByLabel(statement.helpedBy, { exact: true }).check();
  await submit(page, form.getByRole("button", { name: "Add to the plan" }));

  await expect(page.getByRole("status").textContent()).resolves.toBe("Added to the plan.");
  await expect(
    page.locator(".statement-body").getByText(statement.body, { exact: true }).count(),
  ).resolves.toBe(1);
  await expectAccessible(page);
}

/** A statement on the plan page carries the badge of whose voice it is and the author's name. */
async function expectStatement(
  page: Page,
  body: string,
  said: { voice: "Student" | "Family" | "Teacher"; author: string },
) {
  const statement = page.locator("li.statement").filter({
    has: page.locator(".statement-body").getByText(body, { exact: true }),
  });
  await expect(statement.locator(".said-by .voice").textContent()).resolves.toBe(said.voice);
  await expect(statement.locator(".said-by .author").textContent()).resolves.toBe(said.author);
}

async function expectProgress(page: Page, action: string, progress: string) {
  const statement = page.locator("li.statement").filter({
    has: page.locator(".statement-body").getByText(action, { exact: true }),
  });
  await expect(statement.locator(".progress").textContent()).resolves.toBe(`Progress: ${progress}`);
}

/** The line under the stage that says when the next check-in is due. */
async function expectNextCheckIn(page: Page, day: string) {
  await expect(page.locator("main > .stage + p").textContent()).resolves.toMatch(
    new RegExp(`^Next check-in: ${readable(day)}\\s*$`),
  );
}

async function expectStage(page: Page, stage: string) {
  await expect(page.locator("main > .stage").textContent()).resolves.toMatch(
    new RegExp(`^Stage: ${stage}\\s`),
  );
}
