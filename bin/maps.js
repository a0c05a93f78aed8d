#!/usr/bin/env node
// The `maps` command (npx maps ...): loads the TypeScript CLI through tsx.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/maps.ts");
