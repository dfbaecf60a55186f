import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { addMember } from "@/lib/memberships/add-member";
import { addNeed } from "@/lib/partnerships/add-need";
import { createPartnership } from "@/lib/partnerships/create-partnership";
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
