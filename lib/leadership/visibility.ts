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
 * The one rule for reading an answer as it stands now, by its visibility. A revealed answer is
 * not read through this rule: what a partnership sees of it is the copy made when it was
 * revealed (see `RevealedCopies`), never the live text.
 */
export function canSee(visibility: Visibility, relation: ViewerRelation): boolean {
  switch (relation) {
    case "self":
      return true;
    case "stranger":
      return false;
    case "facilitator":
      return visibility !== "ONLY_ME";
    case "partner":
      return visibility === "PARTNERS";
  }
}

/** An answer as it stood when its owner revealed it to one partnership, with its tags then. */
export type RevealedCopy = { text: string; tags: readonly string[] };
/** The owner's revealed answers in the partnership the viewer shares with them. */
export type RevealedCopies = ReadonlyMap<AnswerField, RevealedCopy>;

/**
 * What a viewer reads of one answer: the live text where its visibility allows, else the copy
 * its owner revealed to the partnership they share (to its members only), else nothing.
 */
export function readAnswer(
  visibility: Visibility,
  relation: ViewerRelation,
  live: string,
  copy: RevealedCopy | undefined,
): { text: string; tags?: readonly string[]; fromReveal: boolean } | null {
  if (canSee(visibility, relation)) return { text: live, fromReveal: false };
  if (copy && (relation === "facilitator" || relation === "partner")) return { text: copy.text, tags: copy.tags, fromReveal: true };
  return null;
}

type VisibilityColumns<F extends AnswerField> = { [K in F as `${K}Visibility`]: Visibility };
export type ProfileRecord = { [K in ProfileField]: string } & VisibilityColumns<ProfileField> & { [K in TagField]: string[] };
export type MissionRecord = { [K in MissionField]: string } & VisibilityColumns<MissionField>;

/** What a viewer may read of someone: only the answers and tags they may see are present. */
export type VisibleAnswers = {
  answers: Partial<Record<AnswerField, string>>;
  /** Visibility of each present answer, for the owner's and the viewer's information. */
  visibility: Partial<Record<AnswerField, Visibility>>;
  /** The answers the viewer reads only as revealed: the copy made at the reveal, not the live text. */
  revealedFields: AnswerField[];
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
  revealed?: RevealedCopies;
}): VisibleAnswers {
  const { profile, mission, relation } = input;
  const revealed: RevealedCopies = input.revealed ?? new Map();
  const result: VisibleAnswers = { answers: {}, visibility: {}, revealedFields: [], skillTags: [], valueTags: [], completeness: 0 };

  const take = <F extends AnswerField>(record: ({ [K in F]: string } & VisibilityColumns<F>) | null, fields: readonly F[]) => {
    if (!record) return;
    for (const field of fields) {
      const visibility = (record as VisibilityColumns<F>)[visibilityColumn(field) as keyof VisibilityColumns<F>] as Visibility;
      const read = readAnswer(visibility, relation, (record as { [K in F]: string })[field], revealed.get(field));
      if (!read) continue;
      result.visibility[field] = visibility;
      if (read.fromReveal) result.revealedFields.push(field);
      if (read.text) result.answers[field] = read.text;
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
 * The tags of a profile a viewer may read: each list goes with the answer it belongs to (the
 * revealed copy's tags where the viewer reads the copy). For places that need only tags
 * (suggestions, shared ground) without loading every answer.
 */
export function visibleTags(input: { profile: TagRecord; relation: ViewerRelation; revealed?: RevealedCopies }) {
  const { profile, relation } = input;
  const revealed: RevealedCopies = input.revealed ?? new Map();
  const tags: Record<TagField, string[]> = { skillTags: [], valueTags: [] };
  for (const [tagField, answerField] of Object.entries(TAG_FIELDS) as [TagField, (typeof TAG_FIELDS)[TagField]][]) {
    const read = readAnswer(profile[visibilityColumn(answerField)], relation, "", revealed.get(answerField));
    if (read) tags[tagField] = [...(read.tags ?? profile[tagField])];
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
