"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { logger } from "@/lib/logger";
import { auth } from "@/lib/auth";
import { expiredSessionCookies } from "@/lib/http/session-cookies";
import { endSession } from "@/lib/sessions/end-session";

/**
 * Signs out: ends this browser's session on the server (so a copied cookie stops working too) and
 * removes the session cookie. Without the database the cookie still goes (the session then ends
 * when it expires). A plain form action: it works without JavaScript and ships none to the browser.
 * Signed in through an organisation's provider, the browser lands on the sign-in page, which
 * offers to sign out there too.
 */
export async function signOutAction() {
  const session = await auth();
  if (session?.sessionId) {
    try {
      await endSession(session.user.id, session.sessionId);
    } catch (error) {
      logger.warn("sign_out.session_not_ended", { userId: session.user.id, reason: error instanceof Error ? error.name : "unknown" });
    }
  }
  const jar = await cookies();
  for (const cookie of expiredSessionCookies(jar.getAll().map(({ name }) => name))) jar.set(cookie);
  if (session) logger.info("sign_out", { userId: session.user.id });
  redirect(session?.provider ? `/sign-in?signedOutOf=${encodeURIComponent(session.provider)}` : "/");
}
