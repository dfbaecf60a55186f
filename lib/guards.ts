import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { liveSessionUser } from "@/lib/sessions/live-session-user";
import { isRecordId } from "@/lib/validation/fields";

/** Where to come back to after signing in: the page being asked for (set by proxy.ts). */
async function signInUrl() {
  const path = (await headers()).get("x-pathname") ?? "/";
  return `/sign-in?callbackUrl=${encodeURIComponent(path)}`;
}

/**
 * The signed-in user, checked against the database (a deleted account's session stops working).
 * Signed out: off to sign in, and back here afterwards.
 */
export const requireUser = cache(async () => {
  const user = await currentUser();
  if (!user) redirect(await signInUrl());
  return user;
});

/**
 * The signed-in user if any, without sending anyone anywhere. The cookie counts only while its
 * session on the server is live (not signed out, here or everywhere; not expired; the account
 * still there). One read per request, shared with requireUser and with the choice of language
 * (lib/i18n/resolve-locale.ts).
 */
export const currentUser = cache(async () => {
  const session = await auth();
  if (!session) return null;
  return liveSessionUser({ userId: session.user.id, sessionId: session.sessionId });
});

/**
 * The user and their membership of a partnership. A non-member gets "not found", so that the
 * partnership's existence is not revealed.
 */
export const requireMember = cache(async (partnershipId: string) => {
  const user = await requireUser();
  // An id from the URL that cannot name a partnership is not looked up (a NUL would fail the query).
  const membership = isRecordId(partnershipId)
    ? await db.membership.findUnique({
        where: { userId_partnershipId: { userId: user.id, partnershipId } },
        select: { id: true, role: true, partnershipId: true, userId: true },
      })
    : null;
  if (!membership) {
    logger.security("access.refused", { userId: user.id, partnershipId, reason: "not_a_member" });
    notFound();
  }
  return { user, membership };
});

/** As requireMember, and refused with FORBIDDEN unless the user facilitates the partnership. */
export async function requireFacilitator(partnershipId: string) {
  const member = await requireMember(partnershipId);
  if (member.membership.role !== "FACILITATOR") {
    logger.security("access.refused", { userId: member.user.id, partnershipId, reason: "not_a_facilitator" });
    throw new AppError("FORBIDDEN");
  }
  return member;
}
