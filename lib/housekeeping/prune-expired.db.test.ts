import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pruneExpired } from "@/lib/housekeeping/prune-expired";
import { makePartnership, makeUser } from "@/lib/testing/factories";

const ago = (ms: number) => new Date(Date.now() - ms);
const later = (ms: number) => new Date(Date.now() + ms);
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

describe("pruning what has served its purpose", () => {
  it("deletes expired counters, links, sessions, unused invitations and old sent email, and keeps everything still of use", async () => {
    const user = await makeUser();
    const { id: partnershipId, facilitator } = await makePartnership();
    const tag = randomUUID();

    const rateLimit = (name: string, windowStart: Date, blockedUntil: Date | null) =>
      db.rateLimit.create({ data: { key: `test:${tag}:${name}`, count: 3, windowStart, blockedUntil } });
    await rateLimit("old", ago(2 * DAY), null);
    await rateLimit("old-block-passed", ago(2 * DAY), ago(DAY));
    await rateLimit("old-still-blocked", ago(2 * DAY), later(HOUR));
    await rateLimit("recent", ago(HOUR), null);

    const token = (name: string, expiresAt: Date, usedAt: Date | null = null) =>
      db.accountToken.create({ data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash: `${tag}:${name}`, email: user.email, expiresAt, usedAt } });
    await token("expired-long-ago", ago(2 * DAY));
    await token("used-long-ago", later(DAY), ago(2 * DAY));
    await token("expired-just-now", ago(HOUR));
    await token("used-just-now", later(HOUR), ago(HOUR));
    await token("live", later(HOUR));

    const session = (expiresAt: Date, endedAt: Date | null = null) => db.userSession.create({ data: { userId: user.id, expiresAt, endedAt } });
    const sessions = {
      expiredLongAgo: await session(ago(2 * DAY)),
      endedLongAgo: await session(later(DAY), ago(2 * DAY)),
      endedJustNow: await session(later(DAY), ago(HOUR)),
      live: await session(later(DAY)),
    };

    const invitation = (name: string, expiresAt: Date, useCount = 0) =>
      db.invitation.create({ data: { partnershipId, createdById: facilitator.id, tokenHash: `${tag}:${name}`, expiresAt, useCount } });
    const invitations = {
      unusedLongExpired: await invitation("unused", ago(31 * DAY)),
      usedLongExpired: await invitation("used", ago(31 * DAY), 1),
      unusedRecentlyExpired: await invitation("recent", ago(2 * DAY)),
      live: await invitation("live", later(DAY)),
    };

    const email = (status: "QUEUED" | "SENT" | "KEPT" | "FAILED", createdAt: Date, sentAt: Date | null = null) =>
      db.emailMessage.create({ data: { to: `${tag}@example.test`, kind: "test", locale: "en", subject: "s", text: "t", html: "h", status, createdAt, sentAt } });
    const emails = {
      sentLongAgo: await email("SENT", ago(40 * DAY), ago(31 * DAY)),
      keptLongAgo: await email("KEPT", ago(31 * DAY)),
      sentRecently: await email("SENT", ago(40 * DAY), ago(DAY)),
      failedLongAgo: await email("FAILED", ago(31 * DAY)),
      queuedLongAgo: await email("QUEUED", ago(31 * DAY)),
    };

    const pruned = await pruneExpired();
    expect(pruned.rateLimits).toBeGreaterThanOrEqual(2);
    expect(pruned.accountTokens).toBeGreaterThanOrEqual(2);
    expect(pruned.sessions).toBeGreaterThanOrEqual(2);
    expect(pruned.invitations).toBeGreaterThanOrEqual(1);
    expect(pruned.emails).toBeGreaterThanOrEqual(2);

    const keys = (await db.rateLimit.findMany({ where: { key: { startsWith: `test:${tag}:` } }, select: { key: true } })).map((row) => row.key.split(":").at(-1));
    expect(keys.sort()).toEqual(["old-still-blocked", "recent"]);
    const tokens = (await db.accountToken.findMany({ where: { tokenHash: { startsWith: `${tag}:` } }, select: { tokenHash: true } })).map((row) => row.tokenHash.split(":").at(-1));
    expect(tokens.sort()).toEqual(["expired-just-now", "live", "used-just-now"]);
    const leftSessions = (await db.userSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id);
    expect(leftSessions.sort()).toEqual([sessions.endedJustNow.id, sessions.live.id].sort());
    const leftInvitations = (await db.invitation.findMany({ where: { partnershipId }, select: { id: true } })).map((row) => row.id);
    expect(leftInvitations.sort()).toEqual([invitations.usedLongExpired.id, invitations.unusedRecentlyExpired.id, invitations.live.id].sort());
    const leftEmails = (await db.emailMessage.findMany({ where: { to: `${tag}@example.test` }, select: { id: true } })).map((row) => row.id);
    expect(leftEmails.sort()).toEqual([emails.sentRecently.id, emails.failedLongAgo.id, emails.queuedLongAgo.id].sort());

    // A second run finds nothing more of these.
    await pruneExpired();
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(2);
  });
});
