import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** Name and goal of a partnership for its pages. Callers have checked membership. */
export const getPartnershipHeader = cache(async (partnershipId: string) => {
  return db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: { id: true, name: true, commonGoal: true, desiredImpact: true, description: true, viewVersion: true },
  });
});
