import "server-only";
import type { Tx } from "@/lib/db";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { KICKOFF_STEP_PLAN } from "@/lib/kickoff/steps";

/** A step to run: one of the default steps, or one of the partnership's own. */
export type StepChoice = { kind: Exclude<KickoffStepKind, "OWN"> } | { ownStepId: string };

/**
 * The steps of a session that starts now, in the order given, as copies: the title, questions and
 * minutes of an own step, and the partnership's questions for a default step. Later edits of the
 * partnership's steps leave the session as it started. Own steps no longer there are left out.
 */
export async function sessionStepsOf(tx: Tx, partnershipId: string, choices: readonly StepChoice[]) {
  const ownIds = choices.flatMap((choice) => ("ownStepId" in choice ? [choice.ownStepId] : []));
  const [edited, own] = await Promise.all([
    tx.defaultStepQuestions.findMany({ where: { partnershipId }, select: { kind: true, questions: true } }),
    ownIds.length === 0
      ? []
      : tx.ownStep.findMany({ where: { partnershipId, id: { in: ownIds } }, select: { id: true, title: true, questions: true, durationMinutes: true } }),
  ]);
  const steps = choices.flatMap((choice): { kind: KickoffStepKind; title: string | null; questions: string[]; durationMinutes: number }[] => {
    if ("ownStepId" in choice) {
      const step = own.find((row) => row.id === choice.ownStepId);
      return step ? [{ kind: "OWN", title: step.title, questions: step.questions, durationMinutes: step.durationMinutes }] : [];
    }
    return [
      {
        kind: choice.kind,
        title: null,
        questions: edited.find((row) => row.kind === choice.kind)?.questions ?? [],
        durationMinutes: KICKOFF_STEP_PLAN.find((step) => step.kind === choice.kind)?.durationMinutes ?? 15,
      },
    ];
  });
  return steps.map((step, position) => ({ ...step, position }));
}
