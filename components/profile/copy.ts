import type { Visibility } from "@/lib/generated/prisma/enums";
import type { AnswerField, TagField } from "@/lib/leadership/fields";

/** The profile page's text, translated on the server and handed to its client components. */
export type VisibilityCopy = {
  visibility: string;
  options: Record<Visibility, string>;
  visibleTo: Record<Visibility, string>;
};

export type ConflictCopy = {
  otherVersion: string;
  otherVisibility: string;
  otherEmpty: string;
  useOther: string;
};

export type TagCopy = { label: string; hint: string; add: string };

export type LeadershipCopy = {
  fields: Record<AnswerField, { label: string; prompt: string }>;
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
