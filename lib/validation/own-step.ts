import { z } from "zod";
import { KICKOFF_STEP_KINDS, STEP_MINUTES } from "@/lib/kickoff/steps";
import { QUESTION_LIMITS } from "@/lib/own-steps/own-step-limits";
import { READY_MADE_STEP_KEYS } from "@/lib/own-steps/ready-made-steps";
import { checkbox, LIMITS, recordId, requiredText, text } from "@/lib/validation/fields";

/**
 * Reflection questions as a textarea sends them, one a line: blank lines dropped, each line
 * trimmed. At most QUESTION_LIMITS.count questions of QUESTION_LIMITS.length characters.
 */
export const questionLines = text(QUESTION_LIMITS.count * (QUESTION_LIMITS.length + 2)).transform((value, context) => {
  const questions = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (questions.length > QUESTION_LIMITS.count) {
    context.addIssue({ code: "custom", message: "tooManyQuestions", params: { max: QUESTION_LIMITS.count } });
    return z.NEVER;
  }
  if (questions.some((question) => question.length > QUESTION_LIMITS.length)) {
    context.addIssue({ code: "custom", message: "questionTooLong", params: { max: QUESTION_LIMITS.length } });
    return z.NEVER;
  }
  return questions;
});

const minutes = z.coerce.number().int().min(STEP_MINUTES.min).max(STEP_MINUTES.max);

export const ZOwnStepInput = z.object({
  partnershipId: recordId,
  title: requiredText(LIMITS.shortText),
  questions: questionLines,
  minutes,
});
export type OwnStepInput = z.infer<typeof ZOwnStepInput>;

export const ZEditOwnStepInput = ZOwnStepInput.extend({ ownStepId: recordId });
export type EditOwnStepInput = z.infer<typeof ZEditOwnStepInput>;

export const ZRemoveOwnStepInput = z.object({ partnershipId: recordId, ownStepId: recordId });
export type RemoveOwnStepInput = z.infer<typeof ZRemoveOwnStepInput>;

export const ZAddReadyMadeStepInput = z.object({ partnershipId: recordId, readyMade: z.enum(READY_MADE_STEP_KEYS) });
export type AddReadyMadeStepInput = z.infer<typeof ZAddReadyMadeStepInput>;

/**
 * The partnership's questions for a default step; `useDefaults` (or no questions) brings back the
 * defaults. (Not named "reset": a form control of that name would hide the form's reset().)
 */
export const ZDefaultStepQuestionsInput = z
  .object({ partnershipId: recordId, kind: z.enum(KICKOFF_STEP_KINDS), questions: questionLines, useDefaults: checkbox })
  .transform(({ useDefaults, questions, ...input }) => ({ ...input, questions: useDefaults ? [] : questions }));
export type DefaultStepQuestionsInput = z.infer<typeof ZDefaultStepQuestionsInput>;
