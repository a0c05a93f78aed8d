import type { TokenPickup } from "../../auth/accounts.ts";
import type { Auth } from "../../auth/auth.ts";
import type { Config } from "../../config.ts";
import type { PlanDeps } from "../plans/plan-deps.ts";

/** Meetings email the family a sign-in link and invitations that point back here. */
export interface MeetingDeps extends PlanDeps {
  auth: Auth;
  tokens: TokenPickup;
  config: Pick<Config, "baseUrl" | "mailFrom">;
}

/** What writing an invitation, its update or its cancellation needs: no sign-in link. */
export type InvitationDeps = PlanDeps & Pick<MeetingDeps, "config">;

/** Where a plan's meeting times are chosen, relative to the app. */
export const meetingTimesPath = (planId: string) => `/plans/${planId}/meeting-times`;
