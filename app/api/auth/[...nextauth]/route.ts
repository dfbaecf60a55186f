import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { CALLBACK_URL_COOKIES, isUsableCallbackUrl } from "@/lib/http/auth-callback-url";
import { refusal } from "@/lib/http/refusal";

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isUsableCallbackUrl(callbackUrl, request.nextUrl.origin)) return refusal(400).response;
  // A tampered callback-url cookie would fail every auth request of this browser: it is dropped.
  const jar = await cookies();
  for (const name of CALLBACK_URL_COOKIES) {
    const value = jar.get(name)?.value;
    if (value !== undefined && !isUsableCallbackUrl(value, request.nextUrl.origin)) jar.delete(name);
  }
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
