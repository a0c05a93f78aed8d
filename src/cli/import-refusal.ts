/*
 * How `maps import` says that it imported nothing, when it has no report to print (it was asked
 * wrongly, has no district to import into, was stopped or failed): on stderr for a person, or
 * with --json as one JSON object on stdout, so that a script reading stdout always has JSON.
 */

/** A fixed word for scripts that read --json; the message says the same for a person. */
export type ImportRefusalProblem =
  | "usage"
  | "setUpFirst"
  | "noSuchDistrict"
  | "severalDistricts"
  | "stopped"
  | "failed";

export interface ImportRefusal {
  problem: ImportRefusalProblem;
  message: string;
  /** Read by a person after the message (the usage, the list of districts); not in JSON. */
  more?: string;
  /** For severalDistricts: the districts --district can name. */
  districts?: { id: string; name: string }[];
}

/** Whether the command line asks for JSON: read first, so that even its own mistakes answer so. */
export function asksForJson(args: readonly string[]): boolean {
  return args.includes("--json");
}

export function printRefusal(refusal: ImportRefusal, options: { json: boolean }) {
  if (!options.json) {
    const more = refusal.more === undefined ? "" : `\n${refusal.more}`;
    process.stderr.write(`${refusal.message}${more}\n`);
    return;
  }

  const { problem, message, districts } = refusal;
  // Whether it was stored comes first, as in a report: scripts test the same field.
  const printed = { imported: false, problem, message, ...(districts ? { districts } : {}) };
  process.stdout.write(`${JSON.stringify(printed)}\n`);
}
