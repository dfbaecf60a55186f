import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { UpdatePartnershipInput } from "@/lib/validation/partnership";

export type SavedPartnership = { name: string; commonGoal: string; desiredImpact: string; description: string; version: number };

export type UpdatePartnershipResult = { status: "saved"; version: number } | { status: "conflict"; theirs: SavedPartnership };

/**
 * Saves name, goal, impact and description; facilitators only. The save names the version it was
 * edited from: if someone saved in between, nothing is written and their version is returned, so
 * that the editor can compare before deciding.
 */
export async function updatePartnership(actorId: string, input: UpdatePartnershipInput): Promise<UpdatePartnershipResult> {
  const { partnershipId } = input;
  return logRefusals("partnership.update", { actorId, partnershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const updated = await tx.partnership.updateMany({
        where: { id: partnershipId, version: input.version },
        data: {
          name: input.name,
          commonGoal: input.commonGoal,
          desiredImpact: input.desiredImpact,
          description: input.description,
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) {
        const theirs = await tx.partnership.findUniqueOrThrow({
          where: { id: partnershipId },
          select: { name: true, commonGoal: true, desiredImpact: true, description: true, version: true },
        });
        return { status: "conflict", theirs } as const;
      }
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return { status: "saved", version: input.version + 1 } as const;
    }),
  );
}
