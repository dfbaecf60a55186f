import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns of a profile that visibleAnswers reads: every answer with its visibility, and the tags. */
export const PROFILE_ANSWERS = {
  origin: true,
  originVisibility: true,
  knowledgeSkills: true,
  knowledgeSkillsVisibility: true,
  skillTags: true,
  personality: true,
  personalityVisibility: true,
  lifeExperience: true,
  lifeExperienceVisibility: true,
  fears: true,
  fearsVisibility: true,
  irritations: true,
  irritationsVisibility: true,
  valuesNorms: true,
  valuesNormsVisibility: true,
  valueTags: true,
} as const satisfies Prisma.ProfileSelect;

/** The columns of a mission that visibleAnswers reads. */
export const MISSION_ANSWERS = {
  statement: true,
  statementVisibility: true,
  drives: true,
  drivesVisibility: true,
  talents: true,
  talentsVisibility: true,
  contributeTo: true,
  contributeToVisibility: true,
} as const satisfies Prisma.MissionSelect;
