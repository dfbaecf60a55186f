import "server-only";
import { db } from "@/lib/db";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { DEFAULT_VISIBILITY } from "@/lib/leadership/fields";
import { completeness, type MissionRecord, type ProfileRecord } from "@/lib/leadership/visibility";

type Versioned<T> = T & { version: number };

const EMPTY_PROFILE: Versioned<ProfileRecord> = {
  version: 1,
  origin: "",
  originVisibility: DEFAULT_VISIBILITY.origin,
  knowledgeSkills: "",
  knowledgeSkillsVisibility: DEFAULT_VISIBILITY.knowledgeSkills,
  skillTags: [],
  personality: "",
  personalityVisibility: DEFAULT_VISIBILITY.personality,
  lifeExperience: "",
  lifeExperienceVisibility: DEFAULT_VISIBILITY.lifeExperience,
  fears: "",
  fearsVisibility: DEFAULT_VISIBILITY.fears,
  irritations: "",
  irritationsVisibility: DEFAULT_VISIBILITY.irritations,
  valuesNorms: "",
  valuesNormsVisibility: DEFAULT_VISIBILITY.valuesNorms,
  valueTags: [],
};

const EMPTY_MISSION: Versioned<MissionRecord> = {
  version: 1,
  statement: "",
  statementVisibility: DEFAULT_VISIBILITY.statement,
  drives: "",
  drivesVisibility: DEFAULT_VISIBILITY.drives,
  talents: "",
  talentsVisibility: DEFAULT_VISIBILITY.talents,
  contributeTo: "",
  contributeToVisibility: DEFAULT_VISIBILITY.contributeTo,
};

/**
 * The user's own profile and mission, every answer included: only ever called with the id of
 * the signed-in user (the owner sees all of their answers). The versions go into the forms.
 */
export async function getMyProfile(userId: string) {
  const [profile, mission] = await Promise.all([
    db.profile.findUnique({ where: { userId }, select: { ...PROFILE_ANSWERS, version: true } }),
    db.mission.findUnique({ where: { userId }, select: { ...MISSION_ANSWERS, version: true } }),
  ]);
  const ownProfile = profile ?? EMPTY_PROFILE;
  const ownMission = mission ?? EMPTY_MISSION;
  return { profile: ownProfile, mission: ownMission, completeness: completeness(ownProfile, ownMission) };
}
