import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { answerRoute } from "@/lib/http/answer-route";

async function answer(thrown: unknown) {
  const response = await answerRoute(() => Promise.reject(thrown));
  return { status: response.status, body: (await response.json()) as unknown, retryAfter: response.headers.get("retry-after") };
}

describe("answerRoute", () => {
  it("passes the handler's own response through", async () => {
    const response = await answerRoute(async () => new Response("ok", { status: 200 }));
    expect(await response.text()).toBe("ok");
  });

  it("answers the domain's refusals with their status and no data", async () => {
    expect(await answer(new AppError("NOT_FOUND", { message: "membership gone" }))).toMatchObject({ status: 404, body: { error: "not_found" } });
    expect(await answer(new AppError("FORBIDDEN"))).toMatchObject({ status: 403, body: { error: "forbidden" } });
    expect(await answer(new AppError("INVALID"))).toMatchObject({ status: 400, body: { error: "bad_request" } });
  });

  it("answers an unreachable database with 503 and when to try again", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(await answer(refused)).toEqual({ status: 503, body: { error: "unavailable" }, retryAfter: "30" });
  });

  it("lets any other error through, to be logged as the bug it is", async () => {
    await expect(answerRoute(() => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
