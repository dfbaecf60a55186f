import { beforeEach, describe, expect, it, vi } from "vitest";

const settings: { APP_URL?: string } = {};
vi.mock("@/lib/env", () => ({ env: () => settings }));

const { inviteUrl } = await import("@/lib/invitations/invite-url");

describe("invite URLs", () => {
  beforeEach(() => {
    delete settings.APP_URL;
  });

  it("uses APP_URL when it is set", () => {
    settings.APP_URL = "https://samenspel.example.org/";
    expect(inviteUrl("abc", new Headers({ host: "internal:3000" }))).toBe("https://samenspel.example.org/invite/abc");
  });

  it("otherwise uses the forwarded host and protocol of the request", () => {
    const headers = new Headers({ host: "internal:3000", "x-forwarded-host": "partners.example.nl, proxy", "x-forwarded-proto": "https" });
    expect(inviteUrl("abc", headers)).toBe("https://partners.example.nl/invite/abc");
  });

  it("falls back to the Host header over http", () => {
    expect(inviteUrl("abc", new Headers({ host: "127.0.0.1:3011" }))).toBe("http://127.0.0.1:3011/invite/abc");
  });

  it("ignores an odd forwarded protocol", () => {
    expect(inviteUrl("abc", new Headers({ host: "example.nl", "x-forwarded-proto": "javascript" }))).toBe("http://example.nl/invite/abc");
  });
});
