import { MISSION_FIELDS, PROFILE_FIELDS, TAG_FIELDS, visibilityColumn, type MissionField, type ProfileField, type TagField } from "@/lib/leadership/fields";

type Selected<K extends string> = { [Key in K]: true };

/**
 * Prisma selects for a whole profile and mission as `visibleAnswers` takes them: every answer, its
 * visibility and the tags. Read these only to pass them through `visibleAnswers`.
 */
export const PROFILE_RECORD_SELECT = Object.fromEntries([
  ...PROFILE_FIELDS.flatMap((field) => [field, visibilityColumn(field)]),
  ...Object.keys(TAG_FIELDS),
].map((column) => [column, true])) as Selected<ProfileField | `${ProfileField}Visibility` | TagField>;

export const MISSION_RECORD_SELECT = Object.fromEntries(
  MISSION_FIELDS.flatMap((field) => [field, visibilityColumn(field)]).map((column) => [column, true]),
) as Selected<MissionField | `${MissionField}Visibility`>;
