import { z } from "zod";
import { issueSignInToken } from "../../auth/accounts.ts";
import { isoNow } from "../../clock.ts";
import { findActivePeopleByEmail } from "../../db/people-store.ts";
import { enqueueEmail } from "../../mail/outbox.ts";
import type { RenderedEmail } from "../../mail/templates/layout.ts";
import { parseForm } from "../forms/parse-form.ts";
import { personName } from "../plans/person-name.ts";
import type { SignInDeps } from "./sign-in-deps.ts";
import { countRequest, linkRequestLimits, type SignInAsker } from "./sign-in-limits.ts";
import { signInLinkEmail } from "./sign-in-link-email.ts";
import { carryLinkLocale } from "./sign-in-link-locale.ts";

const linkForm = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  next: z.string().max(2000).optional(),
});

/**
 * "Email me a sign-in link": every active person with this contact address gets a one-time link
 * of their own (a parent who also teaches gets two). Nothing tells the asker whether the address
 * is known. Returns how many emails were written to the outbox. Requests are counted per address
 * and per client, and refused past the limit.
 */
export async function requestSignInLink(deps: SignInDeps, input: unknown, asker: SignInAsker) {
  const { locale } = asker;
  const form = parseForm(linkForm, input, { locale, labels: { email: "signIn.field.email" } });
  // Counted before looking the address up, so a refusal says nothing about who exists.
  await countRequest(deps, linkRequestLimits(form.email, asker.client), locale);

  const people = await findActivePeopleByEmail(deps.db, form.email);

  // Tokens come from better-auth, which writes through its own connection: issue them first.
  const emails: { person: (typeof people)[number]; name: string; email: RenderedEmail }[] = [];
  for (const person of people) {
    const token = await issueSignInToken({
      auth: deps.auth,
      pickup: deps.tokens,
      db: deps.db,
      person,
    });
    const link = signInLink(deps.config.baseUrl, {
      token,
      next: form.next,
      locale: person.preferred_locale,
    });
    const name = personName(person);
    const email = await signInLinkEmail({ preferredLocale: person.preferred_locale, name, link });
    emails.push({ person, name, email });
  }
  if (emails.length === 0) return 0;

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    for (const { person, name, email } of emails) {
      await enqueueEmail(trx, {
        districtId: person.district_id,
        kind: "sign-in.link",
        to: { address: person.email ?? form.email, name },
        ...email,
        now,
      });
    }
  });

  return emails.length;
}

function signInLink(
  baseUrl: string,
  link: { token: string; next: string | undefined; locale: string | null },
) {
  const url = new URL("/sign-in/link", baseUrl);
  url.searchParams.set("token", link.token);
  if (link.next) url.searchParams.set("next", link.next);
  carryLinkLocale(url, link.locale);

  return url.toString();
}
