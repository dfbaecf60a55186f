import type { KickoffStatus, KickoffStepKind } from "@/lib/generated/prisma/enums";

/**
 * What every member's screen knows about a partnership's kickoff. It holds no answers, only the
 * session's plan, position and timer, so the same snapshot goes to every member.
 */
export type KickoffStepView = {
  id: string;
  kind: KickoffStepKind;
  /** Null: the step's default title in the viewer's language. */
  title: string | null;
  /** The partnership's questions when the session started; empty: the default questions. */
  questions: string[];
  durationMinutes: number;
  skipped: boolean;
};

export type KickoffSnapshot = {
  sessionId: string;
  status: KickoffStatus;
  /** The session's own title; null for a kickoff. */
  title: string | null;
  version: number;
  currentStep: number;
  steps: KickoffStepView[];
  /** Elapsed time of the current step when this was read (see `KickoffFeed.measuredAt`). */
  timer: { running: boolean; elapsedMs: number };
  startedAt: string;
  endedAt: string | null;
};

/** The latest kickoff of a partnership (null before the first one), and the view's version. */
export type KickoffFeed = {
  partnershipId: string;
  viewVersion: number;
  /** The database's clock (ms since the epoch) when this was read; browsers count on from it. */
  measuredAt: number;
  session: KickoffSnapshot | null;
};

export function isKickoffFeed(value: unknown): value is KickoffFeed {
  if (typeof value !== "object" || value === null) return false;
  const feed = value as Record<string, unknown>;
  return typeof feed.partnershipId === "string" && typeof feed.viewVersion === "number" && typeof feed.measuredAt === "number" && "session" in feed;
}

/** Whether `a` is a later state of the partnership's kickoff than `b`. */
export function isNewerFeed(a: KickoffFeed, b: KickoffFeed): boolean {
  const sa = a.session;
  const sb = b.session;
  if (sa?.sessionId !== sb?.sessionId) {
    if (!sa || !sb) return Boolean(sa);
    return sa.startedAt > sb.startedAt;
  }
  if (sa && sb && sa.version !== sb.version) return sa.version > sb.version;
  return a.viewVersion > b.viewVersion;
}

/** Changes whenever anything a follower shows may have changed. */
export function feedKeyOf(feed: KickoffFeed): string {
  return feedKey({ viewVersion: feed.viewVersion, sessionId: feed.session?.sessionId ?? null, version: feed.session?.version ?? 0 });
}

export function feedKey(pulse: { viewVersion: number; sessionId: string | null; version: number }): string {
  return `${pulse.sessionId ?? "none"}:${pulse.version}:${pulse.viewVersion}`;
}
