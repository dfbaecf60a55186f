import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { MemberRole, Visibility } from "@/lib/generated/prisma/enums";
import { recordAnswerVersions } from "@/lib/history/record-answer-versions";
import { MISSION_FIELDS, PROFILE_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import { addMember } from "@/lib/memberships/add-member";
import { addNeed } from "@/lib/partnerships/add-need";
import { createPartnership } from "@/lib/partnerships/create-partnership";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import { createUser } from "@/lib/users/create-user";

// Test data made through the domain code, with unique names, so that tests run side by side
// without cleaning tables.

export const TEST_PASSWORD = "correct horse battery";

export function uniqueEmail(label = "user") {
  return `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@test.samenspel.nl`;
}

export type TestUser = { id: string; name: string; email: string; password: string };

export async function makeUser(overrides: { name?: string; email?: string; password?: string } = {}): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await createUser({ name: overrides.name ?? "Test Partner", email, password });
  return { ...user, password };
}

/** A partnership facilitated by `facilitator` (a new user unless given), with needs and members. */
export async function makePartnership(
  options: {
    name?: string;
    facilitator?: TestUser;
    needs?: string[];
    members?: { user: TestUser; role?: MemberRole; organisation?: string }[];
  } = {},
) {
  const facilitator = options.facilitator ?? (await makeUser({ name: "Test Facilitator" }));
  const partnership = await createPartnership(
    {
      name: options.name ?? `Partnership ${randomUUID().slice(0, 6)}`,
      commonGoal: "A climate-adaptive river region by 2035",
      desiredImpact: "Fewer flooded homes, greener towns",
      description: "",
    },
    facilitator.id,
  );
  const needs = [];
  for (const title of options.needs ?? []) needs.push(await addNeed(facilitator.id, partnership.id, { title, description: "" }));
  for (const member of options.members ?? []) {
    await db.$transaction((tx) =>
      addMember(tx, { partnershipId: partnership.id, userId: member.user.id, role: member.role, organisation: member.organisation }),
    );
  }
  return { ...partnership, facilitator, needs };
}

type AnswerValues = Partial<Record<AnswerField, string>>;
type AnswerVisibilities = Partial<Record<AnswerField, Visibility>>;

/** Fills in someone's profile and mission answers (and their visibility), e.g. for privacy tests. */
export async function setAnswers(
  userId: string,
  answers: AnswerValues,
  visibility: AnswerVisibilities = {},
  tags: { skillTags?: string[]; valueTags?: string[] } = {},
) {
  const split = <T>(record: Partial<Record<AnswerField, T>>, fields: readonly AnswerField[], suffix = "") =>
    Object.fromEntries(Object.entries(record).filter(([field]) => fields.includes(field as AnswerField)).map(([field, value]) => [`${field}${suffix}`, value]));
  await db.$transaction(async (tx) => {
    await tx.profile.update({
      where: { userId },
      data: { ...split(answers, PROFILE_FIELDS), ...split(visibility, PROFILE_FIELDS, "Visibility"), ...tags },
    });
    await tx.mission.update({ where: { userId }, data: { ...split(answers, MISSION_FIELDS), ...split(visibility, MISSION_FIELDS, "Visibility") } });
    await recordAnswerVersions(tx, userId, answers);
    await touchPartnershipViews(tx, { userId });
  });
}

/** Records a member's role data and contributions, as the "My role here" form does. */
export async function setRole(
  membershipId: string,
  role: { uniqueRole?: string; missionRelation?: string; alignment?: number | null; needIds?: string[] },
) {
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.update({
      where: { id: membershipId },
      data: {
        ...(role.uniqueRole === undefined ? {} : { uniqueRole: role.uniqueRole }),
        ...(role.missionRelation === undefined ? {} : { missionRelation: role.missionRelation }),
        ...(role.alignment === undefined ? {} : { alignment: role.alignment }),
      },
      select: { partnershipId: true },
    });
    if (role.needIds) {
      await tx.contribution.deleteMany({ where: { membershipId } });
      await tx.contribution.createMany({ data: role.needIds.map((needId) => ({ membershipId, needId })) });
    }
    await touchPartnershipViews(tx, { partnershipIds: [membership.partnershipId] });
  });
}

export async function membershipId(userId: string, partnershipId: string) {
  const membership = await db.membership.findUniqueOrThrow({ where: { userId_partnershipId: { userId, partnershipId } }, select: { id: true } });
  return membership.id;
}
