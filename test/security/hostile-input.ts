import fs from "node:fs";
import path from "node:path";

/*
 * Hostile and malformed input for the fuzz test: values, bodies and query strings that a
 * careless or malicious client sends. Everything is drawn from a seeded generator, so a failure
 * comes back the same on the next run.
 */

/** Mulberry32: small, fast and good enough to pick test input; the same seed, the same run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };

  return {
    next,
    pick<T>(choices: readonly T[]): T {
      const choice = choices[Math.floor(next() * choices.length)];
      if (choice === undefined) throw new Error("pick from an empty list");
      return choice;
    },
  };
}
export type Random = ReturnType<typeof seededRandom>;

export const hostileTexts = [
  "x".repeat(100_000),
  "\u0000",
  "before\u0000after",
  "\u0001\u0007\u001b[31mred\u001b[0m\r\n\t\u007f",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE people; --",
  '" OR 1=1 --',
  "\ud800 lone surrogate",
  "\u202eevil\u202c",
  "🙂".repeat(2_000),
  "",
  "   ",
  "-1",
  "1e309",
  "NaN",
  "9".repeat(400),
  "2026-02-30T25:61",
  "../../../etc/passwd",
  "%00%ff",
  // Template injection probes: a page that evaluated either would show 49.
  "{{7*7}}" + "$" + "{7*7}",
  "javascript:alert(1)",
  "a@b",
  "true",
] as const;

export const hostileIds = [
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "' OR '1'='1",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%FF%FE",
  "%3Cscript%3E",
  "x".repeat(5_000),
  "1e309",
  "-1",
] as const;

/** Every field name a form of ours uses, read from the views so a new field is covered too. */
export function formFieldNames(projectRoot: string): string[] {
  const names = new Set<string>(["files"]);
  for (const folder of ["src/web/views", "src/web/routes"]) {
    for (const file of fs.readdirSync(path.join(projectRoot, folder))) {
      const text = fs.readFileSync(path.join(projectRoot, folder, file), "utf8");
      for (const match of text.matchAll(/name(?:=|: )"([a-zA-Z][\w-]*)"/g)) {
        if (match[1]) names.add(match[1]);
      }
    }
  }
  names.delete("viewport");
  names.delete("htmx-config");

  return [...names].sort();
}

export interface HostileRequest {
  kind: string;
  headers: Record<string, string>;
  body?: BodyInit;
  query?: string;
}

type BodyKind = (random: Random, fields: string[]) => HostileRequest;

function someFields(random: Random, fields: string[]) {
  return fields.filter(() => random.next() < 0.5);
}

const bodyKinds: BodyKind[] = [
  (random, fields) => {
    const body = new URLSearchParams();
    for (const field of someFields(random, fields)) {
      body.append(field, random.pick(hostileTexts));
      if (random.next() < 0.2) body.append(field, random.pick(hostileTexts));
    }
    return { kind: "form with hostile text", headers: {}, body };
  },
  (random, fields) => {
    const names = someFields(random, fields);
    const text = names.map((name) => `${name}=%FF%FE%C3%28`).join("&");
    const raw = Buffer.concat([Buffer.from(`${text}&body=`), Buffer.from([0xff, 0xc0, 0x80])]);
    return {
      kind: "form with invalid UTF-8",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new Uint8Array(raw),
    };
  },
  (random, fields) => {
    const wrongTypes = [42, -1, null, true, [], {}, ["a", "b"], { $gt: "" }, 1e308];
    const value = Object.fromEntries(fields.map((field) => [field, random.pick(wrongTypes)]));
    return {
      kind: "JSON of wrong types",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(value),
    };
  },
  () => ({
    kind: "JSON cut short",
    headers: { "content-type": "application/json" },
    body: '{"body": "unfinished',
  }),
  () => ({
    kind: "multipart without an end",
    headers: { "content-type": "multipart/form-data; boundary=zzz" },
    body: '--zzz\r\nContent-Disposition: form-data; name="body"\r\n\r\nno closing boundary',
  }),
  () => ({
    kind: "multipart without a boundary",
    headers: { "content-type": "multipart/form-data" },
    body: "body=hello",
  }),
  (random, fields) => {
    const form = new FormData();
    for (const field of someFields(random, fields)) form.append(field, random.pick(hostileTexts));
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0xc3, 0x28]);
    form.append("files", new File([junk], "users.csv"));
    form.append("files", new File(["sourcedId\n\u0000\u0001"], "../../evil.csv"));
    return { kind: "multipart with junk files", headers: {}, body: form };
  },
  () => ({
    kind: "unexpected content type",
    headers: { "content-type": "text/xml" },
    body: "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
  }),
];

/** The query strings tried on every route: odd names, odd values, a flood of parameters. */
export function hostileQuery(random: Random): string {
  const query = new URLSearchParams();
  for (const name of ["saved", "next", "lang", "token", "page", "from", "q", "year"]) {
    query.append(name, random.pick(hostileTexts).slice(0, 2_000));
  }
  query.append("next", "//evil.example/");
  for (let index = 0; index < 200; index += 1) query.append(`p${index}`, "1");

  return `?${query.toString()}&broken=%E0%A4%A&=&&`;
}

export function hostileBodies(random: Random, fields: string[]): HostileRequest[] {
  return bodyKinds.map((kind) => kind(random, fields));
}
