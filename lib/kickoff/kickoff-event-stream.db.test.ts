import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { kickoffEventStream } from "@/lib/kickoff/kickoff-event-stream";
import { moveKickoff } from "@/lib/kickoff/move-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { makePartnership, makeUser } from "@/lib/testing/factories";

type Event = { event: string; data: unknown };

/** Reads server-sent events from a stream, one at a time. */
function reader(stream: ReadableStream<Uint8Array>) {
  const source = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(timeoutMs = 5_000): Promise<Event | "closed"> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event) return { event, data: data ? JSON.parse(data) : null };
          continue;
        }
        if (Date.now() > deadline) throw new Error("no event in time");
        const { value, done } = await source.read();
        if (done) return "closed";
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => source.cancel(),
  };
}

describe("the kickoff event stream", () => {
  it("sends the state on connect and after each change, and says goodbye when the membership ends", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    await startKickoff(partnership.facilitator.id, partnership.id);
    const abort = new AbortController();
    const events = reader(kickoffEventStream({ userId: member.id, partnershipId: partnership.id, signal: abort.signal }, { pollMs: 50 }));

    const first = await events.next();
    expect(first).toMatchObject({ event: "state", data: { partnershipId: partnership.id, session: { currentStep: 0, status: "RUNNING" } } });

    const version = (first as { data: { session: { version: number } } }).data.session.version;
    await moveKickoff(partnership.facilitator.id, partnership.id, { to: "next", version });
    expect(await events.next()).toMatchObject({ event: "state", data: { session: { currentStep: 1 } } });

    await db.membership.delete({ where: { userId_partnershipId: { userId: member.id, partnershipId: partnership.id } } });
    expect(await events.next()).toMatchObject({ event: "gone" });
    expect(await events.next()).toBe("closed");
  });

  it("pings a quiet stream and ends when the browser goes away", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    const abort = new AbortController();
    const events = reader(kickoffEventStream({ userId: member.id, partnershipId: partnership.id, signal: abort.signal }, { pollMs: 20, heartbeatMs: 60 }));
    expect(await events.next()).toMatchObject({ event: "state", data: { session: null } });
    expect(await events.next()).toMatchObject({ event: "ping" });
    abort.abort();
    expect(await events.next()).toBe("closed");
  });

  it("ends after its longest life, so that the browser reconnects and membership is checked anew", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    const events = reader(kickoffEventStream({ userId: member.id, partnershipId: partnership.id, signal: new AbortController().signal }, { pollMs: 20, maxMs: 100 }));
    expect(await events.next()).toMatchObject({ event: "state" });
    expect(await events.next()).toBe("closed");
  });
});
