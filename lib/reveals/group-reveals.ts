import type { LeadershipField } from "@/lib/generated/prisma/enums";
import { isAnswerField, type AnswerField } from "@/lib/leadership/fields";
import type { RevealedCopy } from "@/lib/leadership/visibility";

/** Reveal rows of one partnership, by owner: pass an owner's map as `revealed` to `visibleAnswers`. */
export function groupReveals(rows: readonly { userId: string; field: LeadershipField; text: string; tags: readonly string[] }[]) {
  const byUser = new Map<string, Map<AnswerField, RevealedCopy>>();
  for (const row of rows) {
    if (!isAnswerField(row.field)) continue;
    const copies = byUser.get(row.userId) ?? new Map<AnswerField, RevealedCopy>();
    copies.set(row.field, { text: row.text, tags: row.tags });
    byUser.set(row.userId, copies);
  }
  return byUser;
}
