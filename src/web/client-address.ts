import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { Config } from "../config.ts";
import type { SignInAsker } from "../domain/sign-in/sign-in-limits.ts";
import type { AppEnv } from "./app.ts";

/**
 * The address a request came from, for rate limits. X-Forwarded-For is anyone's to write, so it
 * is read only when TRUST_PROXY=1 says a proxy in front sets it (its first entry is the client).
 */
export function clientAddress(c: Context, config: Pick<Config, "trustProxy">): string {
  if (config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }

  return socketAddress(c) ?? "unknown";
}

// Requests made in process (app.request in tests) have no socket behind them.
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The reader's language and client address, as the sign-in services need them. */
export function signInAsker(c: Context<AppEnv>, config: Pick<Config, "trustProxy">): SignInAsker {
  return { locale: c.get("locale"), client: clientAddress(c, config) };
}
