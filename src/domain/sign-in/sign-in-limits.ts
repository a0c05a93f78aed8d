import { AppError } from "../errors.ts";
import {
  checkRateLimit,
  countFailure,
  type RateLimit,
  rateLimitKey,
  refuseWhenLimited,
} from "./rate-limit.ts";
import type { SignInDeps } from "./sign-in-deps.ts";

const fifteenMinutes = 15 * 60;
const oneHour = 60 * 60;

/** Who is asking to sign in: the language to answer in, and the client address to count. */
export interface SignInAsker {
  locale: string;
  client: string;
}

/** Guessing a password: 10 failures per address and 30 per client in 15 minutes. */
export const passwordLimits = (email: string, client: string): RateLimit[] => [
  { key: rateLimitKey("password-address", email), limit: 10, windowSeconds: fifteenMinutes },
  { key: rateLimitKey("password-client", client), limit: 30, windowSeconds: fifteenMinutes },
];

/** Asking for links: 5 per address and 20 per client in an hour, whether the address is known. */
export const linkRequestLimits = (email: string, client: string): RateLimit[] => [
  {
    key: rateLimitKey("link-address", email),
    limit: 5,
    windowSeconds: oneHour,
    message: "signIn.tooManyLinkRequests",
  },
  {
    key: rateLimitKey("link-client", client),
    limit: 20,
    windowSeconds: oneHour,
    message: "signIn.tooManyLinkRequests",
  },
];

/** Trying emailed-link and card tokens: 20 failures per client in 15 minutes. */
export const tokenLimits = (client: string): RateLimit[] => [
  { key: rateLimitKey("token-client", client), limit: 20, windowSeconds: fifteenMinutes },
];

/** Counts this request against every limit, and refuses it past any of them. */
export async function countRequest(deps: SignInDeps, limits: RateLimit[], locale: string) {
  for (const limit of limits) {
    await checkRateLimit(deps.db, { ...limit, clock: deps.clock, locale });
  }
}

/**
 * Runs a sign-in attempt unless a limit is already reached, and counts it only when it is
 * refused: people who sign in at the first try never use up their allowance.
 */
export async function countFailures<T>(
  deps: SignInDeps,
  options: { limits: RateLimit[]; locale: string },
  attempt: () => Promise<T>,
): Promise<T> {
  const { locale } = options;
  const checks = options.limits.map((limit) => ({ ...limit, clock: deps.clock, locale }));
  for (const check of checks) await refuseWhenLimited(deps.db, check);

  try {
    return await attempt();
  } catch (error) {
    if (isRefusal(error)) {
      for (const check of checks) await countFailure(deps.db, check);
    }
    throw error;
  }
}

const isRefusal = (error: unknown) => error instanceof AppError && error.kind === "unauthenticated";
