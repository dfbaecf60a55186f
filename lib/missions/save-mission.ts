import "server-only";
import { db } from "@/lib/db";
import { recordAnswerVersions } from "@/lib/history/record-answer-versions";
import { MISSION_ANSWERS } from "@/lib/leadership/answer-selects";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { SaveMissionInput } from "@/lib/validation/profile";

/**
 * Saves the user's personal mission if it is still the version the form was loaded with;
 * otherwise writes nothing and returns the version stored meanwhile (see saveProfile).
 */
export async function saveMission(userId: string, input: SaveMissionInput) {
  const { version, ...answers } = input;
  return db.$transaction(async (tx) => {
    const stored = { where: { userId }, select: { ...MISSION_ANSWERS, version: true } };
    const updated = await tx.mission.updateMany({ where: { userId, version }, data: { ...answers, version: { increment: 1 } } });
    if (updated.count === 0) {
      const current = await tx.mission.findUnique(stored);
      if (current) return { status: "conflict" as const, current };
      // Two first saves at once (two tabs): one creates the row, the other is told of it.
      const created = await tx.mission.createMany({ data: [{ userId, ...answers }], skipDuplicates: true });
      if (created.count === 0) return { status: "conflict" as const, current: await tx.mission.findUniqueOrThrow(stored) };
    }
    await recordAnswerVersions(tx, userId, answers);
    await touchPartnershipViews(tx, { userId });
    return { status: "saved" as const, version: updated.count === 0 ? 1 : version + 1 };
  });
}
