import { createHash, randomBytes } from "node:crypto";

/** A new card's token (shown once, on the printed card) and the hash that is all we keep. */
export function newCardToken() {
  const token = randomBytes(32).toString("base64url");

  return { token, tokenHash: hashCardToken(token) };
}

export function hashCardToken(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a text could be a card token at all, before looking it up. */
export const looksLikeCardToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
