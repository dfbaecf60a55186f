import "server-only";
import { db } from "@/lib/db";
import type { CreatePartnershipInput } from "@/lib/validation/partnership";

/** A new partnership, with its creator as its first facilitator. */
export async function createPartnership(input: CreatePartnershipInput, creatorId: string) {
  return db.partnership.create({
    data: {
      name: input.name,
      commonGoal: input.commonGoal,
      desiredImpact: input.desiredImpact,
      description: input.description,
      memberships: { create: { userId: creatorId, role: "FACILITATOR" } },
    },
    select: { id: true, name: true },
  });
}
