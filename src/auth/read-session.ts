import type { Auth } from "./auth.ts";

/*
 * better-auth trusts its signed session-data cookie for five minutes (the cookie cache in
 * auth.ts), but decoding and verifying it costs about a millisecond on every request. The answer
 * for one exact Cookie header is kept here for at most a minute and never past the cookie's own
 * expiry, so it is never trusted longer than better-auth itself would trust it. Signing out ends
 * the kept answers at once in this process, and also refuses the ended sessions' cookies here
 * for as long as better-auth would still accept them from the cookie alone.
 */

type SessionAnswer = Awaited<ReturnType<Auth["api"]["getSession"]>>;
type SignedIn = NonNullable<SessionAnswer>;

interface KeptAnswer {
  answer: SignedIn;
  until: number;
}

interface UserEnding {
  at: number;
  /** The token of the one session that goes on (the browser that changed the password). */
  kept?: string | undefined;
}

interface SessionMemo {
  kept: Map<string, KeptAnswer>;
  /** Auth user id -> when all their sessions (but one kept, maybe) were ended in this process. */
  endedUsers: Map<string, UserEnding>;
  /** Session token -> when it was ended in this process. */
  endedTokens: Map<string, number>;
  dataCookieName: string | undefined;
}

const keptFor = 60_000;
/** How long better-auth trusts the session-data cookie without the database (auth.ts). */
const cookieTrustedFor = 5 * 60_000;
const mostKept = 10_000;
const memos = new WeakMap<Auth, SessionMemo>();

function memoOf(auth: Auth): SessionMemo {
  let memo = memos.get(auth);
  if (!memo) {
    memo = {
      kept: new Map(),
      endedUsers: new Map(),
      endedTokens: new Map(),
      dataCookieName: undefined,
    };
    memos.set(auth, memo);
  }

  return memo;
}

/** The signed-in session named by the request's cookies, or null: better-auth's answer. */
export async function readSession(auth: Auth, headers: Headers): Promise<SessionAnswer> {
  const memo = memoOf(auth);
  const cookie = headers.get("cookie");
  const now = Date.now();
  const kept = cookie ? memo.kept.get(cookie) : undefined;
  if (kept && kept.until > now) return kept.answer;
  if (kept && cookie) memo.kept.delete(cookie);

  const answer = await auth.api.getSession({ headers });
  if (!answer || wasEnded(memo, answer, now)) return null;

  if (cookie) await keep(auth, memo, { cookie, answer, now });
  return answer;
}

function wasEnded(memo: SessionMemo, answer: SignedIn, now: number) {
  forgetOldEndings(memo, now);
  const ending = memo.endedUsers.get(answer.user.id);
  const createdAt = new Date(answer.session.createdAt).getTime();
  const kept = ending?.kept === answer.session.token;
  if (ending !== undefined && createdAt <= ending.at && !kept) return true;

  return memo.endedTokens.has(answer.session.token);
}

/** After the cookie cache's lifetime better-auth asks the database, which knows the ending. */
function forgetOldEndings(memo: SessionMemo, now: number) {
  for (const [authUserId, ending] of memo.endedUsers) {
    if (ending.at + cookieTrustedFor < now) memo.endedUsers.delete(authUserId);
  }
  for (const [token, endedAt] of memo.endedTokens) {
    if (endedAt + cookieTrustedFor < now) memo.endedTokens.delete(token);
  }
}

async function keep(
  auth: Auth,
  memo: SessionMemo,
  options: { cookie: string; answer: SignedIn; now: number },
) {
  memo.dataCookieName ??= (await auth.$context).authCookies.sessionData.name;
  const cookieExpiry = sessionDataExpiry(options.cookie, memo.dataCookieName);
  if (cookieExpiry === undefined) return;

  const sessionExpiry = new Date(options.answer.session.expiresAt).getTime();
  const until = Math.min(options.now + keptFor, cookieExpiry, sessionExpiry);
  if (!(until > options.now)) return;

  if (memo.kept.size >= mostKept) memo.kept.clear();
  memo.kept.set(options.cookie, { answer: options.answer, until });
}

/**
 * When the session-data cookie stops being trusted. better-auth has just verified its
 * signature for this very Cookie header, so reading the expiry without verifying is safe.
 */
function sessionDataExpiry(cookie: string, name: string): number | undefined {
  const prefix = `${name}=`;
  const entry = cookie
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  if (!entry) return undefined;

  try {
    const payload = JSON.parse(Buffer.from(entry.slice(prefix.length), "base64url").toString());
    return typeof payload?.expiresAt === "number" ? payload.expiresAt : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every session of the auth user ends now in this process (sign-out everywhere, a stopped card),
 * but the one whose token is given: a password change keeps the browser that made it.
 */
export function forgetSessionsOf(auth: Auth, authUserId: string, keptToken?: string) {
  const memo = memoOf(auth);
  memo.endedUsers.set(authUserId, { at: Date.now(), kept: keptToken });
  for (const [cookie, kept] of memo.kept) {
    const goesOn = kept.answer.session.token === keptToken;
    if (kept.answer.user.id === authUserId && !goesOn) memo.kept.delete(cookie);
  }
}

/** The session named by these request headers ends now in this process (sign-out). */
export async function forgetSession(auth: Auth, headers: Headers) {
  const answer = await readSession(auth, headers);
  if (!answer) return;

  const memo = memoOf(auth);
  memo.endedTokens.set(answer.session.token, Date.now());
  for (const [cookie, kept] of memo.kept) {
    if (kept.answer.session.token === answer.session.token) memo.kept.delete(cookie);
  }
}
