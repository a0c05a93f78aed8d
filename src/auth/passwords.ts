import { AppError } from "../domain/errors.ts";
import { signInIdentity, type TokenPickup } from "./accounts.ts";
import { type Auth, passwordResetPickupId } from "./auth.ts";
import { forgetSessionsOf } from "./read-session.ts";

/*
 * Changing a password, and setting a new one without the old after signing in with an emailed
 * link (docs/decisions/0014-password-change-and-reset.md). better-auth hashes, checks lengths
 * and stores; this module says when each of its calls is made.
 */

/** How long after an emailed link signs someone in they may set a password without the old. */
export const resetMinutes = 15;

const resetGrantOf = (sessionId: string) => `password-reset-session:${sessionId}`;

/** The Cookie header alone: better-auth finds the session by it and needs nothing else. */
function cookieHeaders(cookie: string | undefined) {
  const headers = new Headers();
  if (cookie) headers.set("cookie", cookie);

  return headers;
}

const sessionEnded = () =>
  new AppError({ kind: "unauthenticated", message: "the session ended meanwhile" });

/** Whether the auth user has a password (the administrators who set one). */
export async function hasPassword(auth: Auth, authUserId: string): Promise<boolean> {
  const context = await auth.$context;
  const credential = await context.internalAdapter.findCredentialAccount(authUserId);

  return Boolean(credential?.password);
}

/**
 * Changes the signed-in person's password with better-auth's own changePassword, which checks
 * the current one. Returns false, changing nothing, when the current password is wrong.
 */
export async function changePassword(
  auth: Auth,
  change: { cookie: string | undefined; currentPassword: string; newPassword: string },
): Promise<boolean> {
  const response = await auth.api.changePassword({
    body: { currentPassword: change.currentPassword, newPassword: change.newPassword },
    headers: cookieHeaders(change.cookie),
    asResponse: true,
  });
  if (response.ok) return true;

  const refusal = (await response.json().catch(() => ({}))) as { code?: string };
  if (refusal.code === "INVALID_PASSWORD") return false;
  // Signed out everywhere from another process, whose ending this one's cookie cache missed.
  if (response.status === 401) throw sessionEnded();
  throw new Error(`better-auth refused a password change: ${response.status} ${refusal.code}`);
}

/**
 * Notes that this session was started by an emailed sign-in link, which proves the person reads
 * the mail of their address: for resetMinutes it may set a new password once without the old.
 */
export async function allowPasswordReset(
  auth: Auth,
  grant: { sessionId: string; authUserId: string },
) {
  const context = await auth.$context;
  await context.internalAdapter.createVerificationValue({
    identifier: resetGrantOf(grant.sessionId),
    value: grant.authUserId,
    expiresAt: new Date(Date.now() + resetMinutes * 60 * 1000),
  });
}

/** Whether this session may still set a new password without the old one. */
export async function mayResetPassword(
  auth: Auth,
  grant: { sessionId: string; authUserId: string },
): Promise<boolean> {
  const context = await auth.$context;
  const found = await context.internalAdapter.findVerificationValue(resetGrantOf(grant.sessionId));

  return found?.value === grant.authUserId && new Date(found.expiresAt).getTime() > Date.now();
}

/**
 * Uses this session's permission up and sets the new password through better-auth's reset: a
 * reset token is issued to the pickup and used at once, never sent anywhere. Returns false,
 * changing nothing, when the session has no permission (never had one, used, or expired).
 */
export async function resetPassword(
  auth: Auth,
  reset: {
    pickup: TokenPickup;
    session: { cookie: string | undefined; id: string };
    personId: string;
    authUserId: string;
  },
  newPassword: string,
): Promise<boolean> {
  // The session itself, not the cookie cache's copy of it, which outlives a sign-out elsewhere.
  const live = await auth.api.getSession({
    headers: cookieHeaders(reset.session.cookie),
    query: { disableCookieCache: true },
  });
  if (live?.session.id !== reset.session.id) throw sessionEnded();

  const context = await auth.$context;
  const grant = await context.internalAdapter.consumeVerificationValue(
    resetGrantOf(reset.session.id),
  );
  if (grant?.value !== reset.authUserId) return false;

  await auth.api.requestPasswordReset({
    body: { email: signInIdentity(reset.personId) },
    headers: new Headers(),
  });
  const token = reset.pickup.take(passwordResetPickupId(reset.authUserId));
  await auth.api.resetPassword({ body: { token, newPassword }, headers: new Headers() });

  return true;
}

/**
 * Ends every session of the person but the one named by this Cookie header, in the database
 * (better-auth's revokeOtherSessions) and at once in this process. Another process may still
 * open a page for up to the cookie cache's five minutes, as after signing out everywhere.
 */
export async function endOtherSessions(
  auth: Auth,
  session: { cookie: string | undefined; authUserId: string; token: string },
) {
  await auth.api.revokeOtherSessions({ headers: cookieHeaders(session.cookie) });
  forgetSessionsOf(auth, session.authUserId, session.token);
}
