import { z } from "zod";

export const defaultTimeZone = "America/New_York";

let known: readonly string[] | undefined;

/** The IANA time zones this Node knows, plus UTC, which Intl lists under no region. */
export function timeZones(): readonly string[] {
  known ??= ["UTC", ...Intl.supportedValuesOf("timeZone")];

  return known;
}

/** A time zone chosen from the list; the message says to pick one. */
export const timeZoneField = z
  .string()
  .refine((zone) => timeZones().includes(zone), { message: "field.choice" });
