import path from "node:path";
import { parseArgs } from "node:util";
import {
  checkSize,
  type DistrictSize,
  defaultDistrictSize,
  generateDistrict,
  sizeForRows,
} from "./generate-district.ts";

/*
 * `npx tsx scripts/generate-district.ts --out /tmp/district [--students 100000 ...]`: writes a
 * synthetic OneRoster 1.1 export for load tests and benchmarks. A developer tool, not part of
 * the product, so its messages are English only.
 */

const usage = `Usage: tsx scripts/generate-district.ts --out <folder> [options]

  --schools <n>       schools (default ${defaultDistrictSize.schools})
  --students <n>      students (default ${defaultDistrictSize.students})
  --teachers <n>      teachers, one class each (default ${defaultDistrictSize.teachers})
  --guardians <n>     guardians (default ${defaultDistrictSize.guardians})
  --enrollments <n>   enrollments, teachers' included (default ${defaultDistrictSize.enrollments})
  --rows <n>          instead of the counts: the default proportions scaled to about n rows
  --seed <n>          seed; the same seed and sizes give the same files (default 1)
`;

function readSize(values: Record<string, string | boolean | undefined>): DistrictSize {
  if (typeof values.rows === "string") return sizeForRows(Number(values.rows));

  const count = (name: keyof DistrictSize) =>
    typeof values[name] === "string" ? Number(values[name]) : defaultDistrictSize[name];
  return {
    schools: count("schools"),
    students: count("students"),
    teachers: count("teachers"),
    guardians: count("guardians"),
    enrollments: count("enrollments"),
  };
}

/** Runs the command with its arguments; returns the exit code. */
export async function runGenerateDistrict(args: string[]) {
  const { values } = parseArgs({
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
  if (values.help || !values.out) {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }

  const size = readSize(values);
  const problem = checkSize(size);
  if (problem) {
    process.stderr.write(`${problem}\n\n${usage}`);
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
