import "server-only";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { isAnswerField, VISIBILITIES, type AnswerField } from "@/lib/leadership/fields";
import { canSee, relationOf } from "@/lib/leadership/visibility";

/** A person who can read an answer, with the partnerships through which they can. */
export type Reader = { userId: string; name: string; partnerships: string[] };
export type AnswerReveal = { partnershipId: string; partnershipName: string; keep: boolean };

/**
 * Who can read the user's answers now, as people: for each visibility, everyone in the user's
 * partnerships whom the visibility rule (`canSee`, with their role in each partnership) lets read
 * an answer of that visibility; and, per answer, the partnerships it is revealed in. For the
 * owner's own eyes only.
 */
export async function listAnswerAudiences(userId: string) {
  const [memberships, reveals] = await Promise.all([
    db.membership.findMany({
      where: { userId },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      select: {
        partnership: {
          select: {
            name: true,
            memberships: { where: { userId: { not: userId } }, select: { role: true, user: { select: { id: true, name: true } } } },
          },
        },
      },
    }),
    db.fieldReveal.findMany({
      where: { userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { field: true, keep: true, partnership: { select: { id: true, name: true } } },
    }),
  ]);

  const readers = Object.fromEntries(VISIBILITIES.map((visibility) => [visibility, new Map<string, Reader>()])) as Record<Visibility, Map<string, Reader>>;
  for (const { partnership } of memberships) {
    for (const other of partnership.memberships) {
      const relation = relationOf({ userId: other.user.id, role: other.role }, userId);
      for (const visibility of VISIBILITIES) {
        if (!canSee(visibility, relation)) continue;
        const reader = readers[visibility].get(other.user.id) ?? { userId: other.user.id, name: other.user.name, partnerships: [] };
        if (!reader.partnerships.includes(partnership.name)) reader.partnerships.push(partnership.name);
        readers[visibility].set(other.user.id, reader);
      }
    }
  }
  const byName = (a: Reader, b: Reader) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);

  const revealedIn: Partial<Record<AnswerField, AnswerReveal[]>> = {};
  for (const reveal of reveals) {
    if (!isAnswerField(reveal.field)) continue;
    (revealedIn[reveal.field] ??= []).push({ partnershipId: reveal.partnership.id, partnershipName: reveal.partnership.name, keep: reveal.keep });
  }

  return {
    readers: Object.fromEntries(VISIBILITIES.map((visibility) => [visibility, [...readers[visibility].values()].sort(byName)])) as Record<Visibility, Reader[]>,
    revealedIn,
  };
}

export type AnswerAudiences = Awaited<ReturnType<typeof listAnswerAudiences>>;
