import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, isoNow } from "../../clock.ts";
import type { Database } from "../../db/schema.ts";
import {
  findSchoolSettings,
  replaceSchoolVisions,
  updateSchoolSettings,
} from "../../db/school-store.ts";
import { type Locale, supportedLocales } from "../../i18n/translate.ts";
import type { Actor } from "../access/actor.ts";
import { authorizeAdministrator, authorizeSchoolAdministrator } from "../access/policy.ts";
import { notFound } from "../errors.ts";
import { parseForm } from "../forms/parse-form.ts";
import { requiredWords } from "../forms/visible-text.ts";
import { timeZoneField } from "./time-zones.ts";

export const mathVisionLimit = 2000;

/**
 * As long as a roster may name a school (parse-roster.ts): a school imported with a longer name
 * than this form took could not have its Math Vision saved.
 */
export const schoolNameLimit = 300;

// Browsers send a textarea's line breaks as CRLF: count what is kept, not what was sent.
const visionText = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(mathVisionLimit));

const translatedVisions = Object.fromEntries(
  supportedLocales.map((locale) => [`vision-${locale}`, visionText.optional().default("")]),
) as Record<`vision-${Locale}`, z.ZodDefault<z.ZodOptional<typeof visionText>>>;

const schoolForm = z.object({
  ...translatedVisions,
  schoolId: z.string().min(1).max(100),
  name: requiredWords(schoolNameLimit),
  // Browsers send a textarea's line breaks as CRLF: count what is kept, not what was sent.
  mathVision: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(mathVisionLimit)),
  timeZone: timeZoneField,
  checkInCadenceDays: z.coerce
    .number({ error: "school.cadenceRange" })
    .int({ error: "school.cadenceRange" })
    .min(1, { error: "school.cadenceRange" })
    .max(90, { error: "school.cadenceRange" }),
});

const labels = {
  name: "school.field.name",
  mathVision: "school.field.mathVision",
  timeZone: "school.field.timeZone",
  checkInCadenceDays: "school.field.cadence",
  ...Object.fromEntries(
    supportedLocales.map((locale) => [`vision-${locale}`, "school.field.mathVision"]),
  ),
} as const;

/** An administrator changes a school's name, Math Vision, time zone or check-in cadence. */
export async function updateSchool(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  input: unknown,
) {
  await authorizeAdministrator(deps.db, actor);
  const form = parseForm(schoolForm, input, { locale: actor.locale, labels });
  const school = await findSchoolSettings(deps.db, actor.districtId, form.schoolId);
  if (!school) throw notFound(`school ${form.schoolId}`);
  await authorizeSchoolAdministrator(deps.db, actor, school.id);

  const now = isoNow(deps.clock);
  await deps.db.transaction().execute(async (trx) => {
    await updateSchoolSettings(
      trx,
      { districtId: actor.districtId, schoolId: school.id, now },
      form,
    );
    const visions = supportedLocales.map((locale) => ({
      locale,
      body: String(form[`vision-${locale}`] ?? ""),
    }));
    await replaceSchoolVisions(trx, { schoolId: school.id, now }, visions);
  });

  return { schoolId: school.id };
}
