import { z } from "zod";

/** One organisation's OpenID Connect provider, as the operator configures it. */
const ZOidcProvider = z.object({
  /** Part of the callback URL (/api/auth/callback/<id>): lower-case letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: "an id is lower-case letters, digits and dashes, e.g. \"entra\"" }),
  /** Shown on the button: `Sign in with <name>`. */
  name: z.string().trim().min(1).max(60),
  /** The issuer URL; its /.well-known/openid-configuration describes the provider. */
  issuer: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, "")),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
});
export type OidcProviderSetting = z.infer<typeof ZOidcProvider>;

/** OIDC_PROVIDERS: a JSON array of providers (unset or empty: password sign-in only). */
const ZOidcProviders = z
  .string()
  .optional()
  .transform((text, context) => {
    if (!text?.trim()) return [];
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "OIDC_PROVIDERS must be a JSON array, e.g. [{\"id\":\"entra\",\"name\":\"Provincie\",\"issuer\":\"https://…\",\"clientId\":\"…\",\"clientSecret\":\"…\"}]." });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(ZOidcProvider)
      .max(20)
      .refine((providers) => new Set(providers.map((provider) => provider.id)).size === providers.length, { error: "each provider needs an id of its own" })
      // "credentials" and "link" are the app's own sign-in methods.
      .refine((providers) => !providers.some((provider) => ["credentials", "link"].includes(provider.id)), { error: "\"credentials\" and \"link\" are taken" }),
  );

/** PASSWORDLESS_DOMAINS: email domains whose people sign in only with their organisation's account. */
const ZDomains = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/[\s,]+/)
      .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, { error: "PASSWORDLESS_DOMAINS lists domains, e.g. provincie.example,gemeente.example" })));

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
  // A provider setting that does not parse turns organisations' sign-in off (logged, see
  // ignoredProviderSettings) rather than stopping the app: password sign-in keeps working.
  OIDC_PROVIDERS: ZOidcProviders.catch((context) => {
    ignoredProviders = context.error.issues.map((issue) => `${["OIDC_PROVIDERS", ...issue.path].join(".")}: ${issue.message}`);
    return [];
  }),
  PASSWORDLESS_DOMAINS: ZDomains,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  LOG_QUERIES: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export type Env = z.infer<typeof ZEnv>;

let ignoredProviders: string[] = [];

/** Why OIDC_PROVIDERS was ignored, if it was (read after env()). */
export function ignoredProviderSettings(): string[] {
  return ignoredProviders;
}

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
