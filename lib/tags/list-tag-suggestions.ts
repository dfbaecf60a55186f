import "server-only";
import { db } from "@/lib/db";
import type { TagField } from "@/lib/leadership/fields";
import { relationOf, visibleTags } from "@/lib/leadership/visibility";
import { groupReveals } from "@/lib/reveals/group-reveals";
import { REVEAL_COPY } from "@/lib/reveals/load-partnership-reveals";

const LIMIT = 12;

/**
 * Tags that fellow members of the user's partnerships use, most used first, so that people
 * spell a shared skill or value the same way. Only tags the user may see under the visibility
 * rule count, judged per partnership with the user's role there.
 */
export async function listTagSuggestions(userId: string): Promise<Record<TagField, string[]>> {
  const mine = await db.membership.findMany({ where: { userId }, select: { partnershipId: true, role: true } });
  if (mine.length === 0) return { skillTags: [], valueTags: [] };
  const partnershipIds = mine.map((membership) => membership.partnershipId);
  const [others, reveals] = await Promise.all([
    db.membership.findMany({
      where: { partnershipId: { in: partnershipIds }, userId: { not: userId } },
      select: {
        userId: true,
        partnershipId: true,
        user: {
          select: {
            profile: { select: { skillTags: true, valueTags: true, knowledgeSkillsVisibility: true, valuesNormsVisibility: true } },
          },
        },
      },
    }),
    db.fieldReveal.findMany({
      where: { partnershipId: { in: partnershipIds }, field: { in: ["knowledgeSkills", "valuesNorms"] } },
      select: { ...REVEAL_COPY, partnershipId: true },
    }),
  ]);

  const roleIn = new Map(mine.map((membership) => [membership.partnershipId, membership.role]));
  const revealedFor = (ownerId: string, partnershipId: string) =>
    groupReveals(reveals.filter((r) => r.userId === ownerId && r.partnershipId === partnershipId)).get(ownerId);

  // A tag counts once per person, however many partnerships the viewer shares with them.
  const users: Record<TagField, Map<string, Set<string>>> = { skillTags: new Map(), valueTags: new Map() };
  for (const other of others) {
    const role = roleIn.get(other.partnershipId);
    const profile = other.user.profile;
    if (!role || !profile) continue;
    const relation = relationOf({ userId, role }, other.userId);
    const tags = visibleTags({ profile, relation, revealed: revealedFor(other.userId, other.partnershipId) });
    for (const field of ["skillTags", "valueTags"] as const) {
      for (const tag of tags[field]) {
        const holders = users[field].get(tag) ?? new Set<string>();
        holders.add(other.userId);
        users[field].set(tag, holders);
      }
    }
  }

  const ranked = (byTag: Map<string, Set<string>>) =>
    [...byTag.entries()]
      .sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b))
      .slice(0, LIMIT)
      .map(([tag]) => tag);
  return { skillTags: ranked(users.skillTags), valueTags: ranked(users.valueTags) };
}
