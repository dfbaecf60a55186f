import { z } from "zod";
import { LIMITS, recordId, stringList, text } from "@/lib/validation/fields";

/** More needs than any partnership lists: bounds the work a forged form can cause. */
const MAX_NEEDS = 1_000;

/**
 * "My role here". The form lists every need (`needIds`) with a note field each (`notes`, same
 * order) and a checkbox (`contributes`) per need the member contributes to; a note counts only
 * for a need that is ticked.
 */
export const ZSaveMyRoleInput = z
  .object({
    partnershipId: recordId,
    organisation: text(LIMITS.organisation),
    uniqueRole: text(LIMITS.answer),
    missionRelation: text(LIMITS.answer),
    alignment: z
      .enum(["", "1", "2", "3", "4", "5"])
      .optional()
      .transform((value) => (value ? Number(value) : null)),
    needIds: stringList.pipe(z.array(recordId).max(MAX_NEEDS)),
    notes: stringList.pipe(z.array(text(LIMITS.note)).max(MAX_NEEDS)),
    contributes: stringList.pipe(z.array(recordId).max(MAX_NEEDS)),
  })
  .transform(({ needIds, notes, contributes, ...role }) => ({
    ...role,
    contributions: [...new Set(contributes)].map((needId) => {
      const index = needIds.indexOf(needId);
      return { needId, note: index === -1 ? "" : (notes[index] ?? "") };
    }),
  }));
export type SaveMyRoleInput = z.infer<typeof ZSaveMyRoleInput>;
