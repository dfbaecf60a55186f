import { z } from "zod";
import { LIMITS, requiredText } from "@/lib/validation/fields";

const id = z.string().trim().min(1).max(100);

export const ZAddAgreementInput = z.object({ partnershipId: id, text: requiredText(LIMITS.note) });
export type AddAgreementInput = z.infer<typeof ZAddAgreementInput>;

export const ZEditAgreementInput = z.object({ partnershipId: id, agreementId: id, text: requiredText(LIMITS.note) });
export type EditAgreementInput = z.infer<typeof ZEditAgreementInput>;

export const ZRemoveAgreementInput = z.object({ partnershipId: id, agreementId: id });
export type RemoveAgreementInput = z.infer<typeof ZRemoveAgreementInput>;
