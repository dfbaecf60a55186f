import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportMyData } from "@/lib/account/export-my-data";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { db } from "@/lib/db";
import { buildContributionsCsv } from "@/lib/exports/build-contributions-csv";
import { buildPartnershipExport } from "@/lib/exports/build-partnership-export";
import { loadPartnershipReport } from "@/lib/exports/load-partnership-report";
import type { MemberRole, Visibility } from "@/lib/generated/prisma/enums";
import { listAnswerHistory } from "@/lib/history/list-answer-history";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { listKickoffCompletion } from "@/lib/kickoff/list-kickoff-completion";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { ANSWER_FIELDS, VISIBILITIES, type AnswerField } from "@/lib/leadership/fields";
import { getMemberDetail } from "@/lib/members/get-member-detail";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { removeMember } from "@/lib/memberships/remove-member";
import { listRevealedAnswers } from "@/lib/reveals/list-revealed-answers";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { listTagSuggestions } from "@/lib/tags/list-tag-suggestions";
import { makePartnership, makeUser, membershipId, setAnswers, type TestUser } from "@/lib/testing/factories";

/*
 * The visibility rule over time. One owner writes every answer with one visibility (each of the
 * three in turn), marked "v1"; then a sequence happens (a reveal and the kickoff's end, an edit to
 * "v2", a role change, a removal, leaving, an account deletion). Afterwards every channel that
 * carries answers is asked as each viewer, and each marker must be there exactly when the
 * expectation, written out per sequence rather than computed with the rule, says so.
 */

type Viewer = "facilitator" | "partner" | "outsider";
type Marked = "v1" | "v2";
const VIEWERS: Viewer[] = ["facilitator", "partner", "outsider"];
const LABELS = { need: "Need", coverage: "Coverage", contributors: "Contributors", status: { gap: "Gap", single: "Single", shared: "Shared" }, contributes: "x" };

async function world(visibility: Visibility) {
  const run = randomUUID().slice(0, 8);
  const [owner, facilitator, partner, outsider] = await Promise.all([
    makeUser({ name: `Owner ${run}` }),
    makeUser({ name: `Facilitator ${run}` }),
    makeUser({ name: `Partner ${run}` }),
    makeUser({ name: `Outsider ${run}` }),
  ]);
  // The partner joined before the owner: the longest-standing member after the facilitator.
  const partnership = await makePartnership({ facilitator, needs: ["Water"], members: [{ user: partner }, { user: owner }] });
  await makePartnership({ facilitator: outsider });
  const marker = (field: AnswerField | "skill" | "value", version: Marked) => `M-${run}-${field}-${version}`;
  const write = (version: Marked) =>
    setAnswers(
      owner.id,
      Object.fromEntries(ANSWER_FIELDS.map((field) => [field, marker(field, version)])),
      Object.fromEntries(ANSWER_FIELDS.map((field) => [field, visibility])),
      { skillTags: [marker("skill", version)], valueTags: [marker("value", version)] },
    );
  await write("v1");
  const firstOwnerMembershipId = await membershipId(owner.id, partnership.id);
  const users: Record<Viewer | "owner", TestUser> = { owner, facilitator, partner, outsider };

  /** Everything each channel gives this viewer about the partnership, as text; a refusal is "". */
  async function channels(viewer: Viewer) {
    const user = users[viewer];
    const membership = await db.membership.findUnique({ where: { userId_partnershipId: { userId: user.id, partnershipId: partnership.id } } });
    const ask = async (read: () => Promise<unknown>) => {
      try {
        return JSON.stringify((await read()) ?? null);
      } catch {
        return "";
      }
    };
    const header = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { id: true, viewVersion: true } });
    const role: MemberRole = membership?.role ?? "MEMBER";
    // The owner's membership now (a new one after rejoining), or the one they had.
    const ownerMembership = await db.membership.findUnique({ where: { userId_partnershipId: { userId: owner.id, partnershipId: partnership.id } } });
    const ownerMembershipId = ownerMembership?.id ?? firstOwnerMembershipId;
    return {
      "member page": membership ? await ask(() => getMemberDetail({ userId: user.id, role, partnershipId: partnership.id }, ownerMembershipId)) : "",
      "collaboration view (cached)": membership ? await ask(() => getCollaborationView(header, { userId: user.id, role })) : "",
      "revealed answers": await ask(() => listRevealedAnswers(user.id, partnership.id)),
      "kickoff completion": await ask(() => listKickoffCompletion(user.id, partnership.id)),
      "kickoff feed": await ask(() => getKickoffFeed(user.id, partnership.id)),
      "tag suggestions": await ask(() => listTagSuggestions(user.id)),
      report: await ask(() => loadPartnershipReport(user.id, partnership.id)),
      "JSON export": await ask(() => buildPartnershipExport(user.id, partnership.id)),
      "CSV export": await ask(() => buildContributionsCsv(user.id, partnership.id, LABELS)),
      // The viewer's own data download and answer history: theirs alone, never the owner's texts.
      "my data download": await ask(() => exportMyData(user.id)),
      "my answer history": await ask(() => listAnswerHistory(user.id)),
    };
  }

  /**
   * Checks every channel for every viewer: `reads(viewer, field)` is the version of the answer
   * that viewer may read now, or null.
   */
  async function expectReads(reads: (viewer: Viewer, field: AnswerField) => Marked | null, step: string) {
    for (const viewer of VIEWERS) {
      const seen = await channels(viewer);
      const everywhere = Object.values(seen).join("\n");
      for (const field of ANSWER_FIELDS) {
        const allowed = reads(viewer, field);
        for (const version of ["v1", "v2"] as const) {
          const where = Object.entries(seen)
            .filter(([, text]) => text.includes(marker(field, version)))
            .map(([channel]) => channel);
          if (version !== allowed) expect.soft(where, `${step}: ${viewer} must not read ${field} ${version} (${visibility})`).toEqual([]);
        }
        // Where the viewer may read it, the member page shows it.
        if (allowed) expect.soft(seen["member page"], `${step}: ${viewer} reads ${field} ${allowed} (${visibility})`).toContain(marker(field, allowed));
      }
      const tagsAllowed = (field: AnswerField) => reads(viewer, field);
      for (const [tag, field] of [["skill", "knowledgeSkills"], ["value", "valuesNorms"]] as const) {
        for (const version of ["v1", "v2"] as const) {
          if (version !== tagsAllowed(field)) expect.soft(everywhere.includes(marker(tag, version)), `${step}: ${viewer} must not get ${tag} tag ${version}`).toBe(false);
        }
      }
    }
  }

  const revealAll = async (keep: boolean) => {
    for (const field of ANSWER_FIELDS) await revealAnswer(owner.id, partnership.id, field, { keep });
  };
  return { partnership, users, write, expectReads, revealAll };
}

/** What each viewer reads by the visibility alone, of the text as it stands ("now"). */
function byVisibility(visibility: Visibility, now: Marked, roles: Record<Viewer, "facilitator" | "partner" | "out">) {
  return (viewer: Viewer): Marked | null => {
    const role = roles[viewer];
    if (role === "out") return null;
    if (visibility === "PARTNERS") return now;
    if (visibility === "FACILITATORS" && role === "facilitator") return now;
    return null;
  };
}

const ROLES = { facilitator: "facilitator", partner: "partner", outsider: "out" } as const;

describe.each(VISIBILITIES)("answers set to %s, over time", (visibility) => {
  it("reveal, kickoff ends, answer edited: the new text is read only by its visibility, the revealed one by nobody", async () => {
    const w = await world(visibility);
    await startKickoff(w.users.facilitator.id, w.partnership.id);
    await w.revealAll(false);
    await w.expectReads((viewer) => (viewer === "outsider" ? null : "v1"), "during the kickoff");
    await endKickoff(w.users.facilitator.id, w.partnership.id);
    await w.expectReads(byVisibility(visibility, "v1", ROLES), "after the kickoff");
    await w.write("v2");
    await w.expectReads(byVisibility(visibility, "v2", ROLES), "after the edit");
  });

  it("reveal kept shared, answer edited: the partnership keeps the revealed text, never the new one", async () => {
    const w = await world(visibility);
    await startKickoff(w.users.facilitator.id, w.partnership.id);
    await w.revealAll(true);
    await endKickoff(w.users.facilitator.id, w.partnership.id);
    await w.write("v2");
    await w.expectReads((viewer) => byVisibility(visibility, "v2", ROLES)(viewer) ?? (viewer === "outsider" ? null : "v1"), "kept, edited");
  });

  it("answer edited during the kickoff after it was revealed: the partnership still reads the revealed text", async () => {
    const w = await world(visibility);
    await startKickoff(w.users.facilitator.id, w.partnership.id);
    await w.revealAll(false);
    await w.write("v2");
    await w.expectReads((viewer) => byVisibility(visibility, "v2", ROLES)(viewer) ?? (viewer === "outsider" ? null : "v1"), "edited mid-kickoff");
    await endKickoff(w.users.facilitator.id, w.partnership.id);
    await w.expectReads(byVisibility(visibility, "v2", ROLES), "after the kickoff");
  });

  it("a partner made facilitator reads what facilitators read, and no more", async () => {
    const w = await world(visibility);
    await w.expectReads(byVisibility(visibility, "v1", ROLES), "before");
    await changeMemberRole(w.users.facilitator.id, w.partnership.id, await membershipId(w.users.partner.id, w.partnership.id), "FACILITATOR");
    await w.expectReads(byVisibility(visibility, "v1", { ...ROLES, partner: "facilitator" }), "after the promotion");
  });

  it("a removed partner reads nothing, cannot come back through the old link, and only a new one lets them in", async () => {
    const w = await world(visibility);
    const { token: oldToken } = await createInvitation(w.users.facilitator.id, w.partnership.id, { expiresInDays: 7 });
    await startKickoff(w.users.facilitator.id, w.partnership.id);
    await w.revealAll(true);
    await removeMember(w.users.facilitator.id, w.partnership.id, await membershipId(w.users.partner.id, w.partnership.id));
    await w.expectReads((viewer) => (viewer === "facilitator" ? "v1" : null), "after the removal");
    await expect(redeemInvitation({ userId: w.users.partner.id, token: oldToken, organisation: "", address: `old-${randomUUID()}` })).rejects.toThrow();
    await w.expectReads((viewer) => (viewer === "facilitator" ? "v1" : null), "after the old link");
    const { token: newToken } = await createInvitation(w.users.facilitator.id, w.partnership.id, { expiresInDays: 7 });
    await redeemInvitation({ userId: w.users.partner.id, token: newToken, organisation: "", address: `new-${randomUUID()}` });
    // Back in as a partner: the owner's kept reveals are shared with everyone in the partnership.
    await w.expectReads((viewer) => (viewer === "outsider" ? null : "v1"), "rejoined through a new link");
  });

  it("a partner who left may come back through the old link; their own reveals ended when they left", async () => {
    const w = await world(visibility);
    const { token } = await createInvitation(w.users.facilitator.id, w.partnership.id, { expiresInDays: 7 });
    await startKickoff(w.users.facilitator.id, w.partnership.id);
    await w.revealAll(false);
    await leavePartnership(w.users.owner.id, w.partnership.id);
    await w.expectReads(() => null, "the owner left");
    await redeemInvitation({ userId: w.users.owner.id, token, organisation: "", address: `back-${randomUUID()}` });
    await w.expectReads(byVisibility(visibility, "v1", ROLES), "the owner rejoined");
  });

  it("the last facilitator deletes their account: the longest-standing member takes over and reads as a facilitator", async () => {
    const w = await world(visibility);
    await startKickoff(w.users.facilitator.id, w.partnership.id);
    await w.revealAll(false);
    await deleteAccount(w.users.facilitator.id, w.users.facilitator.password);
    const partner = await db.membership.findUniqueOrThrow({
      where: { userId_partnershipId: { userId: w.users.partner.id, partnershipId: w.partnership.id } },
      select: { role: true },
    });
    expect(partner.role).toBe("FACILITATOR");
    // The kickoff still runs (its facilitator left), so the reveals still show; the new facilitator ends it.
    await w.expectReads((viewer) => (viewer === "partner" ? "v1" : null), "after the succession");
    await endKickoff(w.users.partner.id, w.partnership.id);
    await w.expectReads(byVisibility(visibility, "v1", { facilitator: "out", partner: "facilitator", outsider: "out" }), "after its kickoff ended");
  });
});
