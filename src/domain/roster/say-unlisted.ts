import type { Translate } from "../../i18n/translate.ts";
import type { UnlistedRows } from "./roster-report.ts";

/*
 * What a bulk file would make inactive, in words: the held import's report page and the command
 * line say it the same way.
 */

const roleCounts = [
  ["student", "roster.count.students"],
  ["teacher", "roster.count.teachers"],
  ["guardian", "roster.count.guardians"],
  ["administrator", "roster.count.administrators"],
] as const;

/** "2 students and 1 family member": the people of an unlisted count, by role. */
export function rolesOf(t: Translate, locale: string, entry: UnlistedRows) {
  const roles = roleCounts
    .filter(([role]) => (entry.roles?.[role] ?? 0) > 0)
    .map(([role, key]) => t(key, { count: entry.roles?.[role] ?? 0 }));

  return new Intl.ListFormat(locale, { type: "conjunction" }).format(roles);
}

/** "13,300 of the district's 14,000 active people from its roster (13,000 students and ...)" */
export function partOfDistrict(t: Translate, locale: string, entry: UnlistedRows) {
  const { count, active } = entry;
  if (entry.kind === "classes") return t("roster.report.heldClasses", { count, active });
  if (entry.kind === "enrollments") return t("roster.report.heldEnrollments", { count, active });

  return t("roster.report.heldPeople", { count, active, roles: rolesOf(t, locale, entry) });
}

/** "13,300 people and 2 classes": every row an import would make inactive, as its button says. */
export function inactiveRows(t: Translate, locale: string, unlisted: UnlistedRows[]) {
  const rows = unlisted.map(({ kind, count }) =>
    t(kind === "users" ? "roster.count.people" : `roster.count.${kind}`, { count }),
  );

  return new Intl.ListFormat(locale, { type: "conjunction" }).format(rows);
}
