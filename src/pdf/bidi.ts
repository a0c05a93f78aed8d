import type { Bidi } from "bidi-js";
import * as bidiModule from "bidi-js";

/*
 * bidi-js is published as a factory function, but Node's CommonJS interop hands us its methods
 * directly while bundlers (Vitest) hand us the factory as the default export: accept both.
 */
function loadBidi(): Bidi {
  const loaded = bidiModule as unknown as Partial<Bidi> & { default?: unknown };
  if (typeof loaded.getEmbeddingLevels === "function") return loaded as Bidi;

  const factory = loaded.default as (() => Bidi) | { default: () => Bidi };
  return typeof factory === "function" ? factory() : factory.default();
}

export const bidi = loadBidi();
