import "server-only";
import { getKickoffPulse } from "@/lib/kickoff/get-kickoff-pulse";
import { readKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import type { KickoffFeed } from "@/lib/kickoff/snapshot";
import { logger } from "@/lib/logger";

/** One browser following a partnership's kickoff through this app instance. */
export type KickoffFollower = {
  userId: string;
  /** The kickoff's state: on joining, and after every change. */
  deliver(feed: KickoffFeed): void;
  /** The follower is no longer a member (or the partnership is gone). */
  gone(): void;
  /** The database stayed away: the follower should reconnect later. */
  lost(): void;
};

type Watch = {
  partnershipId: string;
  pollMs: number;
  followers: Set<KickoffFollower>;
  /** Joined since the last read: they get the state at the next read even when nothing changed. */
  waiting: Set<KickoffFollower>;
  lastKey: string | null;
  failures: number;
  reading: boolean;
  readAgain: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
};

/** Consecutive failed reads after which the followers are let go (their browsers reconnect). */
const MAX_FAILURES = 5;

// On globalThis: every module graph of the server process shares one hub.
const globalForHub = globalThis as unknown as { kickoffWatches?: Map<string, Watch> };
const watches: Map<string, Watch> = (globalForHub.kickoffWatches ??= new Map());

/**
 * Follows a partnership's kickoff for this app instance's followers together: one small query per
 * partnership every `pollMs`, however many follow, and one read of the state after a change, sent
 * to all of them. Changes made through another instance are seen the same way, through the
 * database. Returns the function that stops following.
 */
export function followKickoff(partnershipId: string, follower: KickoffFollower, { pollMs = 500 }: { pollMs?: number } = {}): () => void {
  let watch = watches.get(partnershipId);
  if (!watch) {
    watch = { partnershipId, pollMs, followers: new Set(), waiting: new Set(), lastKey: null, failures: 0, reading: false, readAgain: false, timer: undefined };
    watches.set(partnershipId, watch);
  }
  watch.followers.add(follower);
  watch.waiting.add(follower);
  readSoon(watch);
  const current = watch;
  return () => unfollow(current, follower);
}

/** How many browsers this instance carries for the partnership's kickoff (for tests and the benchmark). */
export function followerCount(partnershipId: string): number {
  return watches.get(partnershipId)?.followers.size ?? 0;
}

function unfollow(watch: Watch, follower: KickoffFollower) {
  watch.followers.delete(follower);
  watch.waiting.delete(follower);
  if (watch.followers.size === 0 && watches.get(watch.partnershipId) === watch) {
    clearTimeout(watch.timer);
    watches.delete(watch.partnershipId);
  }
}

/** A read now (a follower joined): at once when idle, right after the current one otherwise. */
function readSoon(watch: Watch) {
  if (watch.reading) {
    watch.readAgain = true;
    return;
  }
  clearTimeout(watch.timer);
  void read(watch);
}

async function read(watch: Watch) {
  watch.reading = true;
  watch.readAgain = false;
  try {
    const followers = [...watch.followers];
    const pulse = await getKickoffPulse(watch.partnershipId, [...new Set(followers.map((follower) => follower.userId))]);
    for (const follower of followers) {
      if (!pulse || !pulse.members.has(follower.userId)) {
        unfollow(watch, follower);
        follower.gone();
      }
    }
    if (pulse && watch.followers.size > 0 && (pulse.key !== watch.lastKey || watch.waiting.size > 0)) {
      const changed = pulse.key !== watch.lastKey;
      const receivers = changed ? [...watch.followers] : [...watch.waiting];
      watch.waiting.clear();
      const feed = await readKickoffFeed(watch.partnershipId);
      if (feed) {
        watch.lastKey = pulse.key;
        for (const follower of receivers) if (watch.followers.has(follower)) follower.deliver(feed);
      }
    }
    watch.failures = 0;
  } catch (error) {
    watch.failures += 1;
    logger.errorFrom("kickoff.follow_failed", error, { partnershipId: watch.partnershipId, failures: watch.failures, followers: watch.followers.size });
    if (watch.failures >= MAX_FAILURES) {
      for (const follower of [...watch.followers]) {
        unfollow(watch, follower);
        follower.lost();
      }
    }
  } finally {
    watch.reading = false;
  }
  if (watch.followers.size === 0) return;
  if (watch.readAgain) return void read(watch);
  watch.timer = setTimeout(() => void read(watch), watch.pollMs);
}
