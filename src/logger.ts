import { pino } from "pino";

/**
 * One root logger. Log ids and counts only: never student names, family contact details,
 * plan text or tokens (see docs/ARCHITECTURE.md).
 */
export function createLogger(level: string) {
  return pino({
    level,
    redact: ["*.email", "*.token", "*.password", "req.headers.cookie"],
  });
}

export type Logger = ReturnType<typeof createLogger>;
