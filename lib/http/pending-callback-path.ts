import "server-only";
import { cookies } from "next/headers";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

/**
 * Where an organisation's sign-in in progress was to land (next-auth keeps it in its callback-url
 * cookie, already checked to be this site), as a path of this site; "/" when there is none. For
 * the linking step, which takes the browser off next-auth's own way back.
 */
export async function pendingCallbackPath(): Promise<string> {
  const jar = await cookies();
  const value = jar.get("__Secure-next-auth.callback-url")?.value ?? jar.get("next-auth.callback-url")?.value;
  if (!value) return "/";
  try {
    const url = new URL(value, "http://local.invalid");
    return safeCallbackUrl(url.pathname + url.search);
  } catch {
    return "/";
  }
}
