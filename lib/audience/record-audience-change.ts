import "server-only";
import type { Tx } from "@/lib/db";
import type { AudienceChangeReason, LeadershipField } from "@/lib/generated/prisma/enums";
import { MISSION_FIELDS, PROFILE_FIELDS, visibilityColumn, type AnswerField } from "@/lib/leadership/fields";
import { notifyAudienceChange } from "@/lib/notifications/notify-audience-change";

const FACILITATORS = "FACILITATORS" as const;

const visibilitySelect = <F extends AnswerField>(fields: readonly F[]) =>
  Object.fromEntries(fields.map((field) => [visibilityColumn(field), true])) as Record<`${F}Visibility`, true>;

const facilitatorsOnAny = <F extends AnswerField>(fields: readonly F[]) =>
  fields.map((field) => ({ [visibilityColumn(field)]: FACILITATORS }) as Record<`${F}Visibility`, typeof FACILITATORS>);

/**
 * Someone has just become a facilitator of a partnership (in `tx`, the transaction that made
 * them so): every other member with answers set to "Facilitators" gets a notice naming the new
 * reader and those answers, shown on their next visit and kept on their profile. Two queries
 * whatever the number of members: one read of the members concerned, one insert.
 */
export async function recordAudienceChange(tx: Tx, partnershipId: string, readerId: string, reason: AudienceChangeReason) {
  const members = await tx.membership.findMany({
    where: {
      partnershipId,
      userId: { not: readerId },
      user: { OR: [{ profile: { OR: facilitatorsOnAny(PROFILE_FIELDS) } }, { mission: { OR: facilitatorsOnAny(MISSION_FIELDS) } }] },
    },
    select: {
      userId: true,
      user: { select: { profile: { select: visibilitySelect(PROFILE_FIELDS) }, mission: { select: visibilitySelect(MISSION_FIELDS) } } },
    },
  });
  const notices = members
    .map(({ userId, user }) => {
      const fields: LeadershipField[] = [
        ...PROFILE_FIELDS.filter((field) => user.profile?.[visibilityColumn(field)] === FACILITATORS),
        ...MISSION_FIELDS.filter((field) => user.mission?.[visibilityColumn(field)] === FACILITATORS),
      ];
      return { userId, partnershipId, readerId, reason, fields };
    })
    .filter((notice) => notice.fields.length > 0);
  if (notices.length > 0) await tx.audienceNotice.createMany({ data: notices });
  await notifyAudienceChange(tx, { partnershipId, readerId, userIds: notices.map((notice) => notice.userId) });
  return notices.length;
}
