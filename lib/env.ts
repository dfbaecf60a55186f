import { z } from "zod";

// Every setting the app reads, validated once. Parsed lazily so that `next build`, which imports
// modules without a database, does not need them.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({
    error: "DATABASE_URL must be a postgresql:// URL. Start the app with `npm start`, which provides an embedded database when it is unset.",
  }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(32, { error: "AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)." }),
  APP_URL: z.url().optional(),
  /** The SMTP server email goes out through, e.g. smtp://user:pass@mail.example.org:587; unset: kept in the outbox. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Samenspel <no-reply@localhost>"),
  /** "1": the development outbox page (/dev/outbox) shows kept messages; only while SMTP_URL is unset. */
  MAIL_OUTBOX: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
  /** "0": this instance serves requests only and leaves the queue's jobs (email, scheduled work) to others. */
  QUEUE_WORKERS: z
    .enum(["0", "1"])
    .default("1")
    .transform((value) => value === "1"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  LOG_QUERIES: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse({
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

/** The log level alone, readable before (and without) the rest of the configuration. */
export function logLevelSetting(): (typeof LOG_LEVELS)[number] {
  const level = process.env.LOG_LEVEL;
  return LOG_LEVELS.find((known) => known === level) ?? "info";
}
