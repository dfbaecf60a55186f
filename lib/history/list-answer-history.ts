import "server-only";
import { db } from "@/lib/db";
import type { AnswerField } from "@/lib/leadership/fields";

export type EarlierVersion = { id: string; text: string; savedAt: Date };

/**
 * The earlier texts of each of the user's own answers, newest first, without the current one.
 * Only ever called for the signed-in user about themselves: nobody else reads anyone's history.
 */
export async function listAnswerHistory(userId: string): Promise<Partial<Record<AnswerField, EarlierVersion[]>>> {
  const versions = await db.answerVersion.findMany({
    where: { userId },
    orderBy: [{ savedAt: "desc" }, { id: "desc" }],
    select: { id: true, field: true, text: true, savedAt: true },
  });
  const history: Partial<Record<AnswerField, EarlierVersion[]>> = {};
  const seen = new Set<AnswerField>();
  for (const { field, ...version } of versions) {
    // The newest version of each answer is its current text.
    if (!seen.has(field)) {
      seen.add(field);
      continue;
    }
    (history[field] ??= []).push(version);
  }
  return history;
}
