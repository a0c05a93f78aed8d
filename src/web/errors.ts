import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorKind } from "../domain/errors.ts";

/** The one place where a kind of domain error becomes an HTTP status. */
export const statusForKind: Record<ErrorKind, ContentfulStatusCode> = {
  invalid_input: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};
