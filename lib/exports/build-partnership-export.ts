import "server-only";
import { loadPartnershipReport } from "@/lib/exports/load-partnership-report";
import { MISSION_FIELDS, PROFILE_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import type { VisibleAnswers } from "@/lib/leadership/visibility";

/**
 * The partnership as a JSON document for a facilitator: goal, needs and their coverage, members
 * with their role and the answers a facilitator may read, agreements and kickoffs. Identifiers
 * and email addresses stay out: the file is meant to be read and archived, not imported.
 */
export async function buildPartnershipExport(actorId: string, partnershipId: string, exportedAt = new Date()) {
  const report = await loadPartnershipReport(actorId, partnershipId);
  const contributorsOf = (needId: string) =>
    report.members.filter((member) => member.contributions.some((c) => c.needId === needId)).map((member) => member.name);

  return {
    format: "samenspel.partnership/1",
    exportedAt: exportedAt.toISOString(),
    partnership: {
      name: report.partnership.name,
      commonGoal: report.partnership.commonGoal,
      desiredImpact: report.partnership.desiredImpact,
      description: report.partnership.description,
      createdAt: report.partnership.createdAt.toISOString(),
    },
    needs: report.coverage.map((row) => ({
      title: row.title,
      description: report.needs.find((need) => need.id === row.needId)?.description ?? "",
      coverage: row.status,
      contributors: contributorsOf(row.needId),
    })),
    members: report.members.map((member) => ({
      name: member.name,
      organisation: member.organisation,
      role: member.role,
      joinedAt: member.joinedAt.toISOString(),
      uniqueRole: member.uniqueRole,
      missionRelation: member.missionRelation,
      alignment: member.alignment,
      profile: answersOf(member.seen, PROFILE_FIELDS),
      skillTags: member.seen.skillTags,
      valueTags: member.seen.valueTags,
      mission: answersOf(member.seen, MISSION_FIELDS),
      completeness: Math.round(member.seen.completeness * 100) / 100,
      contributions: member.contributions.map((c) => ({
        need: report.needs.find((need) => need.id === c.needId)?.title ?? "",
        note: c.note,
      })),
    })),
    agreements: report.agreements.map((agreement) => ({ text: agreement.text, createdAt: agreement.createdAt.toISOString() })),
    kickoffs: report.kickoffs.map((kickoff) => ({
      status: kickoff.status,
      startedAt: kickoff.startedAt.toISOString(),
      endedAt: kickoff.endedAt?.toISOString() ?? null,
      steps: kickoff.steps,
    })),
  };
}

/** Only the answers present in `seen`, i.e. those a facilitator may read. */
function answersOf(seen: VisibleAnswers, fields: readonly AnswerField[]) {
  return Object.fromEntries(
    fields.flatMap((field) => {
      const visibility = seen.visibility[field];
      return visibility ? [[field, { text: seen.answers[field] ?? "", visibility }]] : [];
    }),
  );
}
