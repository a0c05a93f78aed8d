import path from "node:path";
import { fileURLToPath } from "node:url";

/** The parts one can explore the demo school as. */
export const demoRoles = ["administrator", "teacher", "student", "guardian"] as const;
export type DemoRole = (typeof demoRoles)[number];

/** Who plays each part: their sourcedId in demo/roster/users.csv. */
export const demoCast: Record<DemoRole, string> = {
  administrator: "demo-admin",
  teacher: "demo-teacher",
  student: "demo-student-lucia",
  guardian: "demo-guardian-maria",
};

export const demoSchoolSourceId = "demo-school";
export const demoDistrictName = "Riverside Demo District";

const demoFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../demo");

/** The OneRoster export the demo school is imported from, like any school's roster. */
export const demoRosterFolder = path.join(demoFolder, "roster");

/** The demo's Math Vision and the words each voice writes on the demo plan. */
export const demoPlanFile = path.join(demoFolder, "plan.json");
