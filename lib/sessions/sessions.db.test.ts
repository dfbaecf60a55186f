import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { makeUser } from "@/lib/testing/factories";
import { changePassword } from "@/lib/users/change-password";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { endSession } from "@/lib/sessions/end-session";
import { endSessions } from "@/lib/sessions/end-sessions";
import { listSessions } from "@/lib/sessions/list-sessions";
import { liveSessionUser } from "@/lib/sessions/live-session-user";
import { startSession } from "@/lib/sessions/start-session";

const live = async (userId: string, sessionId: string) => (await liveSessionUser({ userId, sessionId }))?.id ?? null;

describe("server-side sessions", () => {
  it("a session works until it is ended, and only for its own user", async () => {
    const [me, other] = await Promise.all([makeUser(), makeUser()]);
    const sessionId = await startSession(me.id);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    // As long as the cookie: 30 days.
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(29.9 * 24 * 3600 * 1000);
    expect(await live(me.id, sessionId)).toBe(me.id);
    // Someone else's session id does not make a cookie of theirs count.
    expect(await live(other.id, sessionId)).toBeNull();
    // A cookie from before sessions were kept (no session id) counts as signed out.
    expect(await liveSessionUser({ userId: me.id, sessionId: null })).toBeNull();
    expect(await liveSessionUser({ userId: me.id, sessionId: "not an id\u0000" })).toBeNull();

    await endSession(other.id, sessionId);
    expect(await live(me.id, sessionId)).toBe(me.id);
    await endSession(me.id, sessionId);
    expect(await live(me.id, sessionId)).toBeNull();
  });

  it("endSessions ends every live session of the user except the one kept, and no one else's", async () => {
    const [me, other] = await Promise.all([makeUser(), makeUser()]);
    const [a, b, c] = [await startSession(me.id), await startSession(me.id), await startSession(me.id)];
    const theirs = await startSession(other.id);
    await endSession(me.id, c);

    expect(await endSessions(db, me.id, { except: a })).toBe(1);
    expect(await live(me.id, a)).toBe(me.id);
    expect(await live(me.id, b)).toBeNull();
    expect(await live(other.id, theirs)).toBe(other.id);
    expect((await listSessions(me.id)).map((session) => session.id)).toEqual([a]);
    // An ended session keeps the moment it first ended.
    const ended = await db.userSession.findUniqueOrThrow({ where: { id: b } });

    expect(await endSessions(db, me.id)).toBe(1);
    expect(await live(me.id, a)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: b } })).endedAt).toEqual(ended.endedAt);
    expect(await endSessions(db, me.id)).toBe(0);
  });

  it("refuses an expired session", async () => {
    const me = await makeUser();
    const sessionId = await startSession(me.id);
    await db.userSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await live(me.id, sessionId)).toBeNull();
    expect(await listSessions(me.id)).toEqual([]);
  });

  it("refuses the session of a deleted account (its sessions go with it)", async () => {
    const me = await makeUser();
    const sessionId = await startSession(me.id);
    await db.user.delete({ where: { id: me.id } });
    expect(await live(me.id, sessionId)).toBeNull();
    expect(await db.userSession.count({ where: { id: sessionId } })).toBe(0);
  });
});

describe("changing the password", () => {
  it("needs the current password, then ends every other session and keeps this one", async () => {
    const me = await makeUser();
    const [here, elsewhere] = [await startSession(me.id), await startSession(me.id)];
    const input = { currentPassword: "not my password", newPassword: "a brand new password" };

    await expect(changePassword(me.id, input, { keepSessionId: here })).rejects.toSatisfy(
      (error) => isAppError(error, "INVALID") && error.field === "currentPassword",
    );
    expect(await live(me.id, elsewhere)).toBe(me.id);

    const outcome = await changePassword(me.id, { ...input, currentPassword: me.password }, { keepSessionId: here });
    expect(outcome.endedSessions).toBe(1);
    expect(await live(me.id, here)).toBe(me.id);
    expect(await live(me.id, elsewhere)).toBeNull();

    const address = "203.0.113.9";
    await expect(signInWithPassword({ email: me.email, password: me.password, address }, { pause: async () => {} })).rejects.toThrow();
    expect((await signInWithPassword({ email: me.email, password: "a brand new password", address })).id).toBe(me.id);
  });
});
