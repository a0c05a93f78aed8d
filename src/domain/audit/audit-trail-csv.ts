import { csvDocument } from "../../lib/csv-cell.ts";
import type { AuditRow } from "./read-audit-trail.ts";

const header = [
  "time_utc",
  "person_id",
  "person_name",
  "role",
  "action",
  "route",
  "plan_id",
  "student_id",
  "student_name",
  "client_address",
  "details",
];

/** The audit trail as a CSV file, every cell written by the app's one CSV writer. */
export function auditTrailCsv(rows: readonly AuditRow[]): string {
  return csvDocument(
    header,
    rows.map((row) => [
      row.at,
      row.actorId,
      row.actorName,
      row.actorRole,
      row.action,
      row.route,
      row.planId,
      row.studentId,
      row.studentName,
      row.clientAddress,
      row.details,
    ]),
  );
}
