import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import type { AnswerField } from "@/lib/leadership/fields";

/**
 * The answers each member has revealed to this partnership, by user id: pass a member's set as
 * `revealed` to `visibleAnswers` for any viewer in the same partnership. Callers have checked that
 * the viewer is a member.
 */
export async function loadPartnershipReveals(partnershipId: string, client: Db | Tx = db): Promise<Map<string, Set<AnswerField>>> {
  const rows = await client.fieldReveal.findMany({ where: { partnershipId }, select: { userId: true, field: true } });
  const reveals = new Map<string, Set<AnswerField>>();
  for (const row of rows) {
    const set = reveals.get(row.userId) ?? new Set<AnswerField>();
    set.add(row.field);
    reveals.set(row.userId, set);
  }
  return reveals;
}
