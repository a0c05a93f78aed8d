import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/domain/access/actor.ts";
import type { StudentGroup } from "../../src/domain/plans/list-students.ts";
import { translator } from "../../src/i18n/translate.ts";
import { studentsPage } from "../../src/web/views/plan-students.ts";

const teacher: Actor = {
  personId: "teacher-1",
  districtId: "district-1",
  role: "teacher",
  displayName: "Ana Moreno",
  locale: "en",
};

const plan = (id: string, stage: "draft" | "agreed", nextYear: boolean) => ({
  id,
  stage,
  nextYear,
  nextCheckInOn: null,
  overdue: false,
});

describe("a teacher's student list", () => {
  it("tells a draft started for next year from this year's plans", async () => {
    const groups: StudentGroup[] = [
      {
        classId: "class-1",
        classTitle: "Math 4",
        schoolName: "Riverside",
        students: [
          { id: "s-1", name: "Nina Park", plan: plan("p-1", "draft", true) },
          { id: "s-2", name: "Omar Diaz", plan: plan("p-2", "draft", false) },
          { id: "s-3", name: "Sam Lee", plan: plan("p-3", "agreed", false) },
        ],
      },
    ];

    const page = String(
      await studentsPage({ t: translator("en"), locale: "en", actor: teacher, groups }),
    );
    const stages = [...page.matchAll(/data-label="Plan stage">([^<]*)</g)].map((match) => match[1]);

    expect(stages).toEqual(["Draft, for next year", "Draft", "Agreed"]);
  });
});
