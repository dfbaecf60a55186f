import { z } from "zod";
import { LIMITS, text } from "@/lib/validation/fields";
import { recordId } from "@/lib/validation/partnership";

export const ZChangeMemberRoleInput = z.object({
  partnershipId: recordId,
  membershipId: recordId,
  role: z.enum(["FACILITATOR", "MEMBER"]),
});
export type ChangeMemberRoleInput = z.infer<typeof ZChangeMemberRoleInput>;

export const ZRemoveMemberInput = z.object({ partnershipId: recordId, membershipId: recordId });
export type RemoveMemberInput = z.infer<typeof ZRemoveMemberInput>;

export const ZLeavePartnershipInput = z.object({ partnershipId: recordId });
export type LeavePartnershipInput = z.infer<typeof ZLeavePartnershipInput>;

export const ZSetOrganisationInput = z.object({
  partnershipId: recordId,
  organisation: text(LIMITS.organisation).optional().default(""),
});
export type SetOrganisationInput = z.infer<typeof ZSetOrganisationInput>;
