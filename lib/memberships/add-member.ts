import "server-only";
import type { Tx } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** Makes a user a member (joining twice keeps the first membership and its role). */
export async function addMember(tx: Tx, input: { partnershipId: string; userId: string; role?: MemberRole; organisation?: string }) {
  const membership = await tx.membership.upsert({
    where: { userId_partnershipId: { userId: input.userId, partnershipId: input.partnershipId } },
    create: {
      userId: input.userId,
      partnershipId: input.partnershipId,
      role: input.role ?? "MEMBER",
      organisation: input.organisation ?? "",
    },
    update: {},
    select: { id: true, role: true },
  });
  await touchPartnershipViews(tx, { partnershipIds: [input.partnershipId] });
  return membership;
}
