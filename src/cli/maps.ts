/** `npx maps <command>`: the school's command line. Each command lives in its own module. */
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  import: () => import("./import-command.ts"),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;

if (!load) {
  process.stderr.write(
    `Usage: maps <command>\n\nCommands:\n  import <folder-or-zip> [--json] [--skip-invalid]\n`,
  );
  process.exitCode = name ? 2 : 0;
} else {
  const command = await load();
  process.exitCode = await command.run(args);
}
