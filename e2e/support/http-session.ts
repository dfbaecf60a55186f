import { randomAddress } from "./address";
import type { Role, World } from "./world";

export type Reply = { status: number; headers: Headers; text: string; location: string | null };

/**
 * Someone talking to the app over plain HTTP, as an attacker's script would: their own cookie jar
 * (empty when signed out), their own address for the rate limits, no browser.
 */
export class HttpSession {
  private cookies = new Map<string, string>();
  readonly address = randomAddress();

  constructor(readonly baseURL: string) {}

  /** Signs in through next-auth's own endpoint, as the sign-in form does. */
  static async signedIn(baseURL: string, user: { email: string; password: string }) {
    const session = new HttpSession(baseURL);
    const { csrfToken } = JSON.parse((await session.get("/api/auth/csrf")).text) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" });
    await session.request("/api/auth/callback/credentials", { method: "POST", body: form });
    const me = JSON.parse((await session.get("/api/auth/session")).text) as { user?: { email?: string } };
    if (me.user?.email !== user.email) throw new Error(`could not sign in ${user.email}`);
    return session;
  }

  get signedInAs() {
    return [...this.cookies.keys()].some((name) => name.includes("session-token"));
  }

  get(path: string, init: { rsc?: boolean; headers?: Record<string, string>; cookies?: Record<string, string> } = {}) {
    // Next answers an RSC request without its cache-busting parameter with a redirect to add it.
    const url = init.rsc ? `${path}${path.includes("?") ? "&" : "?"}_rsc` : path;
    return this.request(url, { headers: { ...(init.rsc ? { RSC: "1" } : {}), ...init.headers }, cookies: init.cookies });
  }

  /** One request, redirects not followed; an endless body (event stream) is cut after its first part. */
  async request(path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string>; cookies?: Record<string, string> } = {}): Promise<Reply> {
    const headers = new Headers(init.headers);
    headers.set("x-forwarded-for", this.address);
    headers.set("origin", this.baseURL);
    const jar = new Map([...this.cookies, ...Object.entries(init.cookies ?? {})]);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const abort = new AbortController();
    const streamed = init.body instanceof ReadableStream;
    const response = await fetch(new URL(path, this.baseURL), {
      method: init.method ?? "GET",
      body: init.body,
      headers,
      redirect: "manual",
      signal: abort.signal,
      ...(streamed ? { duplex: "half" } : {}),
    } as RequestInit);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
    const text = response.headers.get("content-type")?.includes("text/event-stream") ? await firstChunk(response, abort) : await response.text();
    return { status: response.status, headers: response.headers, text, location: response.headers.get("location") };
  }
}

async function firstChunk(response: Response, abort: AbortController) {
  const reader = response.body?.getReader();
  const chunk = await reader?.read();
  abort.abort();
  return new TextDecoder().decode(chunk?.value);
}

/** A session for each role of a world: signed out, and each of its people signed in. */
export async function signInAll(baseURL: string, world: World): Promise<Record<Role, HttpSession>> {
  const { facilitator, member, stranger, otherFacilitator } = world.users;
  const [f, m, s, o] = await Promise.all([facilitator, member, stranger, otherFacilitator].map((user) => HttpSession.signedIn(baseURL, user)));
  return { signedOut: new HttpSession(baseURL), facilitator: f!, member: m!, stranger: s!, otherFacilitator: o! };
}
