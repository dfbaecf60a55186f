import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/generated/prisma/enums";
import { inviteUrl } from "@/lib/invitations/invite-url";
import { personalInviteToken } from "@/lib/invitations/personal-invite-token";
import { logger } from "@/lib/logger";
import { invitationEmail } from "@/lib/mail/messages/invitation";
import { queueEmail } from "@/lib/mail/queue-email";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { notify } from "@/lib/notifications/notify";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { splitEmailList } from "@/lib/validation/invitation";
import { EMAIL_INVITE_LIMITS } from "@/lib/validation/invitation-limits";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Sends of invitations by one facilitator (each up to 50 addresses): generous, but no mail cannon. */
const SEND_RULE: RateLimitRule = { limit: 30, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };

export type SendInvitationsResult = {
  /** Addresses that got a new personal invitation. */
  sent: string[];
  /** Of those, addresses whose open invitation was replaced (the old link withdrawn). */
  renewed: string[];
  /** Addresses of people already in the partnership: nothing sent. */
  alreadyMembers: string[];
};

/** A record id in the shape of the others (a cuid-like 25 characters), random enough to derive a token from. */
function newInvitationId() {
  return `c${randomBytes(16).toString("hex").slice(0, 24)}`;
}

/**
 * Invites people by email; facilitators only. Each address gets its own invitation, bound to that
 * address and good for one join within 14 days, and its email, written in the invitee's language
 * (their account's, else `locale`, the facilitator's), recorded with its send job: all in one
 * transaction, so that either every invitation and email exists or none. An address of someone
 * already in the partnership is skipped; one with an open personal invitation gets a new link and
 * the old one is withdrawn. An invitee with an account also gets an INVITATION notification. A list with a bad address is refused whole (INVALID on "emails").
 */
export async function sendInvitations(
  actorId: string,
  partnershipId: string,
  input: { emails: string; message: string; locale: Locale; requestHeaders?: Headers },
): Promise<SendInvitationsResult> {
  return logRefusals("invitation.send", { actorId, partnershipId }, async () => {
    const { emails, invalid } = splitEmailList(input.emails);
    if (invalid.length > 0 || emails.length === 0 || emails.length > EMAIL_INVITE_LIMITS.maxAddresses) {
      throw new AppError("INVALID", { field: "emails", message: `refused address list: ${invalid.length} bad, ${emails.length} good` });
    }
    const message = input.message.trim().slice(0, EMAIL_INVITE_LIMITS.messageMax);
    // Counted on its own, so that a refused send still counts.
    const attempt = await countAttempt(`invite:send:${actorId}`, SEND_RULE);
    if (attempt.blockedForSeconds > 0) {
      logger.security("invitation.sendBlocked", { actorId, partnershipId, attempts: attempt.attempts });
      throw new AppError("RATE_LIMITED", { params: { minutes: Math.max(1, Math.ceil(attempt.blockedForSeconds / 60)) } });
    }

    const result: SendInvitationsResult = { sent: [], renewed: [], alreadyMembers: [] };
    await db.$transaction(
      async (tx) => {
        await facilitatorOf(tx, actorId, partnershipId);
        const partnership = await tx.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { name: true, commonGoal: true } });
        const inviter = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true } });
        const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS "now"`;
        // In a fixed order, so that two sends to overlapping lists wait for each other rather than deadlock.
        for (const email of [...emails].sort()) {
          // Two facilitators inviting the same address at once: one after the other, never two open links.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${partnershipId}:${email}`}))`;
          const account = await tx.user.findUnique({
            where: { email },
            select: { id: true, name: true, locale: true, memberships: { where: { partnershipId }, select: { id: true } } },
          });
          if (account && account.memberships.length > 0) {
            result.alreadyMembers.push(email);
            continue;
          }
          const replaced = await tx.invitation.updateMany({
            where: { partnershipId, email, revokedAt: null, joinedAt: null, expiresAt: { gt: now } },
            data: { revokedAt: now },
          });
          if (replaced.count > 0) result.renewed.push(email);
          const id = newInvitationId();
          const { token, tokenHash } = personalInviteToken(id);
          await tx.invitation.create({
            data: {
              id,
              partnershipId,
              tokenHash,
              createdById: actorId,
              email,
              message,
              maxUses: 1,
              createdAt: now,
              expiresAt: new Date(now.getTime() + EMAIL_INVITE_LIMITS.days * DAY_MS),
            },
          });
          await queueEmail(
            tx,
            await invitationEmail({
              to: email,
              locale: account?.locale ?? input.locale,
              recipientName: account?.name ?? null,
              inviterName: inviter.name,
              partnershipName: partnership.name,
              commonGoal: partnership.commonGoal,
              message,
              url: inviteUrl(token, input.requestHeaders),
              validDays: EMAIL_INVITE_LIMITS.days,
            }),
          );
          // An invitee who already has an account is told in the app too (or as their settings say).
          if (account) {
            await notify(tx, {
              userId: account.id,
              kind: "INVITATION",
              partnershipId,
              data: { partnershipName: partnership.name, inviterName: inviter.name, invitationId: id },
            });
          }
          result.sent.push(email);
        }
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    result.sent.sort((a, b) => emails.indexOf(a) - emails.indexOf(b));
    result.renewed.sort((a, b) => emails.indexOf(a) - emails.indexOf(b));
    result.alreadyMembers.sort((a, b) => emails.indexOf(a) - emails.indexOf(b));
    logger.info("invitation.sent", { actorId, partnershipId, sent: result.sent.length, renewed: result.renewed.length, skipped: result.alreadyMembers.length });
    return result;
  });
}
