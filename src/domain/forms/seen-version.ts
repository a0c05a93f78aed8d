import { z } from "zod";

/** What a missing or malformed version reads as: no record is ever at it. */
export const staleVersion = -1;

/**
 * The version of a record a form says it showed (a hidden field), for a save that must not
 * overwrite a change made meanwhile. A missing or malformed one (a damaged or tampered form)
 * vouches for no version, so it reads as stale: -1 matches none, and the person is shown the
 * record as it is now rather than having their save go through unchecked.
 */
export const seenVersionField = z
  .unknown()
  .optional()
  .transform((typed) => {
    const text = typeof typed === "number" ? String(typed) : typeof typed === "string" ? typed : "";
    const digits = text.trim();

    return /^\d{1,15}$/.test(digits) ? Number(digits) : staleVersion;
  });
