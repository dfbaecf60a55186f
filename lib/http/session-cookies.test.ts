import { describe, expect, it } from "vitest";
import { expiredSessionCookies } from "@/lib/http/session-cookies";

describe("expiredSessionCookies", () => {
  it("expires the session cookies and leaves others alone", () => {
    const cookies = expiredSessionCookies(["next-auth.session-token", "next-auth.callback-url", "next-auth.csrf-token", "locale"]);
    expect(cookies.map((cookie) => cookie.name)).toEqual(["next-auth.session-token", "next-auth.callback-url"]);
    expect(cookies.every((cookie) => cookie.value === "" && cookie.expires.getTime() === 0 && cookie.path === "/")).toBe(true);
    expect(cookies.every((cookie) => !cookie.secure)).toBe(true);
  });

  it("marks the deletion of an https deployment's cookies Secure, or the browser would keep them", () => {
    const [session, callback] = expiredSessionCookies(["__Secure-next-auth.session-token", "__Secure-next-auth.callback-url"]);
    expect(session).toMatchObject({ name: "__Secure-next-auth.session-token", secure: true });
    expect(callback).toMatchObject({ secure: true });
  });
});
