import type { PersonRole } from "../../db/schema.ts";
import type { CheckOptions, RosterCheck } from "./check-roster.ts";

/*
 * Family links from agentSourcedIds, which either side may carry: a parent names their child,
 * or a student names their parent. Only a student and someone with a family role make a link;
 * anything else a roster puts there (a student naming a teacher) is reported, not linked.
 */

interface Agent {
  role: PersonRole | undefined;
  guardian: boolean;
  state: "ok" | "invalid" | "removed" | "unknown";
}

export async function linkFamilies(check: RosterCheck, options: CheckOptions) {
  const outside = await agentsOutsideExport(check, options);
  const links = new Map<string, { guardianId: string; studentId: string }>();
  const file = check.layout.files.users?.name ?? "users.csv";

  for (const [id, person] of check.people) {
    if (!person.valid || !person.active) continue;

    for (const agentId of person.agentIds) {
      const agent = agentOf(agentId, check, outside);
      const link = linkBetween({ id, ...person }, { id: agentId, ...agent });
      const where = { file, line: person.line, column: "agentSourcedIds" };

      if (link) links.set(`${link.guardianId}\u0000${link.studentId}`, link);
      else
        options.log.warn({
          ...where,
          message: noLinkMessage(person, { id: agentId, ...agent }, options),
        });
    }
  }

  return [...links.values()];
}

async function agentsOutsideExport(check: RosterCheck, options: CheckOptions) {
  const ids = new Set<string>();
  for (const person of check.people.values()) {
    for (const agentId of person.agentIds) if (!check.people.has(agentId)) ids.add(agentId);
  }

  return ids.size > 0 ? options.lookup.people([...ids]) : new Map<string, PersonRole>();
}

function agentOf(id: string, check: RosterCheck, outside: Map<string, PersonRole>): Agent {
  const person = check.people.get(id);
  if (person) {
    const state = !person.valid ? "invalid" : person.active ? "ok" : "removed";
    return { role: person.role, guardian: person.guardian, state };
  }

  const role = outside.get(id);
  return { role, guardian: role === "guardian", state: role ? "ok" : "unknown" };
}

function linkBetween(
  person: { id: string; role: PersonRole | undefined; guardian: boolean },
  agent: { id: string } & Agent,
) {
  if (agent.state !== "ok") return undefined;
  if (person.role === "student" && agent.guardian) {
    return { guardianId: agent.id, studentId: person.id };
  }
  if (person.guardian && agent.role === "student") {
    return { guardianId: person.id, studentId: agent.id };
  }

  return undefined;
}

function noLinkMessage(
  person: { role: PersonRole | undefined },
  agent: { id: string } & Agent,
  { t }: CheckOptions,
) {
  if (agent.state === "unknown") return t("roster.link.unknown", { id: agent.id });
  if (agent.state === "invalid") return t("roster.ref.invalidRow", { id: agent.id });
  if (agent.state === "removed") return t("roster.link.removed", { id: agent.id });

  return t("roster.link.notFamily", {
    id: agent.id,
    agentRole: agent.role ?? "",
    personRole: person.role ?? "",
  });
}
