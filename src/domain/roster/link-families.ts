import type { PersonRole } from "../../db/schema.ts";
import type { CheckOptions, RosterCheck } from "./check-roster.ts";
import { say } from "./roster-report.ts";

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

/**
 * Family links between people of the export (by index) or people the district already has: a
 * negative number -(n + 1) stands for `outside[n]`. Each pair once. Frees the agent ids.
 */
export interface FamilyLinks {
  guardians: number[];
  students: number[];
  outside: string[];
}

export async function linkFamilies(check: RosterCheck, options: CheckOptions) {
  const outside = await agentsOutsideExport(check, options);
  const seen = new Set<string>();
  const links: FamilyLinks = { guardians: [], students: [], outside: [] };
  const outsideIndexes = new Map<string, number>();
  const numberOf = (sourceId: string) => {
    const index = check.people.indexOf(sourceId);
    if (index !== -1) return index;

    let at = outsideIndexes.get(sourceId);
    if (at === undefined) {
      at = links.outside.length;
      links.outside.push(sourceId);
      outsideIndexes.set(sourceId, at);
    }
    return -(at + 1);
  };
  const file = check.layout.files.users?.name ?? "users.csv";
  const people = check.people;

  for (let index = 0; index < people.size; index += 1) {
    if (!people.valid(index) || !people.active(index)) continue;

    const person = {
      id: people.sourceId(index),
      role: people.role(index),
      guardian: people.guardian(index),
    };
    for (const agentId of people.agentIds(index)) {
      const agent = agentOf(agentId, check, outside);
      const link = linkBetween(person, { id: agentId, ...agent });
      const key = link ? `${link.guardianId}\u0000${link.studentId}` : "";

      if (link && !seen.has(key)) {
        seen.add(key);
        links.guardians.push(numberOf(link.guardianId));
        links.students.push(numberOf(link.studentId));
      } else if (!link) {
        const where = { file, line: people.line(index), column: "agentSourcedIds" };
        const message = noLinkMessage(person, { id: agentId, ...agent });
        options.log.warn({ ...where, message });
      }
    }
  }
  people.forgetAgents();

  return links;
}

async function agentsOutsideExport(check: RosterCheck, options: CheckOptions) {
  const ids = new Set<string>();
  for (const agentId of check.people.allAgentIds()) {
    if (!check.people.has(agentId)) ids.add(agentId);
  }

  return ids.size > 0 ? options.lookup.people([...ids]) : new Map<string, PersonRole>();
}

function agentOf(id: string, check: RosterCheck, outside: Map<string, PersonRole>): Agent {
  const people = check.people;
  const index = people.indexOf(id);
  if (index !== -1) {
    const state = !people.valid(index) ? "invalid" : people.active(index) ? "ok" : "removed";
    return { role: people.role(index), guardian: people.guardian(index), state };
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

function noLinkMessage(person: { role: PersonRole | undefined }, agent: { id: string } & Agent) {
  if (agent.state === "unknown") return say("roster.link.unknown", { id: agent.id });
  if (agent.state === "invalid") return say("roster.link.invalidRow", { id: agent.id });
  if (agent.state === "removed") return say("roster.link.removed", { id: agent.id });

  return say("roster.link.notFamily", {
    id: agent.id,
    agentRole: agent.role ?? "",
    personRole: person.role ?? "",
  });
}
