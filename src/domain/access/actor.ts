import type { PersonRole } from "../../db/schema.ts";

/** The signed-in person on whose behalf a request acts. */
export interface Actor {
  personId: string;
  districtId: string;
  role: PersonRole;
  displayName: string;
  locale: string;
}
