import { z } from "zod";
import { issueSignInToken, type TokenPickup } from "../../auth/accounts.ts";
import { type Auth, emailedLinkLifetimeSeconds } from "../../auth/auth.ts";
import { isoNow } from "../../clock.ts";
import type { Config } from "../../config.ts";
import { findStudent } from "../../db/access-store.ts";
import { listFamilyContacts } from "../../db/family-contact-store.ts";
import type { PlanRow } from "../../db/plan-store.ts";
import { translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { type EmailAttachment, enqueueEmail, isMailableAddress } from "../../mail/outbox.ts";
import type { RenderedEmail } from "../../mail/templates/layout.ts";
import { type PlanSharedContent, planSharedEmail } from "../../mail/templates/plan-shared.ts";
import { familyPlanAttachment } from "../../pdf/family-plan-pdf.ts";
import type { Actor } from "../access/actor.ts";
import { authorizePlan } from "../access/policy.ts";
import { AppError, notFound } from "../errors.ts";
import {
  type FamilyLanguage,
  familyLanguage,
  keepLanguageChoice,
  languageChoice,
  languageWithChoice,
} from "../roster/family-language.ts";
import { type VisionTranslation, visionFor } from "../school/math-vision.ts";
import { carryLinkLocale } from "../sign-in/sign-in-link-locale.ts";
import { markPlanShared } from "./mark-plan-shared.ts";
import { fieldProblem, parsePlanInput } from "./parse-plan-input.ts";
import { personName } from "./person-name.ts";
import type { PlanDeps } from "./plan-deps.ts";
import { assertPlanOpen } from "./plan-event.ts";
import { readPlan } from "./read-plan.ts";

/** Sharing also signs family members in later, and links back to this installation. */
export interface ShareDeps extends PlanDeps {
  auth: Auth;
  tokens: TokenPickup;
  config: Pick<Config, "baseUrl">;
}

export interface FamilyMember {
  id: string;
  name: string;
  /** Null when the roster has no address the app can send to: a sign-in card reaches them. */
  email: string | null;
  language: FamilyLanguage;
}

export const linkLifetimeHours = emailedLinkLifetimeSeconds / 3600;

/** The family a plan can be shared with, for the page where the teacher chooses. */
export async function listFamilyToShareWith(deps: PlanDeps, actor: Actor, planId: string) {
  const { plan } = await authorizePlan(deps.db, actor, planId, "share");
  const student = await findStudent(deps.db, plan.district_id, plan.student_id);
  if (!student) throw notFound(`student ${plan.student_id}`);
  const family = await familyOf(deps, plan);

  return {
    plan: { id: plan.id, stage: plan.stage },
    studentName: personName(student),
    studentId: student.id,
    family: family.map(
      (member): FamilyMember => ({
        id: member.id,
        name: member.name,
        email: member.email,
        language: familyLanguage(member),
      }),
    ),
  };
}

const shareInput = z.object({
  guardianIds: z.array(z.string().trim().min(1).max(64)).min(1, "share.problem.noneChosen").max(20),
  /** A language per family member, by id, where the teacher chose one on the page. */
  languages: z.record(z.string().max(64), languageChoice).default({}),
});

/**
 * Sends the family members chosen the plan's Math Vision and Mathematics Progress, each with a
 * personal sign-in link to the plan and in their language, and marks the plan shared. The
 * languages the teacher chose are kept for those family members. The emails are written in the
 * same transaction as the plan's change; the outbox worker sends them.
 */
export async function sharePlanWithFamily(
  deps: ShareDeps,
  actor: Actor,
  planId: string,
  input: unknown,
) {
  const { plan } = await authorizePlan(deps.db, actor, planId, "share");
  assertPlanOpen(plan, actor);
  const { guardianIds, languages } = parsePlanInput(shareInput, input, {
    actor,
    labels: { guardianIds: "share.field.guardians", languages: "share.field.languages" },
  });
  const family = await familyOf(deps, plan);
  const recipients = chosenRecipients(actor, family, guardianIds);
  const content = await planContent(deps, actor, planId);

  // better-auth writes its tokens through the same database, so they come before the
  // transaction. A token whose email is then never written simply expires unused.
  const emails: { recipient: Recipient; email: RenderedEmail; pdf: EmailAttachment }[] = [];
  for (const recipient of recipients) {
    const link = await personalLink(deps, recipient, planId);
    const locale = languageWithChoice(recipient, languages[recipient.id]);
    const email = await planSharedEmail(locale, {
      ...content,
      // The vision in the family's language when the school wrote it in that language.
      mathVision: visionFor(locale, content.ownVision, content.visions).text,
      guardianName: recipient.name,
      link,
    });
    // The plan as the family member may read it, in their language (src/pdf/).
    const pdf = await familyPlanAttachment(deps, plan, { ...recipient, preferred_locale: locale });
    emails.push({ recipient, email, pdf });
  }

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    for (const person of family) {
      const choice = languages[person.id];
      await keepLanguageChoice(trx, { districtId: plan.district_id, person, choice, now });
    }
    for (const { recipient, email, pdf } of emails) {
      const queued = {
        districtId: plan.district_id,
        kind: "plan.shared",
        to: { address: recipient.email, name: recipient.name },
        ...email,
        attachments: [pdf],
        now,
      };
      await enqueueEmail(trx, queued).catch((error) => {
        throw emailNotWritten(error, { actor, plan, recipient });
      });
    }
    await markPlanShared(trx, { actor, plan, now });
  });

  return { sent: emails.length };
}

/**
 * An email the outbox refused (a roster name it cannot carry) stops the whole share, and the
 * teacher is told so in words they can act on; the log keeps the outbox's reason, never a name.
 */
function emailNotWritten(
  error: unknown,
  about: { actor: Actor; plan: PlanRow; recipient: Recipient },
) {
  if (!(error instanceof AppError) || error.kind !== "invalid_input") return error;

  return new AppError({
    kind: "invalid_input",
    message: `plan ${about.plan.id} not shared: ${error.message}`,
    publicMessage: translator(about.actor.locale)("share.problem.notWritten", {
      name: isolate(about.recipient.name),
    }),
  });
}

type Recipient = Awaited<ReturnType<typeof familyOf>>[number] & { email: string };

async function familyOf(deps: PlanDeps, plan: Pick<PlanRow, "district_id" | "student_id">) {
  const contacts = await listFamilyContacts(deps.db, plan.district_id, plan.student_id);

  return contacts.map((contact) => ({
    ...contact,
    name: personName(contact),
    email: isMailableAddress(contact.email) ? (contact.email ?? "").trim() : null,
  }));
}

/** The guardians chosen, each still linked to the student and with an address to send to. */
function chosenRecipients(
  actor: Actor,
  family: Awaited<ReturnType<typeof familyOf>>,
  guardianIds: string[],
): Recipient[] {
  const chosen = new Set(guardianIds);
  const recipients = family.filter(
    (member): member is Recipient => chosen.has(member.id) && member.email !== null,
  );
  if (recipients.length === chosen.size) return recipients;

  throw fieldProblem({
    actor,
    field: "guardianIds",
    message: "share.problem.notFamily",
    label: "share.field.guardians",
  });
}

/** The school's Math Vision and the plan's Mathematics Progress, as the family reads them. */
async function planContent(
  deps: PlanDeps,
  actor: Actor,
  planId: string,
): Promise<
  Omit<PlanSharedContent, "guardianName" | "link"> & {
    ownVision: string;
    visions: VisionTranslation[];
  }
> {
  const view = await readPlan(deps, actor, planId);
  const strengths = view.statements.filter((statement) => statement.section === "strength");
  const strengthBody = new Map(strengths.map((strength) => [strength.id, strength.body]));

  return {
    studentName: view.student.name,
    teacherName: actor.displayName,
    schoolName: view.school.name,
    mathVision: view.school.mathVision,
    ownVision: view.school.ownVision,
    visions: view.school.visionTranslations,
    strengths: strengths.map(({ body, voice }) => ({ body, voice })),
    areas: view.statements
      .filter((statement) => statement.section === "area")
      .map(({ body, voice, helpedBy }) => ({
        body,
        voice,
        helpedBy: helpedBy.flatMap((id) => strengthBody.get(id) ?? []),
      })),
    linkLifetimeHours,
  };
}

/**
 * The absolute link the family member opens: our landing page, which only shows a button, since
 * mail scanners open links; the button's POST spends the token and signs them in.
 */
async function personalLink(deps: ShareDeps, recipient: Recipient, planId: string) {
  const token = await issueSignInToken({
    auth: deps.auth,
    pickup: deps.tokens,
    db: deps.db,
    person: recipient,
  });
  const link = new URL(`${deps.config.baseUrl}/sign-in/link`);
  link.searchParams.set("token", token);
  link.searchParams.set("next", `/plans/${planId}`);
  carryLinkLocale(link, recipient.preferred_locale);

  return link.toString();
}
