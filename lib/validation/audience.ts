import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/** At most this many notices are dismissed at once (the notice region shows them all together). */
const MAX_NOTICES = 100;

/** "Got it": the notices shown, as one field of comma-separated ids. */
export const ZDismissAudienceNoticesInput = z.object({
  noticeIds: z
    .string()
    .max(MAX_NOTICES * 65)
    .transform((value) => value.split(",").map((id) => id.trim()))
    .pipe(z.array(recordId).min(1).max(MAX_NOTICES)),
});
export type DismissAudienceNoticesInput = z.infer<typeof ZDismissAudienceNoticesInput>;
