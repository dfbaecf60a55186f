/**
 * Whether the database was reachable at last contact, shared by everything in this process (the
 * proxy and the rendering code are separate bundles, hence globalThis). Lets the app answer 503
 * "temporarily unavailable" while the database is away, and notice by itself when it is back.
 */
type Health = { down: boolean; lastContact: number };

const KEY = Symbol.for("samenspel.databaseHealth");

function health(): Health {
  const store = globalThis as unknown as Record<symbol, Health | undefined>;
  store[KEY] ??= { down: false, lastContact: 0 };
  return store[KEY];
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "P1001", // Prisma: can't reach the database server
  "P1002",
  "P1017", // Prisma: server closed the connection
]);

/** Kinds of driver-adapter errors (Prisma's meta.driverAdapterError.cause.kind) that mean the same. */
const CONNECTION_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const CONNECTION_MESSAGES = /connection terminated|connection refused|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|server closed the connection|the database system is (starting up|shutting down)/i;

/** True for errors that mean "the database cannot be reached", not "this query was wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== "object") break;
    const { code, kind, message, cause, meta } = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof kind === "string" && CONNECTION_KINDS.has(kind)) return true;
    if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
    const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    current = adapterError ?? cause;
  }
  return false;
}

export function reportDatabaseError(error: unknown) {
  if (isDatabaseUnavailable(error)) health().down = true;
}

export function reportDatabaseOk() {
  const state = health();
  state.down = false;
  state.lastContact = Date.now();
}

export function databaseHealth(): Readonly<Health> {
  return health();
}
