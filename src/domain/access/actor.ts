import type { PersonRole } from "../../db/schema.ts";

/** The signed-in person on whose behalf a request acts. */
export interface Actor {
  personId: string;
  districtId: string;
  role: PersonRole;
  displayName: string;
  locale: string;
  /**
   * An administrator of the whole district, not only of some schools: which links a page
   * offers. The policy decides each request afresh from the roster, never from this.
   */
  administersDistrict?: boolean;
  /**
   * Where the request came from (src/web/client-address.ts), for the audit entries a service
   * writes itself; absent when no request is behind the actor (a command, a test).
   */
  clientAddress?: string;
}
