import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { magicLink } from "better-auth/plugins/magic-link";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { DialectName } from "../db/connection.ts";
import type { Database } from "../db/schema.ts";
import { readOrCreateSetting } from "../db/settings-store.ts";

/** How long an emailed sign-in link stays good: long enough to read tomorrow on a phone. */
export const emailedLinkLifetimeSeconds = 72 * 60 * 60;

/** How long a password may be, at setup and at every change: better-auth enforces the same. */
export const passwordLength = { min: 10, max: 128 } as const;

/** What a link was issued for; handed back by better-auth when it asks us to deliver the link. */
export interface LinkDelivery {
  deliver(link: { email: string; token: string; metadata: Record<string, unknown> }): Promise<void>;
}

export interface AuthOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  config: Config;
  delivery: LinkDelivery;
}

/**
 * better-auth owns sessions, passwords and one-time sign-in tokens (stored hashed). Its own GET
 * verify route is disabled: mail scanners open links, so only our POST (a button press) may use
 * a token up; see src/web/routes/sign-in.ts.
 */
export async function createAuth(options: AuthOptions) {
  const secret =
    process.env.AUTH_SECRET ??
    (await readOrCreateSetting(options.db, "auth_secret", () =>
      randomBytes(32).toString("base64url"),
    ));

  const auth = betterAuth({
    appName: "Math Action Plans",
    baseURL: options.config.baseUrl,
    basePath: "/api/auth",
    secret,
    database: { db: options.db as Kysely<unknown>, type: options.dialect },
    telemetry: { enabled: false },
    disabledPaths: ["/magic-link/verify", "/sign-up/email"],
    user: { modelName: "auth_user" },
    session: {
      modelName: "auth_session",
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // Spares a session query on every page; deactivation is still checked per request.
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    account: { modelName: "auth_account" },
    verification: { modelName: "auth_verification" },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
      // A reset token is issued and used in one request (src/auth/passwords.ts), never emailed.
      resetPasswordTokenExpiresIn: 60,
      sendResetPassword: ({ user, token }) =>
        options.delivery.deliver({
          email: user.email,
          token,
          metadata: { pickupId: passwordResetPickupId(user.id) },
        }),
    },
    advanced: {
      cookiePrefix: "maps",
      useSecureCookies: options.config.baseUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    plugins: [
      magicLink({
        expiresIn: emailedLinkLifetimeSeconds,
        storeToken: "hashed",
        disableSignUp: true,
        sendMagicLink: ({ email, token, metadata }) =>
          options.delivery.deliver({ email, token, metadata: metadata ?? {} }),
      }),
    ],
  });

  return auth;
}

/** Where the reset token better-auth hands to sendResetPassword waits for its caller. */
export const passwordResetPickupId = (authUserId: string) => `password-reset:${authUserId}`;

export type Auth = Awaited<ReturnType<typeof createAuth>>;

/** Creates or updates better-auth's own tables next to ours. */
export async function migrateAuthTables(auth: Auth) {
  const { runMigrations } = await getMigrations(auth.options);
  await runMigrations();
}
