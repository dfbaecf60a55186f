import "server-only";
import { db } from "@/lib/db";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";

/**
 * Which of these answers of `ownerId` read differently now than when the partnership's last
 * session ended. The caller passes only answers the viewer may read as they are now (not revealed
 * copies), so this never tells anyone about an answer they cannot read; and it says only that an
 * answer changed, never what it said before. No session ended yet: none.
 */
export async function changedSinceLastSession(partnershipId: string, ownerId: string, readable: readonly AnswerField[]): Promise<AnswerField[]> {
  if (readable.length === 0) return [];
  const last = await db.kickoffSession.findFirst({
    where: { partnershipId, status: "ENDED", endedAt: { not: null } },
    orderBy: { endedAt: "desc" },
    select: { endedAt: true },
  });
  const endedAt = last?.endedAt;
  if (!endedAt) return [];
  const fields = [...readable];
  const [since, before] = await Promise.all([
    db.answerVersion.findMany({
      where: { userId: ownerId, field: { in: fields }, savedAt: { gte: endedAt } },
      orderBy: [{ savedAt: "desc" }, { id: "desc" }],
      select: { field: true, text: true },
    }),
    db.answerVersion.findMany({
      where: { userId: ownerId, field: { in: fields }, savedAt: { lt: endedAt } },
      orderBy: [{ savedAt: "desc" }, { id: "desc" }],
      distinct: ["field"],
      select: { field: true, text: true },
    }),
  ]);
  const textAtEnd = new Map(before.map((version) => [version.field, version.text]));
  const textNow = new Map<AnswerField, string>();
  for (const version of since) if (!textNow.has(version.field)) textNow.set(version.field, version.text);
  // Saved since, and not back to the text it had then (an edit undone is no change).
  return ANSWER_FIELDS.filter((field) => textNow.has(field) && textNow.get(field) !== (textAtEnd.get(field) ?? ""));
}
