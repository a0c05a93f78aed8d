import type { Kysely } from "kysely";
import type { Clock } from "../../clock.ts";
import { isoNow } from "../../clock.ts";
import { insertPlanAuditEntry, insertStudentAuditEntry } from "../../db/audit-store.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../access/actor.ts";

export type AuditAction = "view" | "change" | "student.deleted" | "school_year.closed";

export interface AccessRequest {
  actor: Actor;
  method: string;
  /** The route pattern that answered, such as "/plans/:planId/print": ids stay out of it. */
  route: string;
  path: string;
  clientAddress: string;
}

/** The plan or student a route is about, from its address. */
export function subjectOf(route: string, path: string) {
  const plan = route.startsWith("/plans/:planId") ? /^\/plans\/([^/]+)/.exec(path) : null;
  if (plan?.[1]) return { planId: decodeURIComponent(plan[1]) };

  const student = route.startsWith("/students/:studentId")
    ? /^\/students\/([^/]+)/.exec(path)
    : null;
  if (student?.[1]) return { studentId: decodeURIComponent(student[1]) };

  return null;
}

/**
 * Writes who looked at or changed a student's plan or records, once the request succeeded.
 * A GET is a view (pages, prints, PDFs, exports); a POST is a change. Nothing is written when
 * the plan or student is gone (a deletion writes its own entry, with counts only).
 */
export async function recordAccess(
  deps: { db: Kysely<Database>; clock: Clock },
  request: AccessRequest,
): Promise<boolean> {
  const subject = subjectOf(request.route, request.path);
  if (!subject) return false;

  const { actor } = request;
  const entry = {
    district_id: actor.districtId,
    actor_id: actor.personId,
    actor_role: actor.role,
    action: request.method === "GET" ? "view" : "change",
    route: `${request.method} ${request.route}`,
    client_address: request.clientAddress,
    created_at: isoNow(deps.clock),
  };

  return "planId" in subject
    ? insertPlanAuditEntry(deps.db, entry, subject.planId)
    : insertStudentAuditEntry(deps.db, entry, subject.studentId);
}
