import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import { inviteUrl } from "@/lib/invitations/invite-url";
import { personalInviteToken } from "@/lib/invitations/personal-invite-token";
import { logger } from "@/lib/logger";
import { invitationEmail } from "@/lib/mail/messages/invitation";
import { queueEmail } from "@/lib/mail/queue-email";
import { EMAIL_INVITE_LIMITS } from "@/lib/validation/invitation-limits";

/** Invitations reminded per run at most; the next run (hourly) takes the rest. */
const BATCH = 500;

type Claimed = {
  id: string;
  partnershipId: string;
  email: string;
  message: string;
  tokenHash: string;
  expiresAt: Date;
  createdById: string | null;
};

/**
 * The one reminder of a personal invitation: sent once, at least three days after the invitation,
 * while it is not joined, not withdrawn and not expired. Each invitation is claimed with a
 * conditional UPDATE (remindedAt still empty) that returns it, in the same transaction as its
 * email: two instances running this at once remind each invitation once, and a failed email leaves
 * it unclaimed for the next run. Someone who joined by another way is not reminded (the claim
 * still marks it). The reminder carries the same link as the first email (see personalInviteToken).
 * Returns how many reminders were queued.
 */
export async function sendInvitationReminders(): Promise<number> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Invitation"
    WHERE "email" IS NOT NULL AND "remindedAt" IS NULL AND "joinedAt" IS NULL AND "revokedAt" IS NULL
      AND "expiresAt" > now() AND "createdAt" <= now() - make_interval(days => ${EMAIL_INVITE_LIMITS.remindAfterDays})
    ORDER BY "createdAt" LIMIT ${BATCH}`;
  let reminded = 0;
  for (const { id } of due) {
    try {
      if (await remindOne(id)) reminded++;
    } catch (error) {
      logger.errorFrom("invitation.reminderFailed", error, { invitationId: id });
    }
  }
  if (reminded > 0) logger.info("invitation.reminded", { count: reminded });
  return reminded;
}

async function remindOne(invitationId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<Claimed[]>`
      UPDATE "Invitation" SET "remindedAt" = now()
      WHERE "id" = ${invitationId} AND "email" IS NOT NULL AND "remindedAt" IS NULL AND "joinedAt" IS NULL
        AND "revokedAt" IS NULL AND "expiresAt" > now() AND "createdAt" <= now() - make_interval(days => ${EMAIL_INVITE_LIMITS.remindAfterDays})
      RETURNING "id", "partnershipId", "email", "message", "tokenHash", "expiresAt", "createdById"`;
    if (!claimed) return false;
    const account = await tx.user.findUnique({
      where: { email: claimed.email },
      select: { name: true, locale: true, memberships: { where: { partnershipId: claimed.partnershipId }, select: { id: true } } },
    });
    if (account && account.memberships.length > 0) return false;
    const partnership = await tx.partnership.findUniqueOrThrow({ where: { id: claimed.partnershipId }, select: { name: true, commonGoal: true } });
    const inviter = claimed.createdById
      ? await tx.user.findUnique({ where: { id: claimed.createdById }, select: { name: true, locale: true } })
      : null;
    // The language of the first email, when the invitee has no account of their own to say.
    const first = await tx.emailMessage.findFirst({
      where: { to: claimed.email, kind: "invitation" },
      orderBy: { createdAt: "desc" },
      select: { locale: true },
    });
    const locale: Locale = account?.locale ?? first?.locale ?? inviter?.locale ?? "en";
    const { token, tokenHash } = personalInviteToken(claimed.id);
    if (tokenHash !== claimed.tokenHash) {
      // The server's secret changed since the first email: the link derived now differs, so it
      // becomes the invitation's link (the first email's link stops working; this one works).
      await tx.invitation.update({ where: { id: claimed.id }, data: { tokenHash } });
    }
    const daysLeft = Math.max(1, Math.ceil((claimed.expiresAt.getTime() - Date.now()) / 86_400_000));
    await queueEmail(
      tx,
      await invitationEmail({
        to: claimed.email,
        locale,
        recipientName: account?.name ?? null,
        inviterName: inviter?.name ?? null,
        partnershipName: partnership.name,
        commonGoal: partnership.commonGoal,
        message: claimed.message,
        url: inviteUrl(token),
        validDays: daysLeft,
        reminder: true,
      }),
    );
    return true;
  });
}
