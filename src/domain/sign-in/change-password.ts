import { z } from "zod";
import { passwordLength } from "../../auth/auth.ts";
import {
  changePassword,
  endOtherSessions,
  resetMinutes,
  resetPassword,
} from "../../auth/passwords.ts";
import type { MessageKey } from "../../i18n/catalog.ts";
import { translator } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { AppError } from "../errors.ts";
import { invalidForm, parseForm } from "../forms/parse-form.ts";
import { requirePasswordHolder } from "./password-holder.ts";
import { countFailure, refuseWhenLimited } from "./rate-limit.ts";
import type { SignInDeps } from "./sign-in-deps.ts";
import { passwordLimits } from "./sign-in-limits.ts";

/** The browser session a change comes from: it stays signed in, every other one ends. */
export interface CurrentSession {
  /** The request's Cookie header, which names the session to better-auth. */
  cookie: string | undefined;
  id: string;
  token: string;
}

export interface PasswordChangeRequest {
  actor: Actor;
  session: CurrentSession;
  input: unknown;
  /** The client address, counted like a sign-in's for wrong passwords. */
  client: string;
}

const newPassword = z.string().min(passwordLength.min).max(passwordLength.max);

const sameTwice = (form: { newPassword: string; newPasswordAgain: string }) =>
  form.newPassword === form.newPasswordAgain;
const differ = { path: ["newPasswordAgain"], message: "account.password.differ" };

const changeForm = z
  .object({
    currentPassword: z.string().min(1).max(passwordLength.max),
    newPassword,
    newPasswordAgain: z.string(),
  })
  .refine(sameTwice, differ);

const resetForm = z.object({ newPassword, newPasswordAgain: z.string() }).refine(sameTwice, differ);

const labels: Record<string, MessageKey> = {
  currentPassword: "account.password.field.current",
  newPassword: "account.password.field.new",
  newPasswordAgain: "account.password.field.newAgain",
};

/**
 * A person with a password changes it, typing the current one. Wrong current passwords count
 * against the same limits as on the sign-in page (per address and per client), so a session
 * left open does not become a place to guess. Every other session of the person ends.
 */
export async function changeOwnPassword(deps: SignInDeps, request: PasswordChangeRequest) {
  const { actor, session } = request;
  const holder = await requirePasswordHolder(deps, actor);
  const form = parseForm(changeForm, request.input, { locale: actor.locale, labels });

  const checks = passwordLimits(holder.countedAddress, request.client).map((limit) => ({
    ...limit,
    message: "account.password.tooManyAttempts" as const,
    clock: deps.clock,
    locale: actor.locale,
  }));
  for (const check of checks) await refuseWhenLimited(deps.db, check);

  const changed = await changePassword(deps.auth, {
    cookie: session.cookie,
    currentPassword: form.currentPassword,
    newPassword: form.newPassword,
  });
  if (!changed) {
    for (const check of checks) await countFailure(deps.db, check);
    const t = translator(actor.locale);
    throw invalidForm(t, [
      { field: "currentPassword", message: t("account.password.wrongCurrent") },
    ]);
  }

  await endOtherSessions(deps.auth, { ...session, authUserId: holder.authUserId });
}

/**
 * A person with a password who forgot it sets a new one without the old, once, in the session an
 * emailed sign-in link started less than a quarter of an hour ago (decision 0014). Every other
 * session of the person ends.
 */
export async function setForgottenPassword(
  deps: SignInDeps,
  request: Omit<PasswordChangeRequest, "client">,
) {
  const { actor, session } = request;
  const holder = await requirePasswordHolder(deps, actor);
  const form = parseForm(resetForm, request.input, { locale: actor.locale, labels });

  const reset = { pickup: deps.tokens, session, ...holder };
  // Checked after the form: a mistyped new password leaves the permission to try again.
  if (!(await resetPassword(deps.auth, reset, form.newPassword))) {
    throw new AppError({
      kind: "forbidden",
      message: "a password reset without a fresh emailed-link session",
      publicMessage: translator(actor.locale)("account.reset.expired", { minutes: resetMinutes }),
    });
  }

  await endOtherSessions(deps.auth, { ...session, authUserId: holder.authUserId });
}
