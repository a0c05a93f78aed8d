import path from "node:path";
import { parseArgs } from "node:util";
import {
  checkSize,
  type DistrictSize,
  defaultDistrictSize,
  generateDistrict,
  sizeForRows,
  sizeForStudents,
} from "./generate-district.ts";

/*
 * `npx tsx scripts/generate-district.ts --out /tmp/district [--students 100000 ...]`: writes a
 * synthetic OneRoster 1.1 export for load tests and benchmarks. A developer tool, not part of
 * the product, so its messages are English only.
 */

const perDefault = (count: number) => `${count} per ${defaultDistrictSize.students} students`;

const usage = `Usage: tsx scripts/generate-district.ts --out <folder> [options]

  --students <n>      students (default ${defaultDistrictSize.students})
  --schools <n>       schools (default ${perDefault(defaultDistrictSize.schools)})
  --teachers <n>      teachers, one class each (default ${perDefault(defaultDistrictSize.teachers)})
  --guardians <n>     guardians (default ${perDefault(defaultDistrictSize.guardians)})
  --enrollments <n>   enrollments, teachers' included
                      (default ${perDefault(defaultDistrictSize.enrollments)})
  --rows <n>          instead of the counts: the default proportions scaled to about n rows
  --seed <n>          seed; the same seed and sizes give the same files (default 1)

The counts not given keep the default district's proportions to --students: --students 1000
alone writes 1 school, 60 teachers and classes, 1600 guardians and 3000 enrollments.
`;

const countNames = ["schools", "students", "teachers", "guardians", "enrollments"] as const;

/** The size asked for, or what is wrong with it. */
function readSize(values: Record<string, string | boolean | undefined>): DistrictSize | string {
  if (typeof values.rows === "string") {
    const size = sizeForRows(Number(values.rows));
    return checkSize(size) ?? size;
  }

  const given: Partial<DistrictSize> = {};
  for (const name of countNames) {
    const value = values[name];
    if (typeof value !== "string") continue;
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1) return `${name} must be a whole number above 0`;
    given[name] = count;
  }
  const { students = defaultDistrictSize.students, ...others } = given;
  const size = sizeForStudents(students, others);

  return checkSize(size) ?? size;
}

/** Runs the command with its arguments; returns the exit code. */
export async function runGenerateDistrict(args: string[]) {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(args);
  } catch (error) {
    process.stderr.write(`${optionProblem(error)}\n\n${usage}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help || !values.out) {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }

  const size = readSize(values);
  if (typeof size === "string") {
    process.stderr.write(`${size}\n\n${usage}`);
    return 2;
  }

  const started = performance.now();
  const out = path.resolve(values.out);
  const rows = await generateDistrict({ size, out, seed: Number(values.seed ?? 1) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Wrote ${rows.total} rows to ${out} in ${seconds} s\n`);
  process.stdout.write(`${JSON.stringify({ size, rows })}\n`);

  return 0;
}

/** "--students -5", "--students" with nothing after it, an option it does not have. */
function optionProblem(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--[\w-]+)/.exec(message)?.[1];
  if (option && /argument (missing|is ambiguous)/.test(message)) {
    return `${option} needs a value after it (a count is a whole number above 0)`;
  }

  return message.split("\n")[0] ?? message;
}

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    options: {
      out: { type: "string" },
      schools: { type: "string" },
      students: { type: "string" },
      teachers: { type: "string" },
      guardians: { type: "string" },
      enrollments: { type: "string" },
      rows: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
