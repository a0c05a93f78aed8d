import type { Auth } from "../../auth/auth.ts";
import { forgetSession } from "../../auth/read-session.ts";

/**
 * Ends the session named by the request's cookie and returns the Set-Cookie values that clear
 * it in the browser. Signing out with no session still clears the cookies.
 */
export async function signOut(auth: Auth, cookie: string | undefined): Promise<string[]> {
  const headers = new Headers();
  if (cookie) headers.set("cookie", cookie);
  await forgetSession(auth, headers);
  const response = await auth.api.signOut({ headers, asResponse: true });

  return response.headers.getSetCookie();
}
