import { z } from "zod";
import { VISIBILITIES } from "@/lib/leadership/fields";
import { normaliseTags } from "@/lib/tags/normalise-tags";
import { LIMITS, text, version } from "@/lib/validation/fields";

const answer = text(LIMITS.answer);
const visibility = z.enum(VISIBILITIES);

/** Comma-separated tags, normalised; a generous raw limit first so that a huge paste is refused early. */
const tags = text(LIMITS.tags * (LIMITS.tag + 2))
  .transform((value) => normaliseTags(value))
  .pipe(
    z
      .array(z.string())
      .max(LIMITS.tags)
      .refine((list) => list.every((tag) => tag.length <= LIMITS.tag), { message: "tagTooLong", params: { max: LIMITS.tag } }),
  );

export const ZSaveProfileInput = z.object({
  version,
  origin: answer,
  originVisibility: visibility,
  knowledgeSkills: answer,
  knowledgeSkillsVisibility: visibility,
  skillTags: tags,
  personality: answer,
  personalityVisibility: visibility,
  lifeExperience: answer,
  lifeExperienceVisibility: visibility,
  fears: answer,
  fearsVisibility: visibility,
  irritations: answer,
  irritationsVisibility: visibility,
  valuesNorms: answer,
  valuesNormsVisibility: visibility,
  valueTags: tags,
});
export type SaveProfileInput = z.infer<typeof ZSaveProfileInput>;

export const ZSaveMissionInput = z.object({
  version,
  statement: answer,
  statementVisibility: visibility,
  drives: answer,
  drivesVisibility: visibility,
  talents: answer,
  talentsVisibility: visibility,
  contributeTo: answer,
  contributeToVisibility: visibility,
});
export type SaveMissionInput = z.infer<typeof ZSaveMissionInput>;
