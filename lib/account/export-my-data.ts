import "server-only";
import { db } from "@/lib/db";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";

/**
 * Everything the app keeps about a user that is theirs, as one JSON document (the right of
 * access and to data portability): account, profile, mission, memberships with their role and
 * contributions, every text their answers have had (the answer history), notes they wrote (marked if removed) and notes others wrote about them (not those
 * taken out of view), answers they revealed, agreements they recorded, invite links they made and the partnerships they left.
 * Never the password hash, nor other people's answers.
 */
export async function exportMyData(userId: string, exportedAt = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
      organisationSignIns: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { provider: true, email: true, createdAt: true, lastUsedAt: true } },
      profile: { select: { ...PROFILE_ANSWERS, createdAt: true, updatedAt: true } },
      mission: { select: { ...MISSION_ANSWERS, createdAt: true, updatedAt: true } },
      memberships: {
        orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
        select: {
          role: true,
          organisation: true,
          uniqueRole: true,
          missionRelation: true,
          alignment: true,
          joinedAt: true,
          updatedAt: true,
          partnership: { select: { id: true, name: true } },
          contributions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { note: true, createdAt: true, need: { select: { title: true } } } },
          notesWritten: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { kind: true, body: true, createdAt: true, removedAt: true, subject: { select: { user: { select: { name: true } } } } },
          },
          notesReceived: {
            where: { removedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { kind: true, body: true, createdAt: true, author: { select: { user: { select: { name: true } } } } },
          },
        },
      },
      reveals: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { field: true, createdAt: true, partnership: { select: { id: true, name: true } } } },
      answerVersions: { orderBy: [{ savedAt: "asc" }, { id: "asc" }], select: { field: true, text: true, savedAt: true } },
      agreements: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { text: true, createdAt: true, partnership: { select: { id: true, name: true } } } },
      invitations: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true, expiresAt: true, revokedAt: true, maxUses: true, useCount: true, partnership: { select: { id: true, name: true } } },
      },
      departures: { orderBy: [{ leftAt: "asc" }, { id: "asc" }], select: { reason: true, memberSince: true, leftAt: true, partnership: { select: { id: true, name: true } } } },
    },
  });

  return {
    format: "samenspel.my-data/1",
    exportedAt: exportedAt.toISOString(),
    account: { id: user.id, name: user.name, email: user.email, locale: user.locale, createdAt: user.createdAt, updatedAt: user.updatedAt },
    // The organisations' accounts linked for signing in (which provider, the address it gave).
    signInMethods: user.organisationSignIns,
    profile: user.profile,
    mission: user.mission,
    memberships: user.memberships.map((membership) => ({
      partnership: membership.partnership,
      role: membership.role,
      organisation: membership.organisation,
      uniqueRole: membership.uniqueRole,
      missionRelation: membership.missionRelation,
      alignment: membership.alignment,
      joinedAt: membership.joinedAt,
      updatedAt: membership.updatedAt,
      contributions: membership.contributions.map((c) => ({ need: c.need.title, note: c.note, createdAt: c.createdAt })),
      notesWritten: membership.notesWritten.map((note) => ({
        kind: note.kind,
        to: note.subject.user.name,
        body: note.body,
        createdAt: note.createdAt,
        removedAt: note.removedAt,
      })),
      notesReceived: membership.notesReceived.map((note) => ({
        kind: note.kind,
        from: note.author.user.name,
        partnership: membership.partnership.name,
        body: note.body,
        createdAt: note.createdAt,
      })),
    })),
    answerHistory: user.answerVersions,
    reveals: user.reveals,
    agreementsRecorded: user.agreements,
    inviteLinksCreated: user.invitations,
    // Partnerships they left or were removed from (recorded for "since the last session").
    partnershipsLeft: user.departures,
  };
}
