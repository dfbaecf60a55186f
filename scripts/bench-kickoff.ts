/**
 * The benchmark's kickoff part (called by scripts/bench.ts): members of one partnership follow
 * its kickoff over server-sent events while the facilitator changes step. The changes are made in
 * this process, straight in the database, as another app instance would make them, so they reach
 * the followers the way a change through any instance does.
 *
 * For 10 and for 200 followers it measures how long a step change takes to reach every follower
 * (p50, p99, max over all followers and changes) and how many SQL statements per second the server
 * makes while they follow (its LOG_QUERIES lines).
 */
import { setTimeout as sleep } from "node:timers/promises";

export type KickoffBenchRow = { followers: number; changes: number; p50: number; p99: number; max: number; queriesPerSecond: number; missed: number };

type Follower = { stop(): void; stepSeen: Map<number, number> };

const CHANGES = 6;
const WINDOW_MS = 8_000;

function follow(url: string, cookie: string, onReady: () => void): Follower {
  const abort = new AbortController();
  const stepSeen = new Map<number, number>();
  void (async () => {
    const response = await fetch(url, { headers: { cookie }, signal: abort.signal });
    if (!response.ok || !response.body) throw new Error(`the event stream answered ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let ready = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith("event: state")) continue;
        const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null") as { session: { version: number } | null };
        if (data.session && !stepSeen.has(data.session.version)) stepSeen.set(data.session.version, Date.now());
        if (!ready) {
          ready = true;
          onReady();
        }
      }
    }
  })().catch(() => undefined);
  return { stop: () => abort.abort(), stepSeen };
}

export async function benchKickoff(input: {
  base: string;
  partnershipId: string;
  facilitatorId: string;
  /** Session cookies of the partnership's members, at least as many as the largest count. */
  cookies: string[];
  counts: number[];
  /** How many SQL statements the server has logged so far. */
  queryCount: () => number;
}): Promise<KickoffBenchRow[]> {
  const { startKickoff } = await import("../lib/kickoff/start-kickoff");
  const { moveKickoff } = await import("../lib/kickoff/move-kickoff");
  const { endKickoff } = await import("../lib/kickoff/end-kickoff");
  const rows: KickoffBenchRow[] = [];
  for (const count of input.counts) {
    await startKickoff(input.facilitatorId, input.partnershipId);
    let ready = 0;
    const followers = input.cookies
      .slice(0, count)
      .map((cookie) => follow(`${input.base}/api/partnerships/${input.partnershipId}/kickoff/events`, cookie, () => ready++));
    for (let waited = 0; ready < count; waited += 50) {
      if (waited > 30_000) throw new Error(`only ${ready} of ${count} followers got the kickoff's state`);
      await sleep(50);
    }
    await sleep(1_000);

    const latencies: number[] = [];
    let missed = 0;
    const queriesBefore = input.queryCount();
    const windowStart = Date.now();
    const changedAt = new Map<number, number>();
    let { version } = await moveKickoff(input.facilitatorId, input.partnershipId, { to: "step", index: 1, version: await currentVersion(input.partnershipId) });
    changedAt.set(version, Date.now());
    for (let change = 1; change < CHANGES; change++) {
      await sleep(WINDOW_MS / CHANGES);
      const started = Date.now();
      ({ version } = await moveKickoff(input.facilitatorId, input.partnershipId, { to: "step", index: change % 2 === 0 ? 1 : 0, version }));
      changedAt.set(version, started);
    }
    await sleep(Math.max(0, WINDOW_MS - (Date.now() - windowStart)));
    const queriesPerSecond = ((input.queryCount() - queriesBefore) * 1000) / (Date.now() - windowStart);
    for (const follower of followers) {
      for (const [changeVersion, at] of changedAt) {
        const seen = follower.stepSeen.get(changeVersion);
        if (seen === undefined) missed++;
        else latencies.push(seen - at);
      }
      follower.stop();
    }
    await endKickoff(input.facilitatorId, input.partnershipId);
    latencies.sort((a, b) => a - b);
    const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    rows.push({ followers: count, changes: changedAt.size, p50: percentile(50), p99: percentile(99), max: latencies.at(-1) ?? 0, queriesPerSecond, missed });
    await sleep(1_000);
  }
  return rows;
}

async function currentVersion(partnershipId: string): Promise<number> {
  const { db } = await import("../lib/db");
  const session = await db.kickoffSession.findFirstOrThrow({ where: { partnershipId, status: "RUNNING" }, select: { version: true } });
  return session.version;
}
