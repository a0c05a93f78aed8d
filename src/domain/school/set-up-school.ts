import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import { z } from "zod";
import { ensureAuthUser, setPassword } from "../../auth/accounts.ts";
import { isoNow } from "../../clock.ts";
import type { PersonTable } from "../../db/schema.ts";
import { insertAdministrator, insertDistrict, insertSchool } from "../../db/school-store.ts";
import { parseForm } from "../forms/parse-form.ts";
import { requiredWords } from "../forms/visible-text.ts";
import type { SignInDeps } from "../sign-in/sign-in-deps.ts";
import { startSession } from "../sign-in/start-session.ts";
import { claimFirstRun } from "./first-run.ts";
import { timeZoneField } from "./time-zones.ts";
import { schoolNameLimit } from "./update-school.ts";

const name = requiredWords(100);

export const setupForm = z
  .object({
    schoolName: requiredWords(schoolNameLimit),
    timeZone: timeZoneField,
    givenName: name,
    familyName: name,
    email: z.string().trim().min(1).max(254).pipe(z.email()),
    password: z.string().min(10).max(128),
    passwordAgain: z.string(),
  })
  .refine((form) => form.password === form.passwordAgain, {
    path: ["passwordAgain"],
    message: "setup.passwordsDiffer",
  });

const labels = {
  schoolName: "setup.field.schoolName",
  timeZone: "setup.field.timeZone",
  givenName: "setup.field.givenName",
  familyName: "setup.field.familyName",
  email: "setup.field.email",
  password: "setup.field.password",
  passwordAgain: "setup.field.passwordAgain",
} as const;

/**
 * The first run: creates the district (named after the school: a lone school still belongs to a
 * district, the tenant), the school and its first administrator, gives them their password and
 * signs them in. Refused once any district exists. Returns the session's Set-Cookie values.
 */
export async function setUpSchool(deps: SignInDeps, input: unknown, locale: string) {
  const form = parseForm(setupForm, input, { locale, labels });
  const now = isoNow(deps.clock);
  const districtId = randomUUID();
  const schoolId = randomUUID();
  const administrator = newAdministrator({ ...form, districtId, now });

  await deps.db.transaction().execute(async (trx) => {
    await claimFirstRun(trx, districtId, locale);
    await insertDistrict(trx, {
      id: districtId,
      source_id: null,
      name: form.schoolName,
      created_at: now,
      demo: 0,
    });
    await insertSchool(trx, {
      id: schoolId,
      district_id: districtId,
      source_id: null,
      name: form.schoolName,
      math_vision: "",
      time_zone: form.timeZone,
      check_in_cadence_days: 14,
      active: 1,
      created_at: now,
      updated_at: now,
    });
    await insertAdministrator(trx, administrator, {
      person_id: administrator.id,
      school_id: schoolId,
      district_id: districtId,
    });
  });

  // better-auth writes through its own connection: never inside our transaction.
  const authUserId = await ensureAuthUser(deps.auth, deps.db, administrator);
  await setPassword(deps.auth, authUserId, form.password);
  const cookies = await startSession(deps, { ...administrator, auth_user_id: authUserId });

  return { districtId, schoolId, personId: administrator.id, cookies };
}

function newAdministrator(options: {
  districtId: string;
  now: string;
  givenName: string;
  familyName: string;
  email: string;
}) {
  return {
    id: randomUUID(),
    district_id: options.districtId,
    source_id: null,
    role: "administrator",
    given_name: options.givenName,
    family_name: options.familyName,
    preferred_name: null,
    email: options.email,
    phone: null,
    grades: null,
    preferred_locale: null,
    active: 1,
    auth_user_id: null,
    created_at: options.now,
    updated_at: options.now,
    last_import_id: null,
  } satisfies Insertable<PersonTable>;
}
