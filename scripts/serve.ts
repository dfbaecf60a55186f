/**
 * The app's production server: Next.js behind a small HTTP server of our own, for two things
 * `next start` cannot do.
 * - The client's address. Any client can write X-Forwarded-For; this server works out the address
 *   from the connection and believes the header only as far as TRUST_PROXY says (see
 *   lib/http/client-address.ts), then hands the result to the app in its own header.
 * - Stopping. On SIGTERM (or SIGINT) it takes no new connections, lets the app end its event
 *   streams (the browsers reconnect, to another instance behind a load balancer), finishes the
 *   requests under way and exits, within 10 s in any case.
 *
 *   tsx scripts/serve.ts [-p <port>] [-H <address>]     (PORT and TRUST_PROXY from the environment)
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { CLIENT_ADDRESS_HEADER, ProxyTrustError, parseProxyTrust, resolveClientAddress, type ProxyTrust } from "../lib/http/client-address";

/** The longest a stop may take; requests still running then are cut off. */
const STOP_WITHIN_MS = 9_000;

function log(event: string, fields: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", event, ...fields }));
}

function proxyTrust(): ProxyTrust {
  try {
    return parseProxyTrust(process.env.TRUST_PROXY);
  } catch (error) {
    if (!(error instanceof ProxyTrustError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  // Unset: every interface, IPv4 and IPv6, as `next start` listens.
  const hostname = values.hostname;
  const trust = proxyTrust();
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production", CLIENT_ADDRESS_FROM_SERVER: "1" });
  // Loaded once NODE_ENV is set, as `next start` does: it picks React's production build by it.
  const { default: next } = await import("next");

  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  const server = createServer((request, response) => {
    // A response that finishes while the server stops closes its connection instead of keeping it.
    if (stopping) response.setHeader("Connection", "close");
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(trust, request.socket.remoteAddress, request.headers["x-forwarded-for"]);
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end();
    });
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log("server.stopping", { signal });
    // Connections that are open but idle go at once; busy ones once their response is out.
    server.close(() => {
      log("server.stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log("server.stopped", { cutOff: true });
      server.closeAllConnections();
      process.exit(0);
    }, STOP_WITHIN_MS).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  server.listen(port, hostname, () => {
    log("server.ready", { url: `http://${hostname ?? "localhost"}:${port}`, trustProxy: trust.kind === "none" ? "off" : trust.kind === "hops" ? `${trust.hops} hop(s)` : trust.text });
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
