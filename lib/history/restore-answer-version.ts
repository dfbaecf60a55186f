import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAnswerVersions } from "@/lib/history/record-answer-versions";
import { MISSION_FIELDS, PROFILE_FIELDS, type AnswerField, type MissionField, type ProfileField } from "@/lib/leadership/fields";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

const isProfileField = (field: AnswerField): field is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(field);
const isMissionField = (field: AnswerField): field is MissionField => (MISSION_FIELDS as readonly string[]).includes(field);

/**
 * Makes an earlier text of one of the user's own answers its current text again: saved like an
 * edit (a new version, a later profile or mission version, the partnerships' views refreshed),
 * with the answer's visibility left as it is. Someone else's version: NOT_FOUND.
 */
export async function restoreAnswerVersion(userId: string, versionId: string): Promise<{ field: AnswerField }> {
  return db.$transaction(async (tx) => {
    const version = await tx.answerVersion.findFirst({ where: { id: versionId, userId }, select: { field: true, text: true } });
    if (!version) throw new AppError("NOT_FOUND", { message: `no answer version ${versionId} of user ${userId}` });
    const { field, text } = version;
    if (isProfileField(field)) {
      await tx.profile.upsert({ where: { userId }, create: { userId, [field]: text }, update: { [field]: text, version: { increment: 1 } } });
    } else if (isMissionField(field)) {
      await tx.mission.upsert({ where: { userId }, create: { userId, [field]: text }, update: { [field]: text, version: { increment: 1 } } });
    }
    await recordAnswerVersions(tx, userId, { [field]: text });
    await touchPartnershipViews(tx, { userId });
    return { field };
  });
}
