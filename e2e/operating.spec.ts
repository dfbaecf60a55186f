import { db } from "@/lib/db";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { signInAddressKey } from "@/lib/rate-limit/rules";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { randomAddress } from "./support/address";
import { startAppServer } from "./support/app-server";

/** Signs in through next-auth's endpoint from a client that says, in X-Forwarded-For, it is `claimed`. */
async function signInClaiming(baseURL: string, user: { email: string }, password: string, claimed: string) {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers: { "x-forwarded-for": claimed } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": claimed },
    body: new URLSearchParams({ csrfToken, email: user.email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  return session?.split(";")[0];
}

/** Blocks sign-ins from `address`, as 100 failed guesses from it would. */
async function blockAddress(address: string) {
  const key = signInAddressKey(address);
  const blockedUntil = new Date(Date.now() + 15 * 60_000);
  await db.rateLimit.upsert({ where: { key }, create: { key, count: 100, windowStart: new Date(), blockedUntil }, update: { blockedUntil } });
}

test.describe("behind a proxy, or not", () => {
  test("without TRUST_PROXY, X-Forwarded-For is ignored: a client can neither dodge its own limit nor lock out another address", async () => {
    const user = await makeUser();
    const victim = randomAddress();
    await blockAddress(victim);
    const app = await startAppServer({ TRUST_PROXY: "" });
    try {
      // Claiming a blocked address changes nothing: the connection's own address counts.
      expect(await signInClaiming(app.url, user, user.password, victim)).toBeDefined();
      // A failed guess is counted against the connection's address, not the one claimed.
      const claimed = randomAddress();
      expect(await signInClaiming(app.url, user, "a wrong guess", claimed)).toBeUndefined();
      expect(await db.rateLimit.findUnique({ where: { key: signInAddressKey(claimed) } })).toBeNull();
      expect((await db.rateLimit.findUnique({ where: { key: signInAddressKey("127.0.0.1") } }))?.count).toBeGreaterThan(0);
    } finally {
      await app.stop();
    }
  });

  test("with TRUST_PROXY naming the proxy, the address it forwards for counts", async () => {
    const user = await makeUser();
    const blocked = randomAddress();
    await blockAddress(blocked);
    const app = await startAppServer({ TRUST_PROXY: "127.0.0.1" });
    try {
      expect(await signInClaiming(app.url, user, user.password, blocked)).toBeUndefined();
      expect(await signInClaiming(app.url, user, user.password, randomAddress())).toBeDefined();
      // What a client wrote in front of the proxy's entry does not count either.
      expect(await signInClaiming(app.url, user, user.password, `${randomAddress()}, ${blocked}`)).toBeUndefined();
    } finally {
      await app.stop();
    }
  });

  test("a TRUST_PROXY it cannot read stops the server at once with a clear message", async () => {
    await expect(startAppServer({ TRUST_PROXY: "proxy.example.org" })).rejects.toThrow(/TRUST_PROXY: "proxy\.example\.org" is not an address or a range/);
  });
});

test.describe("stopping", () => {
  test("SIGTERM during an event stream: the stream ends cleanly, no new connection is taken, and the server exits within 10 s", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    await startKickoff(partnership.facilitator.id, partnership.id);
    const app = await startAppServer({});
    try {
      const cookie = await signInClaiming(app.url, member, member.password, randomAddress());
      expect(cookie).toBeDefined();
      const response = await fetch(`${app.url}/api/partnerships/${partnership.id}/kickoff/events`, { headers: { cookie: cookie! } });
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      const reader = response.body!.getReader();
      let received = "";
      while (!received.includes("event: state")) received += new TextDecoder().decode((await reader.read()).value);

      const asked = Date.now();
      const exited = app.terminate();
      // The stream ends with the server's goodbye, not an error: the browser reconnects elsewhere.
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
      }
      const streamEndedAfter = Date.now() - asked;
      expect(streamEndedAfter).toBeLessThan(3_000);
      await expect(fetch(`${app.url}/sign-in`)).rejects.toThrow();
      await exited;
      expect(Date.now() - asked).toBeLessThan(10_000);
      expect(app.logs()).toContain('"event":"server.stopping"');
    } finally {
      await app.stop();
    }
  });
});
