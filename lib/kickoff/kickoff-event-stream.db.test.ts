import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_STREAMS_PER_USER, kickoffEventStream } from "@/lib/kickoff/kickoff-event-stream";
import { followerCount } from "@/lib/kickoff/kickoff-hub";
import { moveKickoff } from "@/lib/kickoff/move-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { makePartnership, makeUser } from "@/lib/testing/factories";

type Event = { event: string; data: unknown };

/** Reads server-sent events from a stream, one at a time. */
function reader(stream: ReadableStream<Uint8Array> | null) {
  if (!stream) throw new Error("the stream was refused");
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

  it("carries many followers of one kickoff on one watch, and tells only the one who left that they are gone", async () => {
    const people = await Promise.all(Array.from({ length: 30 }, () => makeUser()));
    const partnership = await makePartnership({ members: people.map((user) => ({ user })) });
    await startKickoff(partnership.facilitator.id, partnership.id);
    const abort = new AbortController();
    const streams = people.map((user) => reader(kickoffEventStream({ userId: user.id, partnershipId: partnership.id, signal: abort.signal }, { pollMs: 50 })));
    const firsts = await Promise.all(streams.map((events) => events.next()));
    expect(firsts.every((event) => event !== "closed" && event.event === "state")).toBe(true);
    expect(followerCount(partnership.id)).toBe(people.length);

    const version = (firsts[0] as { data: { session: { version: number } } }).data.session.version;
    await moveKickoff(partnership.facilitator.id, partnership.id, { to: "next", version });
    const moved = await Promise.all(streams.map((events) => events.next()));
    expect(moved.map((event) => (event === "closed" ? null : (event.data as { session: { currentStep: number } }).session.currentStep))).toEqual(people.map(() => 1));

    await db.membership.delete({ where: { userId_partnershipId: { userId: people[0]!.id, partnershipId: partnership.id } } });
    expect(await streams[0]!.next()).toMatchObject({ event: "gone" });
    expect(await streams[0]!.next()).toBe("closed");
    expect(followerCount(partnership.id)).toBe(people.length - 1);
    abort.abort();
    await Promise.all(streams.slice(1).map(async (events) => expect(await events.next()).toBe("closed")));
    expect(followerCount(partnership.id)).toBe(0);
  });

  it("refuses a user more than MAX_STREAMS_PER_USER streams at once, and takes one again once a stream ends", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    const aborts = Array.from({ length: MAX_STREAMS_PER_USER }, () => new AbortController());
    const open = aborts.map((abort) => reader(kickoffEventStream({ userId: member.id, partnershipId: partnership.id, signal: abort.signal }, { pollMs: 50 })));
    await Promise.all(open.map((events) => events.next()));
    expect(kickoffEventStream({ userId: member.id, partnershipId: partnership.id, signal: new AbortController().signal })).toBeNull();
    // Another member is not held back by this one's streams.
    const other = new AbortController();
    expect(kickoffEventStream({ userId: partnership.facilitator.id, partnershipId: partnership.id, signal: other.signal })).not.toBeNull();
    other.abort();

    aborts[0]!.abort();
    expect(await open[0]!.next()).toBe("closed");
    const again = new AbortController();
    expect(kickoffEventStream({ userId: member.id, partnershipId: partnership.id, signal: again.signal })).not.toBeNull();
    again.abort();
    for (const abort of aborts) abort.abort();
  });
});
