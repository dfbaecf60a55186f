import "server-only";
import { db } from "@/lib/db";
import { KICKOFF_STEP_PLAN } from "@/lib/kickoff/steps";
import { memberOf } from "@/lib/memberships/member-of";

/**
 * The steps a session of the partnership can run, for its members: the six default steps, each
 * with the partnership's own questions where it has them (null: the default questions), and the
 * partnership's own steps in the order they were added.
 */
export async function listPartnershipSteps(viewerId: string, partnershipId: string) {
  await memberOf(db, viewerId, partnershipId);
  const [edited, own] = await Promise.all([
    db.defaultStepQuestions.findMany({ where: { partnershipId }, select: { kind: true, questions: true } }),
    db.ownStep.findMany({
      where: { partnershipId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, questions: true, durationMinutes: true },
    }),
  ]);
  return {
    defaults: KICKOFF_STEP_PLAN.map((step) => ({
      kind: step.kind,
      durationMinutes: step.durationMinutes,
      questions: edited.find((row) => row.kind === step.kind)?.questions ?? null,
    })),
    own,
  };
}

export type PartnershipSteps = Awaited<ReturnType<typeof listPartnershipSteps>>;
