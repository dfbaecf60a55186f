import "server-only";
import type { Tx } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { ANSWER_FIELDS, DEFAULT_VISIBILITY, PROFILE_FIELDS, visibilityColumn, type AnswerField } from "@/lib/leadership/fields";
import { canSee } from "@/lib/leadership/visibility";

/**
 * What someone about to join would share with the partnership, by their answers' visibility as it
 * stands now: which answers its facilitators (named) and all its partners will be able to read,
 * and which stay with them. Answers not filled in yet are listed too (they are shared as soon as
 * they are written) and marked as empty. Fields in the order of the profile page.
 */
export type InvitationSharing = {
  facilitators: string[];
  facilitatorsRead: AnswerField[];
  partnersRead: AnswerField[];
  onlyYou: AnswerField[];
  empty: AnswerField[];
};

/**
 * The viewer's sharing with a partnership they are invited to; only for the viewer's own answers
 * and an open invitation (the caller checks). Decided by `canSee`, the one visibility rule.
 */
export async function previewSharing(tx: Tx, input: { viewerId: string; partnershipId: string }): Promise<InvitationSharing> {
  const profile = await tx.profile.findUnique({ where: { userId: input.viewerId } });
  const mission = await tx.mission.findUnique({ where: { userId: input.viewerId } });
  const facilitators = await tx.membership.findMany({
    where: { partnershipId: input.partnershipId, role: "FACILITATOR" },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: { user: { select: { name: true } } },
  });
  const recordOf = (field: AnswerField) =>
    ((PROFILE_FIELDS as readonly string[]).includes(field) ? profile : mission) as Record<string, unknown> | null;
  const sharing: InvitationSharing = {
    facilitators: facilitators.map((membership) => membership.user.name),
    facilitatorsRead: [],
    partnersRead: [],
    onlyYou: [],
    empty: [],
  };
  for (const field of ANSWER_FIELDS) {
    const record = recordOf(field);
    const visibility = (record?.[visibilityColumn(field)] as Visibility | undefined) ?? DEFAULT_VISIBILITY[field];
    if (canSee(visibility, "facilitator")) sharing.facilitatorsRead.push(field);
    if (canSee(visibility, "partner")) sharing.partnersRead.push(field);
    if (!canSee(visibility, "facilitator") && !canSee(visibility, "partner")) sharing.onlyYou.push(field);
    const text = record?.[field];
    if (typeof text !== "string" || !text.trim()) sharing.empty.push(field);
  }
  return sharing;
}
