import "server-only";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/memberships/member-of";

/** The partnership's agreements in the order they were made; for its members. */
export async function listAgreements(viewerId: string, partnershipId: string) {
  await memberOf(db, viewerId, partnershipId);
  return db.agreement.findMany({
    where: { partnershipId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, text: true, createdAt: true },
  });
}
