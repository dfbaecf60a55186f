"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { logger } from "@/lib/logger";
import { auth } from "@/lib/auth";
import { expiredSessionCookies } from "@/lib/http/session-cookies";

/**
 * Signs out by removing the session cookie (sessions are signed JWT cookies, so nothing is kept
 * on the server). A plain form action: it works without JavaScript and ships none to the browser.
 */
export async function signOutAction() {
  const session = await auth();
  const jar = await cookies();
  for (const cookie of expiredSessionCookies(jar.getAll().map(({ name }) => name))) jar.set(cookie);
  if (session) logger.info("sign_out", { userId: session.user.id });
  redirect("/");
}
