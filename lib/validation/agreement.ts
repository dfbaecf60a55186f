import { z } from "zod";
import { LIMITS, recordId, requiredText } from "@/lib/validation/fields";

export const ZAddAgreementInput = z.object({ partnershipId: recordId, text: requiredText(LIMITS.note) });
export type AddAgreementInput = z.infer<typeof ZAddAgreementInput>;

export const ZEditAgreementInput = z.object({ partnershipId: recordId, agreementId: recordId, text: requiredText(LIMITS.note) });
export type EditAgreementInput = z.infer<typeof ZEditAgreementInput>;

export const ZRemoveAgreementInput = z.object({ partnershipId: recordId, agreementId: recordId });
export type RemoveAgreementInput = z.infer<typeof ZRemoveAgreementInput>;
