/** What went wrong, in terms a route can map to a status in one place (src/web/errors.ts). */
export type ErrorKind =
  | "invalid_input"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited";

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one error type of the domain. `message` goes to the log; `publicMessage` is safe to show
 * the person on the page and says what to do next.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly publicMessage: string;
  readonly problems: FieldProblem[];

  constructor(options: {
    kind: ErrorKind;
    message: string;
    publicMessage?: string;
    problems?: FieldProblem[];
  }) {
    super(options.message);
    this.name = "AppError";
    this.kind = options.kind;
    this.publicMessage = options.publicMessage ?? defaultPublicMessage[options.kind];
    this.problems = options.problems ?? [];
  }
}

const defaultPublicMessage: Record<ErrorKind, string> = {
  invalid_input: "Some of what was entered needs another look.",
  unauthenticated: "Please sign in to continue.",
  forbidden: "You do not have access to this page.",
  not_found: "We could not find that page.",
  conflict: "Someone else changed this at the same time. Please review and try again.",
  rate_limited: "Too many attempts. Please wait a few minutes and try again.",
};

export const notFound = (what: string) =>
  new AppError({ kind: "not_found", message: `${what} not found` });

export const forbidden = (why: string) => new AppError({ kind: "forbidden", message: why });
