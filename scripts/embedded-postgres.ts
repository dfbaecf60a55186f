import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served on a loopback port, so that the app and its
 * tools talk to it with the ordinary `pg` driver, exactly as they talk to a real PostgreSQL.
 * The socket server queues queries and keeps each open transaction to its own connection.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (dataDir !== "memory://") await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db: keepQueriesWhole(db), host: "127.0.0.1", port: 0, maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * The socket server runs clients' protocol messages one at a time and, outside a transaction, may
 * run another client's messages in between. A query with parameters is several messages (Parse,
 * Bind, Describe, Execute, then Sync) around one unnamed statement, so two clients' queries got
 * mixed up under load ("bind message supplies 3 parameters, but prepared statement "" requires 4").
 * The server keeps serving one client while a transaction is open; reporting "in a transaction"
 * from a query's first message until its Sync keeps each query whole the same way.
 */
function keepQueriesWhole(db: PGlite): PGlite {
  let midQuery = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => midQuery || target.isInTransaction();
      if (property === "execProtocolRawStream") {
        return (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          const type = String.fromCharCode(message[0] ?? 0);
          if ("PBDECH".includes(type)) midQuery = true;
          else if (type === "S" || type === "Q") midQuery = false;
          return target.execProtocolRawStream(message, options);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
