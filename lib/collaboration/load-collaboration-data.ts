import "server-only";
import { db } from "@/lib/db";
import type { MissionField, ProfileField } from "@/lib/leadership/fields";
import { REVEAL_COPY } from "@/lib/reveals/load-partnership-reveals";

/**
 * Stands for an answer that is filled in. The view shows no answer but the mission statement;
 * of the others it needs only whether they are filled in (for completeness), so their text is
 * not loaded, and this stands in its place for visibleAnswers, which reads it like any text.
 */
const FILLED_IN = "\u2022";

type SummarisedField = Exclude<ProfileField | MissionField, "statement">;
/** Whether each answer but the statement is filled in; null where the member has no profile or mission yet. */
type FilledRow = { userId: string } & Record<SummarisedField, boolean | null>;

/** A profile's visibilities and tags: its texts are summarised by the query beside it. */
const PROFILE_SUMMARY = {
  originVisibility: true,
  knowledgeSkillsVisibility: true,
  skillTags: true,
  personalityVisibility: true,
  lifeExperienceVisibility: true,
  fearsVisibility: true,
  irritationsVisibility: true,
  valuesNormsVisibility: true,
  valueTags: true,
} as const;

/** The mission statement with every visibility: the view shows the statement. */
const MISSION_SUMMARY = {
  statement: true,
  statementVisibility: true,
  drivesVisibility: true,
  talentsVisibility: true,
  contributeToVisibility: true,
} as const;

/**
 * Everything the collaboration view is made of, unfiltered, in a fixed number of queries however
 * many members there are. It never leaves the server as is: deriveCollaborationView filters it
 * for the viewer first. Of the answers it holds only the mission statement's text; for the
 * others, whether they are filled in (see FILLED_IN), with every visibility and the tags.
 */
export async function loadCollaborationData(partnershipId: string) {
  const [partnership, filled] = await Promise.all([
    db.partnership.findUniqueOrThrow({
      where: { id: partnershipId },
      select: {
        id: true,
        name: true,
        commonGoal: true,
        desiredImpact: true,
        description: true,
        viewVersion: true,
        needs: { orderBy: { position: "asc" }, select: { id: true, title: true, description: true } },
        memberships: {
          orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            role: true,
            organisation: true,
            uniqueRole: true,
            missionRelation: true,
            alignment: true,
            user: { select: { id: true, name: true, profile: { select: PROFILE_SUMMARY }, mission: { select: MISSION_SUMMARY } } },
            contributions: { select: { needId: true, note: true } },
          },
        },
        reveals: { select: REVEAL_COPY },
      },
    }),
    db.$queryRaw<FilledRow[]>`
      SELECT m."userId",
        p."origin" <> '' AS "origin", p."knowledgeSkills" <> '' AS "knowledgeSkills", p."personality" <> '' AS "personality",
        p."lifeExperience" <> '' AS "lifeExperience", p."fears" <> '' AS "fears", p."irritations" <> '' AS "irritations",
        p."valuesNorms" <> '' AS "valuesNorms",
        s."drives" <> '' AS "drives", s."talents" <> '' AS "talents", s."contributeTo" <> '' AS "contributeTo"
      FROM "Membership" m
      LEFT JOIN "Profile" p ON p."userId" = m."userId"
      LEFT JOIN "Mission" s ON s."userId" = m."userId"
      WHERE m."partnershipId" = ${partnershipId}`,
  ]);
  const filledBy = new Map(filled.map((row) => [row.userId, row]));
  return {
    ...partnership,
    memberships: partnership.memberships.map((membership) => {
      const { profile, mission } = membership.user;
      const row = filledBy.get(membership.user.id);
      return {
        ...membership,
        user: {
          ...membership.user,
          profile: profile ? { ...profile, ...profileTexts(row) } : null,
          mission: mission ? { ...mission, ...missionTexts(row) } : null,
        },
      };
    }),
  };
}

export type CollaborationData = Awaited<ReturnType<typeof loadCollaborationData>>;

function filledIn(row: FilledRow | undefined, field: SummarisedField) {
  return row?.[field] ? FILLED_IN : "";
}

function profileTexts(row: FilledRow | undefined): Record<ProfileField, string> {
  return {
    origin: filledIn(row, "origin"),
    knowledgeSkills: filledIn(row, "knowledgeSkills"),
    personality: filledIn(row, "personality"),
    lifeExperience: filledIn(row, "lifeExperience"),
    fears: filledIn(row, "fears"),
    irritations: filledIn(row, "irritations"),
    valuesNorms: filledIn(row, "valuesNorms"),
  };
}

function missionTexts(row: FilledRow | undefined): Record<Exclude<MissionField, "statement">, string> {
  return { drives: filledIn(row, "drives"), talents: filledIn(row, "talents"), contributeTo: filledIn(row, "contributeTo") };
}
