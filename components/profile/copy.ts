import type { Visibility } from "@/lib/generated/prisma/enums";
import type { AnswerField, TagField } from "@/lib/leadership/fields";

/** The profile page's text, translated on the server and handed to its client components. */
export type VisibilityCopy = {
  visibility: string;
  options: Record<Visibility, string>;
  visibleTo: Record<Visibility, string>;
  /** Who can read an answer of each visibility now, as people (computed by the visibility rule). */
  audience: Record<Visibility, AudienceCopy>;
};

/** One visibility's readers: a sentence, and the names behind a count when there are many. */
export type AudienceCopy = { summary: string; names: string[]; showNames: string };

export type ConflictCopy = {
  otherVersion: string;
  otherVisibility: string;
  otherEmpty: string;
  useOther: string;
};

export type TagCopy = { label: string; hint: string; add: string };

export type LeadershipCopy = {
  /** `revealedIn`: the partnerships that see a revealed copy of the answer, when there are any. */
  fields: Record<AnswerField, { label: string; prompt: string; revealedIn?: string }>;
  tags: Record<TagField, TagCopy>;
  suggestions: string;
  visibility: VisibilityCopy;
  conflict: ConflictCopy;
  profileTitle: string;
  profileIntro: string;
  missionTitle: string;
  missionIntro: string;
  saveProfile: string;
  saveMission: string;
};
