import type { LeadershipField, Visibility } from "@/lib/generated/prisma/enums";

/**
 * The answers a person gives about themselves, in the seed's order: who am I (profile) and what
 * do I want (mission). The key is the database column; `${key}Visibility` holds who may read it.
 */
export const PROFILE_FIELDS = [
  "origin",
  "knowledgeSkills",
  "personality",
  "lifeExperience",
  "fears",
  "irritations",
  "valuesNorms",
] as const satisfies readonly LeadershipField[];

export const MISSION_FIELDS = ["statement", "drives", "talents", "contributeTo"] as const satisfies readonly LeadershipField[];

export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type MissionField = (typeof MISSION_FIELDS)[number];
export type AnswerField = ProfileField | MissionField;

export const ANSWER_FIELDS: readonly AnswerField[] = [...PROFILE_FIELDS, ...MISSION_FIELDS];

/** Fears and irritations are vulnerable: they start as "only me". Everything else starts shared. */
export const DEFAULT_VISIBILITY: Record<AnswerField, Visibility> = {
  origin: "PARTNERS",
  knowledgeSkills: "PARTNERS",
  personality: "PARTNERS",
  lifeExperience: "PARTNERS",
  fears: "ONLY_ME",
  irritations: "ONLY_ME",
  valuesNorms: "PARTNERS",
  statement: "PARTNERS",
  drives: "PARTNERS",
  talents: "PARTNERS",
  contributeTo: "PARTNERS",
};

/** Tags are shown with the answer they belong to, and only when that answer may be seen. */
export const TAG_FIELDS = { skillTags: "knowledgeSkills", valueTags: "valuesNorms" } as const satisfies Record<string, ProfileField>;
export type TagField = keyof typeof TAG_FIELDS;

export const VISIBILITIES = ["ONLY_ME", "FACILITATORS", "PARTNERS"] as const satisfies readonly Visibility[];

export function isAnswerField(value: unknown): value is AnswerField {
  return typeof value === "string" && (ANSWER_FIELDS as readonly string[]).includes(value);
}

export function visibilityColumn<F extends AnswerField>(field: F): `${F}Visibility` {
  return `${field}Visibility`;
}
