import { logLevelSetting } from "@/lib/env";

/**
 * Structured logs: one JSON object per line. Callers pass identifiers and outcomes only, never
 * passwords, tokens or the text of profiles and missions.
 */
type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, string | number | boolean | null | undefined>;

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  return ORDER[logLevelSetting()];
}

function write(level: Level, event: string, fields: Fields = {}) {
  if (ORDER[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (event: string, fields?: Fields) => write("debug", event, fields),
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
  /** Security-relevant events (failed sign-ins, refused access, rate limits). */
  security: (event: string, fields?: Fields) => write("warn", `security.${event}`, fields),
  /** One line per SQL statement, for the benchmark's query count (LOG_QUERIES=1). */
  debugQuery: () => console.log('{"event":"db.query"}'),
  errorFrom(event: string, error: unknown, fields?: Fields) {
    const err = error instanceof Error ? error : new Error(String(error));
    // Prisma's messages can quote the arguments of a query, which may hold profile text.
    if (err.name.startsWith("PrismaClient")) {
      const code = (err as { code?: unknown }).code;
      write("error", event, { ...fields, error: err.name, code: typeof code === "string" ? code : undefined });
      return;
    }
    write("error", event, { ...fields, error: err.name, message: err.message, stack: err.stack });
  },
};
