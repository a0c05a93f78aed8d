import { common } from "./en/common.ts";

/**
 * The English catalog, one file per feature under en/. Every other locale must carry the same
 * keys; a test fails when one is missing or a message does not parse.
 */
export const english = {
  ...common,
};

export type MessageKey = keyof typeof english;
