import {
  exportBytes,
  heapLimitChosen,
  importHeapBudgetMb,
  rerunUnderBudget,
} from "./import-heap.ts";
import { asksForJson, printRefusal } from "./import-refusal.ts";

/** `npx maps <command>`: the school's command line. Each command lives in its own module. */
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  import: () => import("./import-command.ts"),
  backup: () => import("./backup-command.ts"),
  restore: () => import("./restore-command.ts"),
  "check-language": () => import("./check-language-command.ts"),
};

const usage =
  "Usage: maps <command>\n\nCommands:\n" +
  "  import <folder-or-zip> [--json] [--skip-invalid] [--allow-deactivate] [--district ID]\n" +
  "  import --help\n  backup <file>\n  restore <file>\n" +
  "  check-language --lang en|es [--json] < statements.txt\n";

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
const askedForHelp = name === undefined || ["--help", "-h", "help"].includes(name);

if (!load) {
  // Asked for, the usage is the answer; after an unknown command, it says what went wrong.
  const mistake = `maps: "${name}" is not a command.`;
  if (askedForHelp) process.stdout.write(usage);
  // A script that asked for JSON reads it on stdout even when the command itself was mistyped.
  else if (asksForJson(args)) printRefusal({ problem: "usage", message: mistake }, { json: true });
  else process.stderr.write(`${mistake}\n\n${usage}`);
  process.exitCode = askedForHelp ? 0 : 2;
} else if (name === "import" && !heapLimitChosen(process.execArgv, process.env.NODE_OPTIONS)) {
  // The import runs again under a heap budget sized to its export (src/cli/import-heap.ts).
  const { exportNamed } = await import("./import-command.ts");
  const source = exportNamed(args);
  const budget = importHeapBudgetMb(source ? exportBytes(source) : 0);
  const onPostgres = Boolean(process.env.DATABASE_URL);
  process.exitCode = await rerunUnderBudget(budget, { json: asksForJson(args), onPostgres });
} else {
  const command = await load();
  process.exitCode = await command.run(args);
}
