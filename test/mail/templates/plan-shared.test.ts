import { describe, expect, it } from "vitest";
import { withoutIsolates } from "../../../src/lib/bidi-isolate.ts";
import { renderEmail } from "../../../src/mail/templates/layout.ts";
import {
  type PlanSharedContent,
  planSharedEmail,
} from "../../../src/mail/templates/plan-shared.ts";

const link = "https://maps.school.example/sign-in/link?token=abc123&next=%2Fplans%2Fp-1";

const content: PlanSharedContent = {
  guardianName: "Thị Hoa Nguyễn",
  studentName: "Linh",
  teacherName: "Rosa Rivera",
  schoolName: "Trường Sông Hồng",
  mathVision: "Every student is a mathematician.\nWe explain & <listen>.",
  strengths: [
    { body: "I spot patterns in numbers", voice: "student" },
    { body: "Measures carefully <when> we cook", voice: "family" },
  ],
  areas: [
    {
      body: "Adding fractions",
      voice: "teacher",
      helpedBy: ["I spot patterns in numbers", "Measures carefully <when> we cook"],
    },
  ],
  link,
  linkLifetimeHours: 72,
};

describe("the plan-shared email", () => {
  it("greets the family member by name and gives their link a line of its own", async () => {
    const email = await planSharedEmail(null, content);

    expect(email.subject).toBe("Linh’s Math Action Plan from Trường Sông Hồng");
    expect(withoutIsolates(email.text)).toContain("Dear Thị Hoa Nguyễn,");
    expect(email.text).toContain(`\n${link}\n`);
    expect(email.text).toContain("72 hours");
    expect(email.html).toContain(`href="${link.replace("&", "&amp;")}"`);
  });

  it("shows the family the school's vision and whose words each strength is", async () => {
    const email = await planSharedEmail(null, content);
    const text = withoutIsolates(email.text);

    expect(text).toContain("    Every student is a mathematician.\n    We explain & <listen>.");
    expect(text).toContain("* I spot patterns in numbers\n  (In Linh’s words)");
    expect(text).toContain("* Measures carefully <when> we cook\n  (In the family’s words)");
    expect(text).toContain(
      "* Adding fractions\n  (In the teacher’s words)\n" +
        "  (Strengths that help: I spot patterns in numbers and Measures carefully <when> we cook)",
    );
  });

  it("escapes what people wrote, so a family never receives markup from a plan", async () => {
    const email = await planSharedEmail(null, content);

    expect(email.html).toContain("We explain &amp; &lt;listen&gt;.");
    expect(email.html).toContain("Measures carefully &lt;when&gt; we cook");
    expect(email.html).not.toContain("<listen>");
    expect(email.html).not.toContain("<when>");
  });

  it("tells a screen reader the language of the email", async () => {
    const vietnamese = await planSharedEmail("vi", content);
    const arabic = await planSharedEmail("ar", content);
    // German is not a language of the app, so the email is English and says so.
    const german = await planSharedEmail("de", content);

    expect(vietnamese.html).toContain('<html lang="vi" dir="ltr">');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(german.html).toContain('<html lang="en" dir="ltr">');
  });

  it("sets names and people's words apart from the sentence, in both parts", async () => {
    const arabic = {
      ...content,
      guardianName: "Mary Jones (Molly)",
      studentName: "ليلى حداد",
      strengths: [
        {
          body: 'Layla explains her reasoning (with diagrams). Ask: "why 3/4?"',
          voice: "teacher" as const,
        },
      ],
    };
    const email = await planSharedEmail("ar", arabic);

    // Text mail has no markup: the Unicode isolates FSI ... PDI around each name and each strength.
    expect(email.text).toContain("\u2068Mary Jones (Molly)\u2069");
    expect(email.text).toContain("\u2068ليلى حداد\u2069");
    expect(email.text).toContain(
      '* \u2068Layla explains her reasoning (with diagrams). Ask: "why 3/4?"\u2069',
    );
    expect(email.text).toContain("    \u2068Every student is a mathematician.\u2069");
    expect(email.html).toContain("<bdi>Mary Jones (Molly)</bdi>");
    expect(email.html).toContain("<bdi>ليلى حداد</bdi>");
    expect(email.html).toContain('<blockquote dir="auto"');
    expect(email.html).not.toMatch(/[\u2066-\u2069]/);
    // The subject is a header a mailbox search must find the name in, as it is spelled.
    expect(email.subject).not.toMatch(/[\u2066-\u2069]/);
    expect(email.subject).toContain("ليلى حداد");
  });

  it("says so when the plan has no strengths written yet", async () => {
    const email = await planSharedEmail(null, { ...content, strengths: [], areas: [] });

    expect(email.text).toContain("No strengths are written yet.");
    expect(email.text).toContain("No areas of improvement are written yet.");
  });
});

describe("the email layout", () => {
  it("sets right-to-left direction for a family reading Arabic", async () => {
    const email = await renderEmail({
      locale: "ar",
      subject: "خطة الرياضيات",
      preview: "خطة",
      blocks: [{ kind: "paragraph", text: "مرحبا" }],
      footer: "—",
    });

    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain("<title>خطة الرياضيات</title>");
  });
});
