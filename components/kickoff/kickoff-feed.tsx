"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { feedKeyOf, isKickoffFeed, isNewerFeed, type KickoffFeed } from "@/lib/kickoff/snapshot";

export type FeedConnection = "connecting" | "live" | "polling" | "offline";

type FeedContextValue = {
  feed: KickoffFeed;
  /** Database clock minus this browser's clock, in ms, as last measured. */
  clockOffset: number;
  connection: FeedConnection;
  /** Takes in a state the browser got otherwise (e.g. as the answer to its own action). */
  apply: (value: unknown) => void;
};

const FeedContext = createContext<FeedContextValue | null>(null);

/** No first event within this long (a proxy that buffers the stream): poll instead. */
const FIRST_EVENT_TIMEOUT_MS = 5_000;
const POLL_MS = 1_500;

/**
 * Follows a partnership's kickoff: server-sent events, or polling where those do not get through.
 * The snapshot (step, timer) updates at once; whenever something changed, the server-rendered
 * parts of the page are refreshed too, without reloading the page.
 */
export function KickoffFeedProvider({
  initial,
  refreshOnChange = true,
  children,
}: {
  initial: KickoffFeed;
  /** Render the page's server parts again after a change (off where only the snapshot is shown). */
  refreshOnChange?: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const [feed, setFeed] = useState(initial);
  const [previousInitial, setPreviousInitial] = useState(initial);
  const [clockOffset, setClockOffset] = useState(0);
  const [connection, setConnection] = useState<FeedConnection>("connecting");
  const shownKey = useRef(feedKeyOf(initial));

  // A server render (after a refresh) may be newer than the last event.
  if (initial !== previousInitial) {
    setPreviousInitial(initial);
    if (isNewerFeed(initial, feed)) setFeed(initial);
  }

  useEffect(() => {
    shownKey.current = feedKeyOf(initial);
  }, [initial]);

  const apply = useCallback(
    (value: unknown) => {
      if (!isKickoffFeed(value)) return;
      setClockOffset(value.measuredAt - Date.now());
      setFeed((current) => (isNewerFeed(value, current) ? value : current));
      const key = feedKeyOf(value);
      if (key !== shownKey.current) {
        shownKey.current = key;
        if (refreshOnChange) router.refresh();
      }
    },
    [router, refreshOnChange],
  );

  const partnershipId = initial.partnershipId;
  useEffect(() => {
    const base = `/api/partnerships/${encodeURIComponent(partnershipId)}/kickoff`;
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let firstEventTimer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const stop = () => {
      stopped = true;
      source?.close();
      clearInterval(pollTimer);
      clearTimeout(firstEventTimer);
    };
    // No longer a member (or signed out): the page itself says so once it is rendered again.
    const lostAccess = () => {
      stop();
      router.refresh();
    };
    const poll = async () => {
      try {
        const response = await fetch(`${base}/state`, { cache: "no-store" });
        if (stopped) return;
        if ([401, 403, 404].includes(response.status)) return lostAccess();
        if (!response.ok) return setConnection("offline");
        apply(await response.json());
        setConnection("polling");
      } catch {
        if (!stopped) setConnection("offline");
      }
    };
    const startPolling = () => {
      clearTimeout(firstEventTimer);
      source?.close();
      source = null;
      if (pollTimer || stopped) return;
      void poll();
      pollTimer = setInterval(poll, POLL_MS);
    };

    if (typeof EventSource === "undefined") {
      startPolling();
    } else {
      source = new EventSource(`${base}/events`);
      firstEventTimer = setTimeout(startPolling, FIRST_EVENT_TIMEOUT_MS);
      source.addEventListener("state", (event) => {
        clearTimeout(firstEventTimer);
        setConnection("live");
        try {
          apply(JSON.parse((event as MessageEvent<string>).data));
        } catch {
          // A torn message: the next one carries the whole state again.
        }
      });
      source.addEventListener("ping", () => setConnection("live"));
      source.addEventListener("gone", lostAccess);
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED) startPolling();
        else setConnection("offline");
      };
    }
    return stop;
  }, [partnershipId, apply, router]);

  return <FeedContext.Provider value={{ feed, clockOffset, connection, apply }}>{children}</FeedContext.Provider>;
}

export function useKickoffFeed(): FeedContextValue {
  const value = useContext(FeedContext);
  if (!value) throw new Error("useKickoffFeed is used outside KickoffFeedProvider");
  return value;
}
