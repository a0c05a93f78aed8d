import type { PersonRole } from "../../db/schema.ts";
import { detached } from "./csv-records.ts";

/*
 * What the check learns about each person of users.csv, kept compact because a district has
 * hundreds of thousands of them: a person is an index into typed arrays, not an object with
 * arrays of its own. An object and three arrays per person made the import's live heap grow with
 * the district, and V8 lets the heap grow to a few times what is live.
 */

const roleCodes: readonly PersonRole[] = ["administrator", "teacher", "student", "guardian"];

/** Ids split after this many characters: see PeopleFacts.storedCounters. */
const idStartLength = 28;
/**
 * Whether an id of the import's length ends in eight lowercase hex digits: its counter, as
 * `toString(16)` and `padStart` write it back.
 */
function endsInHex(id: string) {
  for (let at = idStartLength; at < id.length; at += 1) {
    const code = id.charCodeAt(at);
    // A loop rather than a regular expression: it ran for each of a district's people.
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102))) return false;
  }

  return true;
}

const validBit = 1;
const activeBit = 2;
const guardianBit = 4;
const storedBit = 8;

function codeOf(role: PersonRole | undefined) {
  return role === undefined ? 0 : roleCodes.indexOf(role) + 1;
}

function roleOf(code: number): PersonRole | undefined {
  return code === 0 ? undefined : roleCodes[code - 1];
}

/** Roles whose bit is set in a mask of roleCodes, in the order of roleCodes. */
function rolesIn(mask: number) {
  return roleCodes.filter((_role, index) => (mask & (1 << index)) !== 0);
}

export interface NewPerson {
  line: number;
  valid: boolean;
  active: boolean;
  usersRole: PersonRole | undefined;
  orgIds: readonly string[];
  agentIds: readonly string[];
}

export class PeopleFacts {
  private readonly indexes = new Map<string, number>();
  /** Roster ids by index. */
  private readonly sourceIds: string[] = [];
  private lines = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  /** Low four bits: the role the app gives (code); high four: users.csv's role. */
  private roleCodes = new Uint8Array(1024);
  /** Low four bits: roles.csv roles; high four: the primary ones among them. */
  private roleMasks = new Uint8Array(1024);
  /** Orgs are few (schools): interned, so a person holds small numbers. */
  private readonly orgIndexes = new Map<string, number>();
  private readonly orgNames: string[] = [];
  /** The first org of each person, plus one (0: none); most people have one. */
  private firstOrgs = new Int32Array(1024);
  private readonly moreOrgs = new Map<number, number[]>();
  /** Orgs of administrator roles in roles.csv, only for people who have such roles. */
  private readonly administeredOrgs = new Map<number, string[]>();
  /** agentSourcedIds, only for people who have them, until family links are made. */
  private agents = new Map<number, readonly string[]>();
  /**
   * Our ids of the people once the write pass has stored them. A UUID is kept as its first 28
   * characters, shared by every id an import makes (row-ids.ts) and interned here, and its last
   * eight hex digits as a number: 5 bytes a person rather than a 56-byte string, 15 MB of a
   * 100,000-student district's heap. An id that does not split so is kept whole.
   */
  private storedCounters = new Uint32Array(1024);
  /** The interned start of each person's id, plus one; 0: kept whole in otherStoredIds. */
  private storedStarts = new Uint8Array(1024);
  private readonly idStarts: string[] = [];
  private readonly idStartIndexes = new Map<string, number>();
  private readonly otherStoredIds = new Map<number, string>();

  get size() {
    return this.sourceIds.length;
  }

  /** Adds the first row of a roster id; the caller has made sure it is the first. */
  add(sourceId: string, person: NewPerson) {
    const index = this.sourceIds.length;
    this.grow(index + 1);
    const kept = detached(sourceId);
    this.indexes.set(kept, index);
    this.sourceIds.push(kept);
    this.lines[index] = person.line;
    let flags = 0;
    if (person.valid) flags |= validBit;
    if (person.active) flags |= activeBit;
    if (person.usersRole === "guardian") flags |= guardianBit;
    this.flags[index] = flags;
    this.roleCodes[index] = codeOf(person.usersRole) << 4;
    for (const orgId of person.orgIds) this.addOrg(index, orgId);
    if (person.agentIds.length > 0) this.agents.set(index, person.agentIds.map(detached));

    return index;
  }

  private grow(size: number) {
    if (size <= this.lines.length) return;

    const length = Math.max(size, this.lines.length * 2);
    const grown = <T extends Int32Array | Uint32Array | Uint8Array>(
      from: T,
      make: (n: number) => T,
    ) => {
      const to = make(length);
      to.set(from);
      return to;
    };
    this.lines = grown(this.lines, (n) => new Int32Array(n));
    this.flags = grown(this.flags, (n) => new Uint8Array(n));
    this.roleCodes = grown(this.roleCodes, (n) => new Uint8Array(n));
    this.roleMasks = grown(this.roleMasks, (n) => new Uint8Array(n));
    this.firstOrgs = grown(this.firstOrgs, (n) => new Int32Array(n));
    this.storedCounters = grown(this.storedCounters, (n) => new Uint32Array(n));
    this.storedStarts = grown(this.storedStarts, (n) => new Uint8Array(n));
  }

  /** The index of a roster id, or -1. */
  indexOf(sourceId: string) {
    return this.indexes.get(sourceId) ?? -1;
  }

  has(sourceId: string) {
    return this.indexes.has(sourceId);
  }

  sourceId(index: number) {
    return this.sourceIds[index] as string;
  }

  line(index: number) {
    return this.lines[index] as number;
  }

  valid(index: number) {
    return ((this.flags[index] as number) & validBit) !== 0;
  }

  invalidate(index: number) {
    this.flags[index] = (this.flags[index] as number) & ~validBit;
  }

  active(index: number) {
    return ((this.flags[index] as number) & activeBit) !== 0;
  }

  /** Imports the person inactive, whatever their row says (an administrator of nothing). */
  deactivate(index: number) {
    this.flags[index] = (this.flags[index] as number) & ~activeBit;
  }

  /** May stand as a guardian in a family link (any of their roster roles is a family one). */
  guardian(index: number) {
    return ((this.flags[index] as number) & guardianBit) !== 0;
  }

  /** The role the person has in the app, once roles are settled. */
  role(index: number) {
    return roleOf((this.roleCodes[index] as number) & 15);
  }

  setRole(index: number, role: PersonRole | undefined) {
    this.roleCodes[index] = ((this.roleCodes[index] as number) & 0xf0) | codeOf(role);
  }

  usersRole(index: number) {
    return roleOf((this.roleCodes[index] as number) >> 4);
  }

  /** A role from roles.csv. */
  addRole(index: number, role: PersonRole, primary: boolean) {
    const bit = 1 << (codeOf(role) - 1);
    const mask = (this.roleMasks[index] as number) | bit | (primary ? bit << 4 : 0);
    this.roleMasks[index] = mask;
    if (role === "guardian") this.flags[index] = (this.flags[index] as number) | guardianBit;
  }

  /** roles.csv's roles of the person (each once), and which of them are primary. */
  rosterRoles(index: number) {
    const mask = this.roleMasks[index] as number;
    return { all: rolesIn(mask & 15), primary: rolesIn(mask >> 4) };
  }

  addOrg(index: number, orgId: string) {
    let org = this.orgIndexes.get(orgId);
    if (org === undefined) {
      org = this.orgNames.length;
      const kept = detached(orgId);
      this.orgIndexes.set(kept, org);
      this.orgNames.push(kept);
    }
    const first = this.firstOrgs[index] as number;
    if (first === 0) {
      this.firstOrgs[index] = org + 1;
      return;
    }
    if (first === org + 1) return;

    const more = this.moreOrgs.get(index);
    if (!more) this.moreOrgs.set(index, [org]);
    else if (!more.includes(org)) more.push(org);
  }

  /** Every org anyone is listed at, each once. */
  allOrgIds(): readonly string[] {
    return this.orgNames;
  }

  orgIds(index: number): string[] {
    const first = this.firstOrgs[index] as number;
    if (first === 0) return [];

    const more = this.moreOrgs.get(index) ?? [];
    return [first - 1, ...more].map((org) => this.orgNames[org] as string);
  }

  agentIds(index: number): readonly string[] {
    return this.agents.get(index) ?? [];
  }

  /** An org roles.csv gives the person an administrator role at. */
  addAdministeredOrg(index: number, orgId: string) {
    const orgs = this.administeredOrgs.get(index);
    if (!orgs) this.administeredOrgs.set(index, [detached(orgId)]);
    else if (!orgs.includes(orgId)) orgs.push(detached(orgId));
  }

  /**
   * Where the person's administrator rights lie: the orgs of their administrator roles in
   * roles.csv, else (OneRoster 1.1, or roles without an org) every org they are listed at.
   */
  administeredOrgIds(index: number): readonly string[] {
    return this.administeredOrgs.get(index) ?? this.orgIds(index);
  }

  /** Every agentSourcedId of every person, for looking up those outside the export. */
  *allAgentIds() {
    for (const ids of this.agents.values()) yield* ids;
  }

  /** Family links are made: the agent ids are not needed again. */
  forgetAgents() {
    this.agents = new Map();
  }

  setStoredId(index: number, id: string) {
    if (index < 0) return;
    this.flags[index] = (this.flags[index] as number) | storedBit;
    const start = this.idStartOf(id);
    this.storedStarts[index] = start + 1;
    if (start === -1) {
      this.otherStoredIds.set(index, id);
      return;
    }
    this.storedCounters[index] = Number.parseInt(id.slice(idStartLength), 16);
    this.otherStoredIds.delete(index);
  }

  /** Our id of a person the write pass stored, else undefined. */
  storedId(index: number) {
    if (index < 0 || ((this.flags[index] as number) & storedBit) === 0) return undefined;

    const start = this.storedStarts[index] as number;
    if (start === 0) return this.otherStoredIds.get(index);
    const counter = (this.storedCounters[index] as number).toString(16).padStart(8, "0");
    return (this.idStarts[start - 1] as string) + counter;
  }

  /** The interned start of an id that splits into one and eight hex digits, else -1. */
  private idStartOf(id: string) {
    if (id.length !== idStartLength + 8 || !endsInHex(id)) return -1;

    const start = id.slice(0, idStartLength);
    const known = this.idStartIndexes.get(start);
    if (known !== undefined) return known;
    // Ids made elsewhere (the app's random UUIDs) each start differently: those are kept whole.
    if (this.idStarts.length >= 255) return -1;
    this.idStarts.push(detached(start));
    this.idStartIndexes.set(start, this.idStarts.length - 1);
    return this.idStarts.length - 1;
  }
}
