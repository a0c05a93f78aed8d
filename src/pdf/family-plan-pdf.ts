import type { Actor } from "../domain/access/actor.ts";
import type { PlanDeps } from "../domain/plans/plan-deps.ts";
import type { EmailAttachment } from "../mail/outbox.ts";
import { emailLocale } from "../mail/templates/layout.ts";
import { planPdfFileName } from "./plan-file-name.ts";
import { planPdfBytes } from "./plan-pdf.ts";
import { readPlanDocument } from "./read-plan-document.ts";

export interface FamilyMemberToSend {
  id: string;
  name: string;
  preferred_locale: string | null;
}

/**
 * The plan's PDF as this family member would download it themself: read with their own
 * access, so it holds what the family may see and never the staff's conference notes, and
 * written in their preferred language.
 */
export async function familyPlanAttachment(
  deps: PlanDeps,
  plan: { id: string; district_id: string },
  member: FamilyMemberToSend,
): Promise<EmailAttachment> {
  // The same language as the email it goes with: "es-MX" from a roster reads Spanish too.
  const locale = emailLocale(member.preferred_locale);
  const reader: Actor = {
    personId: member.id,
    districtId: plan.district_id,
    role: "guardian",
    displayName: member.name,
    locale,
  };
  const { view, identity } = await readPlanDocument(deps, reader, plan.id, locale);
  const bytes = await planPdfBytes({ view, identity, locale });

  return {
    filename: planPdfFileName(locale, view.student.name),
    contentType: "application/pdf",
    contentBase64: bytes.toString("base64"),
  };
}
