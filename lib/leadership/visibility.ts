import type { MemberRole, Visibility } from "@/lib/generated/prisma/enums";
import {
  ANSWER_FIELDS,
  MISSION_FIELDS,
  PROFILE_FIELDS,
  TAG_FIELDS,
  visibilityColumn,
  type AnswerField,
  type MissionField,
  type ProfileField,
  type TagField,
} from "@/lib/leadership/fields";

/**
 * How a viewer stands to the owner of the answers, always within one partnership they share:
 * - self: the owner;
 * - facilitator: a facilitator of that partnership;
 * - partner: any other member of that partnership;
 * - stranger: anyone else (signed out, or not in that partnership).
 * A facilitator of some other partnership is a partner here: a role counts where it is held.
 */
export type ViewerRelation = "self" | "facilitator" | "partner" | "stranger";

export function relationOf(viewer: { userId: string; role: MemberRole } | null, ownerId: string): ViewerRelation {
  if (!viewer) return "stranger";
  if (viewer.userId === ownerId) return "self";
  return viewer.role === "FACILITATOR" ? "facilitator" : "partner";
}

/**
 * The one rule for reading an answer. `revealed`: the owner showed this answer to the whole
 * partnership (during a kickoff), whatever its visibility, until they hide it again.
 */
export function canSee(visibility: Visibility, relation: ViewerRelation, revealed = false): boolean {
  switch (relation) {
    case "self":
      return true;
    case "stranger":
      return false;
    case "facilitator":
      return visibility !== "ONLY_ME" || revealed;
    case "partner":
      return visibility === "PARTNERS" || revealed;
  }
}

type VisibilityColumns<F extends AnswerField> = { [K in F as `${K}Visibility`]: Visibility };
export type ProfileRecord = { [K in ProfileField]: string } & VisibilityColumns<ProfileField> & { [K in TagField]: string[] };
export type MissionRecord = { [K in MissionField]: string } & VisibilityColumns<MissionField>;

/** What a viewer may read of someone: only the answers and tags they may see are present. */
export type VisibleAnswers = {
  answers: Partial<Record<AnswerField, string>>;
  /** Visibility of each present answer, for the owner's and the viewer's information. */
  visibility: Partial<Record<AnswerField, Visibility>>;
  skillTags: string[];
  valueTags: string[];
  /**
   * Share of the answers this viewer may see that are filled in, 0..1 (of all eleven for the
   * owner). Answers the viewer may not see do not count either way, so the figure cannot tell
   * whether a hidden answer was written.
   */
  completeness: number;
};

/**
 * Filters a profile and mission for a viewer. Every place that shows or exports someone's
 * answers goes through this function, on the server, before anything is rendered or serialised.
 */
export function visibleAnswers(input: {
  profile: ProfileRecord | null;
  mission: MissionRecord | null;
  relation: ViewerRelation;
  revealed?: ReadonlySet<AnswerField>;
}): VisibleAnswers {
  const { profile, mission, relation } = input;
  const revealed = input.revealed ?? new Set<AnswerField>();
  const result: VisibleAnswers = { answers: {}, visibility: {}, skillTags: [], valueTags: [], completeness: 0 };

  const take = <F extends AnswerField>(record: ({ [K in F]: string } & VisibilityColumns<F>) | null, fields: readonly F[]) => {
    if (!record) return;
    for (const field of fields) {
      const visibility = (record as VisibilityColumns<F>)[visibilityColumn(field) as keyof VisibilityColumns<F>] as Visibility;
      if (!canSee(visibility, relation, revealed.has(field))) continue;
      result.visibility[field] = visibility;
      const text = (record as { [K in F]: string })[field];
      if (text) result.answers[field] = text;
    }
  };
  take(profile, PROFILE_FIELDS);
  take(mission, MISSION_FIELDS);

  if (profile) Object.assign(result, visibleTags({ profile, relation, revealed }));
  const shown = Object.keys(result.visibility).length;
  result.completeness = shown === 0 ? 0 : Object.keys(result.answers).length / shown;
  return result;
}

type TagRecord = Pick<ProfileRecord, TagField | `${(typeof TAG_FIELDS)[TagField]}Visibility`>;

/**
 * The tags of a profile a viewer may read: each list goes with the answer it belongs to. For
 * places that need only tags (suggestions, shared ground) without loading every answer.
 */
export function visibleTags(input: { profile: TagRecord; relation: ViewerRelation; revealed?: ReadonlySet<AnswerField> }) {
  const { profile, relation } = input;
  const revealed = input.revealed ?? new Set<AnswerField>();
  const tags: Record<TagField, string[]> = { skillTags: [], valueTags: [] };
  for (const [tagField, answerField] of Object.entries(TAG_FIELDS) as [TagField, (typeof TAG_FIELDS)[TagField]][]) {
    if (canSee(profile[visibilityColumn(answerField)], relation, revealed.has(answerField))) tags[tagField] = [...profile[tagField]];
  }
  return tags;
}

/** Share of the eleven answers that are filled in: for the owner's own eyes (others: visibleAnswers). */
export function completeness(profile: Partial<Record<ProfileField, string>> | null, mission: Partial<Record<MissionField, string>> | null) {
  const filled = ANSWER_FIELDS.filter((field) => {
    const source = (PROFILE_FIELDS as readonly string[]).includes(field) ? profile : mission;
    return Boolean((source as Record<string, string> | null)?.[field]?.trim());
  }).length;
  return filled / ANSWER_FIELDS.length;
}
