import "server-only";
import { isShuttingDown, onShutdown } from "@/lib/http/shutdown";
import { followKickoff } from "@/lib/kickoff/kickoff-hub";
import type { KickoffFeed } from "@/lib/kickoff/snapshot";

export type KickoffStreamOptions = {
  /** How often this instance asks the database whether anything changed (once for all followers). */
  pollMs?: number;
  /** A ping this often keeps proxies and load balancers from closing a quiet connection. */
  heartbeatMs?: number;
  /** The stream ends after this long; the browser reconnects, and membership is checked anew. */
  maxMs?: number;
};

/**
 * Event streams one user may hold open on one app instance (tabs of the kickoff, the present
 * screen). Beyond it the browser is refused and polls instead; a browser keeps at most six
 * connections to a site, so more streams would only starve its other requests.
 */
export const MAX_STREAMS_PER_USER = 4;

const globalForStreams = globalThis as unknown as { kickoffStreamsPerUser?: Map<string, number> };
const streamsPerUser: Map<string, number> = (globalForStreams.kickoffStreamsPerUser ??= new Map());

const encoder = new TextEncoder();

function message(event: string, data: unknown) {
  return encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * Server-sent events for one member following a partnership's kickoff: a `state` event with the
 * whole feed on connect and after every change, `ping` now and then, and `gone` (then the end)
 * once the membership has ended. The instance's hub (lib/kickoff/kickoff-hub.ts) watches the
 * database once for all followers. The stream ends, and the browser reconnects, when it has lived
 * `maxMs`, when the database stays away, and when the server stops. Null: the user holds
 * MAX_STREAMS_PER_USER streams already.
 */
export function kickoffEventStream(
  input: { userId: string; partnershipId: string; signal: AbortSignal },
  { pollMs, heartbeatMs = 15_000, maxMs = 10 * 60_000 }: KickoffStreamOptions = {},
): ReadableStream<Uint8Array> | null {
  const { userId, partnershipId, signal } = input;
  const open = streamsPerUser.get(userId) ?? 0;
  if (open >= MAX_STREAMS_PER_USER || isShuttingDown()) return null;
  streamsPerUser.set(userId, open + 1);

  let closed = false;
  const cleanups: (() => void)[] = [];
  const release = () => {
    if (closed) return false;
    closed = true;
    for (const cleanup of cleanups) cleanup();
    const left = (streamsPerUser.get(userId) ?? 1) - 1;
    if (left > 0) streamsPerUser.set(userId, left);
    else streamsPerUser.delete(userId);
    return true;
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let lastSentAt = Date.now();
      const send = (chunk: Uint8Array) => {
        if (closed) return;
        controller.enqueue(chunk);
        lastSentAt = Date.now();
      };
      const close = () => {
        if (!release()) return;
        try {
          controller.close();
        } catch {
          // The browser has gone already.
        }
      };

      // Reconnect quickly after the stream ends on purpose (maxMs, shutdown) or a proxy cut it.
      send(encoder.encode("retry: 1000\n\n"));

      cleanups.push(
        followKickoff(
          partnershipId,
          {
            userId,
            deliver: (feed: KickoffFeed) => send(message("state", feed)),
            gone: () => {
              send(message("gone", {}));
              close();
            },
            lost: close,
          },
          { pollMs },
        ),
      );
      const heartbeat = setInterval(() => {
        if (Date.now() - lastSentAt >= heartbeatMs) send(message("ping", { at: Date.now() }));
      }, Math.min(heartbeatMs, 5_000));
      const end = setTimeout(close, maxMs);
      cleanups.push(() => clearInterval(heartbeat), () => clearTimeout(end), onShutdown(close));
      signal.addEventListener("abort", close, { once: true });
      if (signal.aborted) close();
    },
    cancel() {
      release();
    },
  });
}
