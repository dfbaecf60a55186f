import "server-only";
import { db } from "@/lib/db";
import { MISSION_FIELDS, PROFILE_FIELDS } from "@/lib/leadership/fields";
import { memberOf } from "@/lib/memberships/member-of";

export type MemberCompletion = {
  membershipId: string;
  name: string;
  role: "FACILITATOR" | "MEMBER";
  profile: { filled: number; total: number };
  mission: { filled: number; total: number };
  /** A unique role is written down and the alignment with the common goal is rated. */
  roleComplete: boolean;
};

/**
 * Who has filled in what, for the kickoff's completion panel. Only counts leave this function,
 * never the answers: how far someone is says nothing about what they wrote.
 */
export async function listKickoffCompletion(viewerId: string, partnershipId: string): Promise<MemberCompletion[]> {
  await memberOf(db, viewerId, partnershipId);
  const memberships = await db.membership.findMany({
    where: { partnershipId },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      uniqueRole: true,
      alignment: true,
      user: {
        select: {
          name: true,
          profile: { select: Object.fromEntries(PROFILE_FIELDS.map((field) => [field, true])) as Record<(typeof PROFILE_FIELDS)[number], true> },
          mission: { select: Object.fromEntries(MISSION_FIELDS.map((field) => [field, true])) as Record<(typeof MISSION_FIELDS)[number], true> },
        },
      },
    },
  });
  const filled = (record: Record<string, string> | null, fields: readonly string[]) =>
    fields.filter((field) => Boolean(record?.[field]?.trim())).length;
  return memberships.map((membership) => ({
    membershipId: membership.id,
    name: membership.user.name,
    role: membership.role,
    profile: { filled: filled(membership.user.profile, PROFILE_FIELDS), total: PROFILE_FIELDS.length },
    mission: { filled: filled(membership.user.mission, MISSION_FIELDS), total: MISSION_FIELDS.length },
    roleComplete: Boolean(membership.uniqueRole.trim()) && membership.alignment !== null,
  }));
}
