import { describe, expect, it } from "vitest";
import { catalogFor, translator } from "../../src/i18n/translate.ts";
import { languageNameInSentence } from "../../src/lib/intl-formats.ts";
import { writtenIn } from "../../src/web/views/plan-format.ts";

/*
 * The Spanish catalog speaks to every reader as tú (students, families and staff alike), as
 * most of it always has, also when a page or email is about the whole family: it is one family
 * member who reads it. These are the usted and ustedes forms the catalog once mixed in.
 */
const ustedForms = [
  /\busted\b/iu,
  /\b(Su|su) (cuenta|calendario|texto|corrección|dirección privada|aplicación de)\b/u,
  /(^|[.:;,] )(Elija|elija|Escriba|escriba|Pida|Marque|Guarde|Vuelva|vuelva|Añada|Quite)\b/u,
  /\b(inténtelo|cópiela|cópielas|restablézcala|compare|regrese|quítelo|corríjala)\b/iu,
  /\b(proponga|indique|revísela|registre|detenga|configure|restaure|consulte|escríbalo)\b/iu,
  /\b(déjelo|dele|pruebe|Dé otro|Ha entrado|Ha salido|Si entró|Recibe este|Si quiere)\b/u,
  /\b(ustedes|Elijan|elijan|Pidan|pidan|Escriban|escriban)\b/u,
  /\b(les convienen?|le llegó|Su nota|su nota|maestro o la maestra)(?!\p{L})/u,
];

describe("the words families, students and staff read", () => {
  it("Spanish speaks to each reader as tú, never switching to usted", () => {
    const spanish: Record<string, string> = catalogFor("es");
    const usted = Object.entries(spanish).filter(([, text]) =>
      ustedForms.some((form) => form.test(text)),
    );

    expect(usted.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it("Spanish on family and student pages reads as written in Spanish, not word for word", () => {
    // Phrases a Spanish-speaking tester found carried over from the English sentence.
    const wordForWord = [
      /entre sus maestros y su persona/u,
      /necesita otra mirada/u,
      /el enlace te hace entrar/u,
      /Pertenezco a mi clase/u,
      /si tú lo dices abajo/u,
      /cuánto han avanzado/u,
      /Enviar de nuevo las reemplaza/u,
      /Nada que cambiar/u,
      /hijo o hija creciera/u,
      /Cuenta lo que/u,
      /una vez en que/u,
      /llegan en el idioma/u,
      /con Math Action Plans/u,
    ];
    const spanish: Record<string, string> = catalogFor("es");
    const literal = Object.entries(spanish).filter(([, text]) =>
      wordForWord.some((phrase) => phrase.test(text)),
    );

    expect(literal.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(translator("es")("identity.section.hidden", { name: "Ana" })).toBe(
      "Estas respuestas son solo para Ana y sus maestros.",
    );
  });

  it("Arabic gives no man's verb to a named person, as a woman teacher read it", () => {
    // The app does not know a person's gender: a verb or participle that agrees with the name
    // ("شارك {teacherName}", "اقترحه {name}", "أنت مسجّل") would be wrong for half its readers.
    const verbs =
      "بدأ|شارك|اعتمد|أغلق|أضاف|غيّر|أزال|سجّل|صحّح|اقترح|اختار|طلب|ألغى|سحب|يودّ|يحتفظ|كتب|أجاب";
    const verbBeforeName = new RegExp(
      `(^|[\\s{(،:])(${verbs})(ها|ه)? \\{(name|teacherName|familyName|guardianName)\\}`,
      "u",
    );
    const arabic: Record<string, string> = catalogFor("ar");
    const agreeing = Object.entries(arabic).filter(
      ([, text]) => verbBeforeName.test(text) || /أنت مسجّل/u.test(text),
    );

    expect(agreeing.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    const shared = translator("ar")("mail.planShared.preview", {
      teacherName: "سلمى",
      studentName: "ريم",
    });
    expect(shared).toBe("وصلتك من سلمى خطة العمل في الرياضيات الخاصة بـريم.");
  });

  it("Arabic speaks to students and families in words that fit a girl as well as a boy", () => {
    // What a student or family member reads: a sentence telling them what to do, or about the
    // student, must not take a man's form (اختر, تريد, بياناته). A button in the reader's own
    // voice ("احفظ إجاباتي", "أضف نقطة قوة لديّ") speaks to the app and may stay as it is, and a
    // role named as a noun (طالب, معلم in the audit trail) is the role's name, not the person.
    const readByStudentsAndFamilies =
      /^(identity\.(check|consent|scale|section\.answer)|updates\.|myPlans\.|records\.(intro|notIncluded|pdf\.identityKept)|plans\.(hint\.\w+\.(student|family)|hint\.action|prompt\.|unsaved\.|conflict\.|removed\.)|signIn\.|signInEmail\.|card\.(open|scan|failed)|mail\.(linkFallback|checkInReminder|planShared)|demo\.about\.)/u;
    // "You" in a man's form reads like "she" or "it": "تودّ الأسرة", the family wishes, is fine.
    const mansForms = [
      "اختر|أجب|أخبر|عد|عُد|اطلب|اسأل|اضغط|امسح|افتح|انسخ|تحقّق|أكمل|سجّل|حدّثني",
      "تريد|تودّ|تطلب|تُحسنه|تكتب|تتمكن|تحفظ|تسجّل|تشعر|تستخدم|تحررها|يُحسنه",
      "متأكدًا|بياناته|مدرسته|بإجاباته|طفله|خطته",
    ].join("|");
    const mansWord = new RegExp(
      `(^|[\\s«(،:.])(${mansForms})(?=[\\s،.:»)؟]|$)(?! (الأسرة|العائلة|المدرسة))`,
      "u",
    );
    const arabic: Record<string, string> = catalogFor("ar");
    const forMen = Object.entries(arabic).filter(
      ([key, text]) => readByStudentsAndFamilies.test(key) && mansWord.test(text),
    );

    expect(forMen.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(arabic["identity.scale.3"]).toBe("لا أعرف بعد");
    const t = translator("ar");
    expect(t("records.intro", { name: "ريم" })).toMatch(
      /^كل ما يحفظه هذا التطبيق عن ريم: البيانات /,
    );
  });

  it("Arabic names what someone did in the audit trail as a noun, not a man's verb", () => {
    const t = translator("ar");
    const actions = [
      "view",
      "change",
      "yearClosed",
      "yearPlanClosed",
      "yearPlanArchived",
      "classPlanStarted",
      "planCarried",
      "gradePlansDownloaded",
    ] as const;

    expect(actions.map((action) => t(`records.audit.action.${action}`))).toEqual([
      "اطّلاع",
      "تغيير",
      "إغلاق عام دراسي",
      "إغلاق خطة مع إغلاق عامها الدراسي",
      "أرشفة خطة مغلقة مع إغلاق عامها الدراسي",
      "بدء خطط جميع طلاب الفصل معًا",
      "مواصلة خطة مغلقة في خطة جديدة",
      "تنزيل خطط صف دراسي كامل في ملف PDF واحد",
    ]);
  });

  it("Vietnamese calls a video link Liên kết video on every form and page", () => {
    const vietnamese: Record<string, string> = catalogFor("vi");
    const otherWord = Object.entries(vietnamese).filter(([, text]) => /đường dẫn/iu.test(text));

    expect(otherWord.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect([vietnamese["meetings.field.videoLink"], vietnamese["plans.field.videoLink"]]).toEqual([
      "Liên kết video",
      "Liên kết video",
    ]);
  });

  it("an email names the app as the screens in its language do, not in English", () => {
    const english = translator("en")("app.name");
    const untranslated = (["es", "vi", "zh", "ar"] as const).flatMap((locale) => {
      const catalog: Record<string, string> = catalogFor(locale);
      if (catalog["app.name"] === english) return [];

      return Object.entries(catalog)
        .filter(([key, text]) => /^(mail|signInEmail)\./u.test(key) && text.includes(english))
        .map(([key]) => `${locale} ${key}`);
    });

    expect(untranslated).toEqual([]);
  });

  it("a form's label quoted inside a sentence keeps the sentence readable", () => {
    const t = translator("en");

    expect(t("field.required", { field: t("identity.admin.field.en") })).toBe(
      "Please fill in “The statement in English”.",
    );
    expect(t("records.problem.confirm", { field: t("records.year.confirm") })).toBe(
      "Please tick “I understand that every plan of this year becomes read only” to confirm.",
    );
    for (const locale of ["es", "vi", "zh", "ar"]) {
      const say = translator(locale);
      for (const key of ["field.required", "field.choice", "records.problem.confirm"] as const) {
        expect(say(key, { field: "X" }), `${locale} ${key}`).toMatch(/[“«]X[”»]/);
      }
    }
  });

  it("Vietnamese names a language in lower case mid-sentence: viết bằng tiếng Anh", () => {
    expect(languageNameInSentence("vi", "en")).toBe("tiếng Anh");
    expect(languageNameInSentence("vi", "es")).toBe("tiếng Tây Ban Nha");
    expect(languageNameInSentence("en", "vi")).toBe("Vietnamese");
    expect(languageNameInSentence("es", "en")).toBe("inglés");

    const marked = String(writtenIn({ t: translator("vi"), locale: "vi" }, "en"));
    expect(marked).toContain("Viết bằng tiếng Anh");
  });
});
