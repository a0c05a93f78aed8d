import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findDemoDistrict, findDemoPerson } from "../../db/school-store.ts";
import { notFound } from "../errors.ts";
import { personName } from "../plans/person-name.ts";
import type { SignInDeps } from "../sign-in/sign-in-deps.ts";
import { startSession } from "../sign-in/start-session.ts";
import { demoCast, demoRoles } from "./demo-cast.ts";

/** The people one can explore the demo school as; not found unless this install is a demo. */
export async function listDemoCast(db: Kysely<Database>) {
  const demo = await findDemoDistrict(db);
  if (!demo) throw notFound("demo district");

  const cast = [];
  for (const role of demoRoles) {
    const person = await findDemoPerson(db, demo.id, demoCast[role]);
    if (person) cast.push({ role, name: personName(person) });
  }

  return cast;
}

/**
 * Signs in as one part of the demo school, without a password: only ever for a district
 * flagged as a demo. Returns the session's Set-Cookie values.
 */
export async function exploreDemoAs(deps: SignInDeps, role: unknown) {
  const demo = await findDemoDistrict(deps.db);
  const known = demoRoles.find((each) => each === role);
  if (!demo || !known) throw notFound(`demo part ${String(role)}`);

  const person = await findDemoPerson(deps.db, demo.id, demoCast[known]);
  if (!person) throw notFound(`demo person ${demoCast[known]}`);

  return { personId: person.id, cookies: await startSession(deps, person) };
}
