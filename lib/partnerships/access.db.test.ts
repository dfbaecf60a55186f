import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { listMembers } from "@/lib/memberships/list-members";
import { removeMember } from "@/lib/memberships/remove-member";
import { setMyOrganisation } from "@/lib/memberships/set-my-organisation";
import { addNeed } from "@/lib/partnerships/add-need";
import { getPartnershipForEdit } from "@/lib/partnerships/get-partnership-for-edit";
import { moveNeed } from "@/lib/partnerships/move-need";
import { removeNeed } from "@/lib/partnerships/remove-need";
import { updatePartnership } from "@/lib/partnerships/update-partnership";
import { makePartnership, makeUser, type TestUser } from "@/lib/testing/factories";

// Every domain function of partnerships, needs, invitations and memberships, called by someone
// who may not: a plain member is refused facilitator work (FORBIDDEN), an outsider is told the
// partnership does not exist (NOT_FOUND). Either way nothing in the partnership changes.

type Setup = {
  partnershipId: string;
  facilitatorMembershipId: string;
  memberMembershipId: string;
  needIds: [string, string];
  invitationId: string;
};

let setup: Setup;
let member: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  member = await makeUser({ name: "Plain Member" });
  outsider = await makeUser({ name: "Outsider" });
  const partnership = await makePartnership({ needs: ["First need", "Second need"], members: [{ user: member, organisation: "Org" }] });
  const memberships = await db.membership.findMany({ where: { partnershipId: partnership.id }, select: { id: true, userId: true } });
  const { invitation } = await createInvitation(partnership.facilitator.id, partnership.id, { expiresInDays: 14 });
  setup = {
    partnershipId: partnership.id,
    facilitatorMembershipId: memberships.find((m) => m.userId === partnership.facilitator.id)!.id,
    memberMembershipId: memberships.find((m) => m.userId === member.id)!.id,
    needIds: [partnership.needs[0]!.id, partnership.needs[1]!.id],
    invitationId: invitation.id,
  };
});

/** Everything about the partnership that any of these functions could change. */
async function snapshot() {
  return db.partnership.findUniqueOrThrow({
    where: { id: setup.partnershipId },
    include: {
      needs: { orderBy: { id: "asc" } },
      memberships: { orderBy: { id: "asc" } },
      invitations: { orderBy: { id: "asc" } },
    },
  });
}

const facilitatorOnly: [string, (actorId: string) => Promise<unknown>][] = [
  ["getPartnershipForEdit", (actor) => getPartnershipForEdit(actor, setup.partnershipId)],
  [
    "updatePartnership",
    (actor) =>
      updatePartnership(actor, { partnershipId: setup.partnershipId, version: 1, name: "Taken over", commonGoal: "x", desiredImpact: "y", description: "" }),
  ],
  ["addNeed", (actor) => addNeed(actor, setup.partnershipId, { title: "Sneaked in", description: "" })],
  ["moveNeed", (actor) => moveNeed(actor, setup.partnershipId, setup.needIds[1], "up")],
  ["removeNeed", (actor) => removeNeed(actor, setup.partnershipId, setup.needIds[0])],
  ["createInvitation", (actor) => createInvitation(actor, setup.partnershipId, { expiresInDays: 14 })],
  ["listOpenInvitations", (actor) => listOpenInvitations(actor, setup.partnershipId)],
  ["revokeInvitation", (actor) => revokeInvitation(actor, setup.partnershipId, setup.invitationId)],
  ["changeMemberRole (promote self)", (actor) => changeMemberRole(actor, setup.partnershipId, setup.memberMembershipId, "FACILITATOR")],
  ["changeMemberRole (demote the facilitator)", (actor) => changeMemberRole(actor, setup.partnershipId, setup.facilitatorMembershipId, "MEMBER")],
  ["removeMember", (actor) => removeMember(actor, setup.partnershipId, setup.facilitatorMembershipId)],
];

const membersOnly: [string, (actorId: string) => Promise<unknown>][] = [
  ["listMembers", (actor) => listMembers(actor, setup.partnershipId)],
  ["setMyOrganisation", (actor) => setMyOrganisation(actor, setup.partnershipId, "Outside org")],
  ["leavePartnership", (actor) => leavePartnership(actor, setup.partnershipId)],
];

describe("a plain member", () => {
  it.each(facilitatorOnly)("is refused %s with FORBIDDEN and nothing changes", async (_name, call) => {
    const before = await snapshot();
    await expect(call(member.id)).rejects.toSatisfy((error) => isAppError(error, "FORBIDDEN"));
    expect(await snapshot()).toEqual(before);
  });
});

describe("someone outside the partnership", () => {
  it.each([...facilitatorOnly, ...membersOnly])("is told %s: NOT_FOUND, and nothing changes", async (_name, call) => {
    const before = await snapshot();
    await expect(call(outsider.id)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    expect(await snapshot()).toEqual(before);
    expect(await db.membership.count({ where: { userId: outsider.id } })).toBe(0);
  });
});
