import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PeopleFacts } from "../../../src/domain/roster/people-facts.ts";
import { RowIds } from "../../../src/domain/roster/row-ids.ts";

/*
 * The check keeps each person of a roster as an index into typed arrays; these facts decide
 * roles, schools and family links, so each must read back exactly as it was put in.
 */

const person = {
  line: 2,
  valid: true,
  active: true,
  usersRole: undefined,
  orgIds: [] as string[],
  agentIds: [] as string[],
};

describe("the facts the roster check keeps about people", () => {
  it("reads back each person's line, state and roles by roster id", () => {
    const facts = new PeopleFacts();
    // More people than the first allocation, so the arrays have to grow.
    for (let n = 0; n < 3000; n += 1) {
      facts.add(`stu-${n}`, { ...person, line: n + 2, active: n % 2 === 0, usersRole: "student" });
    }
    const parent = facts.add("gdn-1", { ...person, line: 9000, usersRole: "guardian" });

    const last = facts.indexOf("stu-2999");
    expect(facts.size).toBe(3001);
    expect(facts.line(last)).toBe(3001);
    expect(facts.active(last)).toBe(false);
    expect(facts.active(facts.indexOf("stu-2998"))).toBe(true);
    expect(facts.usersRole(last)).toBe("student");
    expect(facts.guardian(parent)).toBe(true);
    expect(facts.guardian(last)).toBe(false);
    expect(facts.indexOf("nobody")).toBe(-1);

    facts.invalidate(last);
    expect(facts.valid(last)).toBe(false);
    expect(facts.valid(parent)).toBe(true);
  });

  it("keeps roles.csv roles apart from the primary ones, and a family role makes a guardian", () => {
    const facts = new PeopleFacts();
    const index = facts.add("p-1", { ...person, usersRole: "teacher" });

    facts.addRole(index, "teacher", false);
    facts.addRole(index, "guardian", true);
    facts.addRole(index, "teacher", false);

    expect(facts.rosterRoles(index)).toEqual({
      all: ["teacher", "guardian"],
      primary: ["guardian"],
    });
    expect(facts.guardian(index)).toBe(true);
    expect(facts.role(index)).toBeUndefined();
    facts.setRole(index, "guardian");
    expect(facts.role(index)).toBe("guardian");
    expect(facts.usersRole(index)).toBe("teacher");
  });

  it("gives each person their orgs once each, in the order they came", () => {
    const facts = new PeopleFacts();
    const index = facts.add("p-1", { ...person, orgIds: ["sch-2", "sch-1"] });
    const other = facts.add("p-2", { ...person, orgIds: ["sch-1"] });

    facts.addOrg(index, "sch-1");
    facts.addOrg(index, "sch-3");
    facts.addOrg(index, "sch-2");

    expect(facts.orgIds(index)).toEqual(["sch-2", "sch-1", "sch-3"]);
    expect(facts.orgIds(other)).toEqual(["sch-1"]);
    expect(facts.orgIds(facts.add("p-3", person))).toEqual([]);
  });

  it("keeps agent ids until family links are made", () => {
    const facts = new PeopleFacts();
    const index = facts.add("stu-1", { ...person, agentIds: ["gdn-1", "gdn-2"] });

    expect(facts.agentIds(index)).toEqual(["gdn-1", "gdn-2"]);
    expect([...facts.allAgentIds()]).toEqual(["gdn-1", "gdn-2"]);
    facts.forgetAgents();
    expect(facts.agentIds(index)).toEqual([]);
  });

  it("gives back the id each person was stored under, UUID or not", () => {
    const facts = new PeopleFacts();
    const first = facts.add("p-1", person);
    const second = facts.add("p-2", person);
    const unstored = facts.add("p-3", person);
    const id = randomUUID();

    facts.setStoredId(first, id);
    facts.setStoredId(second, "teacher-made-by-hand");

    expect(facts.storedId(first)).toBe(id);
    expect(facts.storedId(second)).toBe("teacher-made-by-hand");
    expect(facts.storedId(unstored)).toBeUndefined();
    expect(facts.storedId(-1)).toBeUndefined();
  });

  it("gives back exactly every id of a district's import, the app's own and any other", () => {
    const facts = new PeopleFacts();
    const made = new RowIds();
    const given: string[] = [];
    const idOf = (at: number) => {
      if (at % 5 === 0) return randomUUID();
      if (at % 7 === 0) return randomUUID().toUpperCase();
      if (at % 11 === 0) return `${randomUUID().slice(0, 28)}0000fffg`;
      return made.next();
    };
    for (let at = 0; at < 3000; at += 1) {
      const index = facts.add(`p-${at}`, person);
      given.push(idOf(at));
      facts.setStoredId(index, given[at] as string);
    }
    // A person stored again (an update returning the id the database holds) keeps the last.
    const again = randomUUID();
    facts.setStoredId(10, again);
    given[10] = again;
    const remade = made.next();
    facts.setStoredId(5, remade);
    given[5] = remade;

    expect(given.map((_id, index) => facts.storedId(index))).toEqual(given);
    expect(new Set(given).size).toBe(given.length);
  });
});
