import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { screenCallbackUrl } from "@/lib/http/auth-callback-url";

async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return (await screenCallbackUrl(request)) ?? NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
