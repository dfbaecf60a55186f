import "server-only";
import { db } from "@/lib/db";
import { recordAnswerVersions } from "@/lib/history/record-answer-versions";
import { PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { SaveProfileInput } from "@/lib/validation/profile";

/**
 * Saves the user's profile if it is still the version the form was loaded with. Otherwise
 * nothing is written and the version stored meanwhile (another tab) comes back, so the user can
 * compare it with what they typed: a save never silently overwrites one made elsewhere.
 */
export async function saveProfile(userId: string, input: SaveProfileInput) {
  const { version, ...answers } = input;
  return db.$transaction(async (tx) => {
    const stored = { where: { userId }, select: { ...PROFILE_ANSWERS, version: true } };
    const updated = await tx.profile.updateMany({ where: { userId, version }, data: { ...answers, version: { increment: 1 } } });
    if (updated.count === 0) {
      const current = await tx.profile.findUnique(stored);
      if (current) return { status: "conflict" as const, current };
      // Accounts made before profiles existed have no row yet: this save is its first version.
      // Two first saves at once (two tabs): one creates the row, the other is told of it.
      const created = await tx.profile.createMany({ data: [{ userId, ...answers }], skipDuplicates: true });
      if (created.count === 0) return { status: "conflict" as const, current: await tx.profile.findUniqueOrThrow(stored) };
    }
    await recordAnswerVersions(tx, userId, answers);
    await touchPartnershipViews(tx, { userId });
    return { status: "saved" as const, version: updated.count === 0 ? 1 : version + 1 };
  });
}
