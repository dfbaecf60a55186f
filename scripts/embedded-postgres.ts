import { mkdir } from "node:fs/promises";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served on a loopback port, so that the app, its
 * tests and its tools talk to it with the ordinary `pg` driver, exactly as to a real PostgreSQL.
 *
 * PGlite is a single session. Many connections share it safely only if each request cycle
 * (the messages up to a Sync, or one simple Query) runs whole, and a connection inside a
 * transaction keeps the session until the transaction ends; other connections wait their turn.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (dataDir !== "memory://") await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const session = new SharedSession(db);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    new Connection(socket, session);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

type Batch = { connection: Connection; messages: Uint8Array[]; done: () => void };

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = "Z".charCodeAt(0);
const IDLE = "I".charCodeAt(0);

/** Runs request cycles one at a time, giving a connection with an open transaction priority. */
class SharedSession {
  private queue: Batch[] = [];
  private owner: Connection | null = null;
  private pumping = false;

  constructor(private readonly db: PGlite) {}

  run(connection: Connection, messages: Uint8Array[]) {
    return new Promise<void>((done) => {
      this.queue.push({ connection, messages, done });
      void this.pump();
    });
  }

  /** A connection went away: drop its waiting requests and end a transaction it left open. */
  async release(connection: Connection) {
    this.queue = this.queue.filter((batch) => batch.connection !== connection || (batch.done(), false));
    if (this.owner === connection) {
      // exec takes PGlite's lock itself, after any request cycle in progress.
      await this.db.exec("ROLLBACK").catch(() => undefined);
      this.owner = null;
    }
    void this.pump();
  }

  private async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const index = this.owner ? this.queue.findIndex((batch) => batch.connection === this.owner) : 0;
        const batch = index === -1 ? undefined : this.queue.splice(index, 1)[0];
        if (!batch) break;
        let status = IDLE;
        await this.db.runExclusive(async () => {
          for (const message of batch.messages) {
            await this.db.execProtocolRawStream(message, {
              onRawData: (data) => {
                status = readyStatus(data) ?? status;
                batch.connection.write(data);
              },
            });
          }
        });
        this.owner = status === IDLE ? null : batch.connection;
        batch.done();
      }
    } finally {
      this.pumping = false;
    }
  }
}

/** The transaction status of the last ReadyForQuery message in a chunk of server output, if any. */
function readyStatus(data: Uint8Array): number | undefined {
  const at = data.length - 6;
  return at >= 0 && data[at] === READY_FOR_QUERY && data[at + 4] === 5 ? data[at + 5] : undefined;
}

/** One client connection: splits its bytes into messages and hands over whole request cycles. */
class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private pending: Uint8Array[] = [];
  private chain = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    private readonly session: SharedSession,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.session.release(this));
  }

  write(data: Uint8Array) {
    if (!this.socket.destroyed) this.socket.write(data);
  }

  private receive(data: Buffer) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.take(length);
        if (code === SSL_REQUEST || code === GSS_REQUEST) {
          this.write(Buffer.from("N"));
        } else if (code === CANCEL_REQUEST) {
          this.socket.end();
          return;
        } else {
          this.started = true;
          this.enqueue([message]);
        }
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const message = this.take(length);
      if (type === "X") {
        this.socket.end();
        return;
      }
      this.pending.push(message);
      // A Sync ends an extended-protocol cycle; a simple Query is a cycle of its own.
      if (type === "S" || type === "Q") {
        this.enqueue(this.pending);
        this.pending = [];
      }
    }
  }

  private take(length: number) {
    const message = new Uint8Array(this.buffer.subarray(0, length));
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private enqueue(messages: Uint8Array[]) {
    this.chain = this.chain.then(() => this.session.run(this, messages));
  }
}
