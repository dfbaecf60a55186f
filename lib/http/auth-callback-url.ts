/**
 * next-auth answers every request with 500 while the callback URL it is given (in the query, or
 * in its callback-url cookie) is not an http(s) URL or a path. Such a value can only come from
 * a hand-made request or a tampered cookie; these checks let the auth route refuse or drop it.
 */
export function isUsableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** Names of next-auth's callback-url cookie (plain, and with the prefix it uses on https). */
export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];
