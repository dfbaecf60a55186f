import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { groupReveals } from "@/lib/reveals/group-reveals";

/** What a reveal row carries to the viewers of its partnership: the copy, never the live answer. */
export const REVEAL_COPY = { userId: true, field: true, text: true, tags: true } as const;

/**
 * The answers each member has revealed to this partnership, as copies, by user id: pass a
 * member's map as `revealed` to `visibleAnswers` for any viewer in the same partnership. Callers
 * have checked that the viewer is a member.
 */
export async function loadPartnershipReveals(partnershipId: string, client: Db | Tx = db) {
  return groupReveals(await client.fieldReveal.findMany({ where: { partnershipId }, select: REVEAL_COPY }));
}
