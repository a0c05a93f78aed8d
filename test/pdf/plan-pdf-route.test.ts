import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConferenceNote } from "../../src/domain/plans/add-conference-note.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { sharePlanWithFamily } from "../../src/domain/plans/share-plan-with-family.ts";
import { startPlan } from "../../src/domain/plans/start-plan.ts";
import type { EmailParts } from "../../src/mail/outbox.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { dialects } from "../support/databases.ts";
import { actorFor, createClassroom } from "../support/factories.ts";
import { pdfText } from "./pdf-tools.ts";

describe.each(dialects)("downloading a plan as a PDF on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function planWithNote() {
    const room = await createClassroom(testApp.db);
    const deps = { db: testApp.db, clock: testApp.deps.clock };
    const teacher = actorFor(room.teacher);
    const { planId } = await startPlan(deps, teacher, { studentId: room.student.id });
    await addStatement(deps, teacher, planId, {
      section: "strength",
      body: "Explains her thinking with drawings",
      helpedBy: [],
    });
    await addConferenceNote(deps, teacher, planId, {
      prompt: "confident",
      body: "Private words only staff keep",
    });

    return { ...room, planId };
  }

  async function download(planId: string, personId: string) {
    const cookie = await testApp.cookieFor(personId);
    return testApp.request(`/plans/${planId}/plan.pdf`, { cookie });
  }

  it("a teacher downloads the plan as a PDF named after the student", async () => {
    const room = await planWithNote();
    const response = await download(room.planId, room.teacher.id);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Math Action Plan - Sam [^"]*\.pdf"; filename\*=UTF-8''Math%20Action/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Explains her thinking with drawings");
    expect(text).toContain("Private words only staff keep");
  });

  it("a family member's PDF has the plan but never the conference notes", async () => {
    const room = await planWithNote();
    const response = await download(room.planId, room.guardian.id);

    expect(response.status).toBe(200);
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Explains her thinking with drawings");
    expect(text).not.toContain("Private words only staff keep");
    expect(text).not.toContain("Conference notes");
  });

  it("a student's PDF leaves the conference notes out too", async () => {
    const room = await planWithNote();
    const response = await download(room.planId, room.student.id);

    expect(response.status).toBe(200);
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).not.toContain("Private words only staff keep");
  });

  it("someone who may not see the plan gets no PDF", async () => {
    const room = await planWithNote();
    const other = await createClassroom(testApp.db);
    const response = await download(room.planId, other.guardian.id);

    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).not.toBe("application/pdf");
  });

  it("the family's plan-shared email carries the plan as a PDF in their language, no notes", async () => {
    const room = await planWithNote();
    await testApp.db
      .updateTable("people")
      .set({ email: "gloria@example.org", preferred_locale: "es" })
      .where("id", "=", room.guardian.id)
      .execute();

    await sharePlanWithFamily(testApp.deps, actorFor(room.teacher), room.planId, {
      guardianIds: [room.guardian.id],
    });

    const email = await testApp.db
      .selectFrom("outbox_emails")
      .select(["attachments_json"])
      .where("to_address", "=", "gloria@example.org")
      .executeTakeFirstOrThrow();
    const parts = JSON.parse(email.attachments_json ?? "{}") as EmailParts;
    const [pdf] = parts.attachments;
    expect(pdf?.contentType).toBe("application/pdf");
    expect(pdf?.filename).toMatch(/^Plan de Acción de Matemáticas - Sam .*\.pdf$/);
    const text = pdfText(Buffer.from(pdf?.contentBase64 ?? "", "base64"));
    expect(text).toContain("Fortalezas");
    expect(text).toContain("Explains her thinking with drawings");
    expect(text).not.toContain("Private words only staff keep");
  });
});
