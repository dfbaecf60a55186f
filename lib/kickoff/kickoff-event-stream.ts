import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { isAppError } from "@/lib/errors";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { getKickoffPulse } from "@/lib/kickoff/get-kickoff-pulse";
import { feedKeyOf, type KickoffFeed } from "@/lib/kickoff/snapshot";
import { logger } from "@/lib/logger";

export type KickoffStreamOptions = {
  /** How often the database is asked whether anything changed. */
  pollMs?: number;
  /** A ping this often keeps proxies and load balancers from closing a quiet connection. */
  heartbeatMs?: number;
  /** The stream ends after this long; the browser reconnects, and membership is checked anew. */
  maxMs?: number;
};

const encoder = new TextEncoder();

function message(event: string, data: unknown) {
  return encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * Server-sent events for one member following a partnership's kickoff: a `state` event with the
 * whole feed on connect and after every change, `ping` now and then, and `gone` (then the end)
 * once the membership has ended. Changes are found by asking PostgreSQL, so a change made
 * through any app instance reaches followers on every instance.
 */
export function kickoffEventStream(
  input: { userId: string; partnershipId: string; signal: AbortSignal },
  { pollMs = 700, heartbeatMs = 15_000, maxMs = 10 * 60_000 }: KickoffStreamOptions = {},
): ReadableStream<Uint8Array> {
  const { userId, partnershipId, signal } = input;
  let closed = false;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (chunk: Uint8Array) => {
        if (!closed) controller.enqueue(chunk);
      };
      const close = () => {
        if (closed) return;
        closed = true;
        try {
          controller.close();
        } catch {
          // The browser has gone already.
        }
      };
      signal.addEventListener("abort", close, { once: true });

      // Reconnect quickly after the stream ends on purpose (maxMs) or a proxy cut it.
      send(encoder.encode("retry: 1000\n\n"));

      void (async () => {
        const openedAt = Date.now();
        let lastKey = "";
        let lastSentAt = Date.now();
        let failures = 0;
        while (!closed) {
          try {
            const pulse = await getKickoffPulse(userId, partnershipId);
            if (!pulse) {
              send(message("gone", {}));
              close();
              break;
            }
            if (pulse.key !== lastKey) {
              const feed: KickoffFeed = await getKickoffFeed(userId, partnershipId);
              lastKey = feedKeyOf(feed);
              send(message("state", feed));
              lastSentAt = Date.now();
            } else if (Date.now() - lastSentAt >= heartbeatMs) {
              send(message("ping", { at: Date.now() }));
              lastSentAt = Date.now();
            }
            failures = 0;
          } catch (error) {
            if (isAppError(error, "NOT_FOUND")) {
              send(message("gone", {}));
              close();
              break;
            }
            failures += 1;
            logger.errorFrom("kickoff.stream_failed", error, { partnershipId, failures });
            // The browser reconnects (or falls back to polling) when the database stays away.
            if (failures >= 5) close();
          }
          if (Date.now() - openedAt >= maxMs) close();
          if (!closed) await sleep(pollMs, undefined, { signal }).catch(() => close());
        }
      })();
    },
    cancel() {
      closed = true;
    },
  });
}
