import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { TAG_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Shows one of the member's own answers to everyone in this partnership during its running
 * kickoff: a copy of the text (and tags) as they stand now, so that later edits are never shared
 * through it. The reveal ends with the kickoff unless `keep`: then it stays until the owner hides
 * it. Revealing again replaces the copy with the current text.
 */
export async function revealAnswer(userId: string, partnershipId: string, field: AnswerField, options: { keep?: boolean } = {}) {
  return db.$transaction(async (tx) => {
    await memberOf(tx, userId, partnershipId);
    // Shared lock on the running kickoff: ending it waits for this reveal, then hides it with
    // the rest; a reveal arriving after the end finds no running kickoff.
    const [kickoff] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "KickoffSession"
      WHERE "partnershipId" = ${partnershipId} AND "status" = 'RUNNING'
      ORDER BY "startedAt" DESC LIMIT 1
      FOR SHARE`;
    if (!kickoff) throw new AppError("INVALID", { message: `no kickoff is running in partnership ${partnershipId}` });
    const owner = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { profile: { select: PROFILE_ANSWERS }, mission: { select: MISSION_ANSWERS } },
    });
    const answers: Record<string, unknown> = { ...owner.profile, ...owner.mission };
    const text = typeof answers[field] === "string" ? answers[field] : "";
    if (!text.trim()) throw new AppError("INVALID", { message: `answer ${field} is empty: nothing to reveal` });
    const tagField = (Object.keys(TAG_FIELDS) as (keyof typeof TAG_FIELDS)[]).find((tags) => TAG_FIELDS[tags] === field);
    const tags = tagField && owner.profile ? owner.profile[tagField] : [];
    const copy = { text, tags, kickoffId: kickoff.id, keep: options.keep ?? false };
    await tx.fieldReveal.upsert({
      where: { userId_partnershipId_field: { userId, partnershipId, field } },
      create: { userId, partnershipId, field, ...copy },
      update: { ...copy, createdAt: new Date() },
    });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
