import { z } from "zod";
import { signInIdentity } from "../../auth/accounts.ts";
import { findActivePeopleByEmail } from "../../db/people-store.ts";
import { translator } from "../../i18n/translate.ts";
import { AppError } from "../errors.ts";
import { parseForm } from "../forms/parse-form.ts";
import type { SignInDeps } from "./sign-in-deps.ts";
import { countFailures, passwordLimits, type SignInAsker } from "./sign-in-limits.ts";
import { sessionCookiesOf } from "./start-session.ts";

const passwordForm = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(128),
  next: z.string().max(2000).optional(),
});

/** Someone with no password still costs one check, so a stranger cannot time who exists. */
const nobody = signInIdentity("nobody");

/**
 * Signs in with a contact email and password. The email may belong to several people (a parent
 * who also teaches); each active one that has a better-auth identity is tried with the password.
 * Returns the session's Set-Cookie values; a wrong password and an unknown email read the same.
 * Failures are counted per address and per client; past the limit the password is not checked.
 */
export async function signInWithPassword(deps: SignInDeps, input: unknown, asker: SignInAsker) {
  const { locale } = asker;
  const form = parseForm(passwordForm, input, {
    locale,
    labels: { email: "signIn.field.email", password: "signIn.field.password" },
  });

  const limits = passwordLimits(form.email, asker.client);

  return countFailures(deps, { limits, locale }, () => tryPassword(deps, form, locale));
}

async function tryPassword(
  deps: SignInDeps,
  form: { email: string; password: string },
  locale: string,
) {
  const people = await findActivePeopleByEmail(deps.db, form.email);
  const identities = people
    .filter((person) => person.auth_user_id !== null)
    .map((person) => signInIdentity(person.id));
  for (const identity of identities.length > 0 ? identities : [nobody]) {
    const response = await deps.auth.api.signInEmail({
      body: { email: identity, password: form.password },
      headers: new Headers(),
      asResponse: true,
    });
    const cookies = sessionCookiesOf(response);
    if (cookies) return cookies;
  }

  throw new AppError({
    kind: "unauthenticated",
    message: `password sign-in refused for ${people.length} people`,
    publicMessage: translator(locale)("signIn.wrongPassword"),
  });
}
