import type { Context } from "hono";
import { programPageQuery } from "../domain/program/program-filters.ts";
import type { AppEnv } from "./app.ts";

/*
 * The staff pages that cost most to make (a district's student list and program page, up to
 * about a second each) are kept by the address they read rather than the address asked for
 * (docs/decisions/0010-page-cache.md): parameters they do not read are dropped and the rest
 * written one way, so a made-up parameter, another order or another spelling of the same filter
 * finds the page already made. The page cache then has the page made from that plain address,
 * so what it shows depends on nothing the key leaves out. A parameter such a page comes to read
 * must be added here: until it is, the page never sees it.
 */

type QueryReader = (c: Context<AppEnv>) => URLSearchParams;

const queryReaders = new Map<string, QueryReader>([
  ["/program", (c) => programPageQuery(c.req.query())],
  ["/students", studentListQuery],
]);

/** The address the page reads, written one way; undefined for a page read as asked. */
export function plainPageAddress(c: Context<AppEnv>): string | undefined {
  const reader = queryReaders.get(c.req.path);
  if (!reader) return undefined;
  const query = reader(c).toString();

  return query ? `${c.req.path}?${query}` : c.req.path;
}

/**
 * What the student list reads (studentListAsk in src/web/routes/plans.ts), as it reads it: the
 * class, which may be empty or "none"; the school, unless empty; the words typed to find a class.
 */
function studentListQuery(c: Context<AppEnv>): URLSearchParams {
  const params = new URLSearchParams();
  const klass = c.req.query("class");
  const school = c.req.query("school");
  const find = c.req.query("find");
  if (klass !== undefined) params.set("class", klass);
  if (school) params.set("school", school);
  if (find !== undefined) params.set("find", find);

  return params;
}
