import type { StatementSection, Voice } from "../../src/db/schema.ts";
import type { IdentityView } from "../../src/domain/identity/read-identity.ts";
import type { PlanView, StatementView } from "../../src/domain/plans/read-plan.ts";

/** Statements in every script the PDF must draw, with a line break and an emoji. */
export const multilingual = {
  studentName: "Nguyễn Văn Ánh",
  vision: "Every student sees themself as a mathematician.\nWe reason together, Peñalolén.",
  arabic: "مرحبا أنا أحب الرياضيات وأحل 25 مسألة كل يوم",
  arabicAuthor: "محمد علي",
  hebrew: "שלום אני פותר 12 תרגילים",
  chinese: "我喜欢数学，她会解方程。",
  cyrillicGreek: "Объяснять решение словами — Ελληνικά γράμματα",
  japanese: "毎日、算数の練習をします。",
  korean: "매일 연습해요",
  emoji: "🎉👍🏽",
  conferenceNote: "Sam said fractions feel like puzzles",
};

function statement(
  id: string,
  section: StatementSection,
  body: string,
  voice: Voice,
  authorName: string,
  extra: Partial<StatementView> = {},
): StatementView {
  return {
    id,
    section,
    body,
    language: null,
    voice,
    authorId: `author-${id}`,
    authorName,
    progress: null,
    edited: false,
    version: "1",
    helpedBy: [],
    comments: [],
    ...extra,
  };
}

/** A staff member's view of a plan in many languages; pass staff: null for the family's. */
export function multilingualPlanView(overrides: Partial<PlanView> = {}): PlanView {
  const words = multilingual;

  return {
    plan: {
      id: "plan-1",
      stage: "checking_in",
      version: 3,
      agreed_at: "2025-03-01T15:00:00Z",
      shared_at: "2025-02-25T15:00:00Z",
      closed_at: null,
      archived_at: null,
    },
    student: { id: "student-1", name: words.studentName, onRoster: true },
    school: {
      name: "Escuela Peñalolén",
      mathVision: words.vision,
      mathVisionLocale: null,
      visionTranslations: [],
      ownVision: words.vision,
      timeZone: "America/New_York",
    },
    today: "2025-03-10",
    relationship: "teacher",
    voice: "teacher",
    may: {} as PlanView["may"],
    sections: [],
    statements: [
      statement("s1", "strength", words.arabic, "student", words.arabicAuthor),
      statement("s2", "strength", words.hebrew, "family", "דוד כהן"),
      statement("s3", "strength", words.chinese, "teacher", "王老师"),
      statement("a1", "area", words.cyrillicGreek, "teacher", "Иван Петров", {
        helpedBy: ["s1", "s3"],
      }),
      statement(
        "sa1",
        "student_action",
        `${words.japanese}\n${words.korean} ${words.emoji}`,
        "student",
        "田中 はな",
        { progress: "under_way" },
      ),
      statement(
        "ta1",
        "teacher_action",
        "Ask Ánh to explain one step aloud.",
        "teacher",
        "Ms. Ñúñez",
      ),
      statement("fa1", "family_action", "سنتدرب معا 3 مرات في الأسبوع", "family", "فاطمة"),
    ],
    comments: [],
    meetings: [
      {
        id: "m1",
        startsAt: "2025-02-20T14:00:00Z",
        place: "Room 12",
        videoUrl: null,
        notes: "We agreed on the first steps.",
        attendees: [{ id: "g1", name: "José Pérez", role: "guardian" }],
        version: 1,
      },
    ],
    agreedMeetings: [],
    meetingDays: { earliest: "2023-08-01", latest: "2025-03-11" },
    checkIns: [
      {
        id: "c1",
        dueOn: "2025-03-08",
        heldAt: "2025-03-08T15:00:00Z",
        note: "Practice is going well.",
        recordedByName: "Ms. Ñúñez",
        progress: [
          { statementId: "sa1", section: "student_action", body: words.japanese, progress: "done" },
        ],
      },
    ],
    nextCheckIn: { dueOn: "2025-03-22", overdue: false },
    suggestedCheckInOn: "2025-03-24",
    history: [],
    staff: {
      conferenceNotes: [
        {
          id: "n1",
          prompt: "confident",
          body: words.conferenceNote,
          authorName: "Ms. Ñúñez",
          at: "2025-02-10T15:00:00Z",
        },
      ],
      attendeeChoices: [],
    },
    ...overrides,
  };
}

/** Three identity checks on two statements, one answer kept private ("prefer not to say"). */
export function identityAnswers(visible = true): IdentityView {
  const checks = [
    { id: "k1", on: "2025-02-01", occasion: "start", answers: { i1: 2, i2: 3 }, askedAs: {} },
    { id: "k2", on: "2025-02-20", occasion: "c1", answers: { i1: 3, i2: null }, askedAs: {} },
    { id: "k3", on: "2025-03-08", occasion: "c2", answers: { i1: 5, i2: 4 }, askedAs: {} },
  ];
  const ids = ["i1", "i2"] as const;

  return {
    visible,
    familyMaySee: visible,
    mayAnswer: false,
    statements: [
      { id: "i1", text: "I see myself as a math person.", retired: false, reworded: false },
      { id: "i2", text: "I can explain my thinking in math.", retired: false, reworded: false },
    ],
    checks,
    series: ids.map((statementId) => ({
      statementId,
      answers: checks.map((check) => ({
        on: check.on,
        agreement: check.answers[statementId],
        askedAs: null,
      })),
    })),
  };
}
