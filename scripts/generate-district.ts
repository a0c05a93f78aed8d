import { runGenerateDistrict } from "../bench/district/generate-district-command.ts";

// The command lives under bench/, where the type check and linter see it.
process.exitCode = await runGenerateDistrict(process.argv.slice(2));
