import "server-only";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { refusal } from "@/lib/http/refusal";

/** Names of next-auth's callback-url cookie (plain, and with the prefix it uses on https). */
const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** What next-auth accepts as a callback URL: an http(s) URL, or a path. */
export function isUsableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth answers every request with 500 while the callback URL it is given (in the query, or
 * in its callback-url cookie) is not usable; such a value only comes from a hand-made request or
 * a tampered cookie. The query's is refused with 400; the cookie's is dropped, since it would
 * otherwise fail every auth request of that browser. Returns the refusal, if any.
 */
export async function screenCallbackUrl(request: NextRequest): Promise<Response | null> {
  const origin = request.nextUrl.origin;
  const fromQuery = request.nextUrl.searchParams.get("callbackUrl");
  if (fromQuery !== null && !isUsableCallbackUrl(fromQuery, origin)) return refusal(400).response;
  const jar = await cookies();
  for (const name of CALLBACK_URL_COOKIES) {
    const value = jar.get(name)?.value;
    if (value !== undefined && !isUsableCallbackUrl(value, origin)) jar.delete(name);
  }
  return null;
}
