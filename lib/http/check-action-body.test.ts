import { describe, expect, it } from "vitest";
import { checkActionBody } from "@/lib/http/check-action-body";

const LIMIT = 1_000;

function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request("http://app.test/profile", { method: "POST", body: form });
}

describe("a server action's body, checked before Next decodes it", () => {
  it("passes what a form sends", async () => {
    expect(await checkActionBody(multipart({ _1_name: "River region", "0": '[{"status":"idle"},"$K1"]' }), LIMIT)).toBeNull();
    expect(await checkActionBody(new Request("http://app.test/", { method: "POST", body: "[]" }), LIMIT)).toBeNull();
  });

  it("refuses a body over the limit with 413, declared or streamed", async () => {
    expect((await checkActionBody(multipart({ _1_name: "x".repeat(LIMIT), "0": "[]" }), LIMIT))?.status).toBe(413);
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode("x".repeat(400)));
      },
    });
    const streamed = new Request("http://app.test/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect((await checkActionBody(streamed, LIMIT))?.status).toBe(413);
  });

  it("only counts the size of a form sent without JavaScript (Next decodes its fields itself)", async () => {
    expect(await checkActionBody(multipart({ $ACTION_ID_abc: "", locale: "nl" }), LIMIT, { arguments: false })).toBeNull();
    expect((await checkActionBody(multipart({ $ACTION_ID_abc: "", locale: "x".repeat(LIMIT) }), LIMIT, { arguments: false }))?.status).toBe(413);
  });

  it("refuses with 400 a body whose arguments are not JSON", async () => {
    expect((await checkActionBody(multipart({ _1_name: "x", "0": "{not json" }), LIMIT))?.status).toBe(400);
    expect((await checkActionBody(new Request("http://app.test/", { method: "POST", body: "[oops" }), LIMIT))?.status).toBe(400);
    expect((await checkActionBody(new Request("http://app.test/", { method: "POST", body: new Uint8Array([0x5b, 0xff, 0x5d]) }), LIMIT))?.status).toBe(400);
  });
});
